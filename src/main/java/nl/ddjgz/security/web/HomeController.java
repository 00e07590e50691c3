package nl.ddjgz.security.web;

import nl.ddjgz.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page depends on the role: the desk starts at finding a child, the administrator at the admin pages. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
        return admin ? "redirect:/admin" : "redirect:/dossiers";
    }

    @GetMapping("/admin")
    String admin() {
        return "admin/index";
    }
}
