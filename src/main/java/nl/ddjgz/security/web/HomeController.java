package nl.ddjgz.security.web;

import nl.ddjgz.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page depends on the roles: whoever works with children (professional, assistant) starts at finding a child,
 * an administrator without such a role at the admin pages.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        boolean desk = authentication.getAuthorities().stream()
                .anyMatch(a -> Role.JGZ_PROFESSIONAL.authority().equals(a.getAuthority())
                        || Role.JGZ_ASSISTANT.authority().equals(a.getAuthority()));
        return desk ? "redirect:/dossiers" : "redirect:/admin";
    }

    @GetMapping("/admin")
    String admin() {
        return "admin/index";
    }
}
