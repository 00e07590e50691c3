package nl.ddjgz.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Dutch login page (Spring Security processes the POST). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "security/login";
    }
}
