package nl.ddjgz.security.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ddjgz.security.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user in every page's model as {@code currentUser}. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return null;
        }
        Set<Role> roles = auth.getAuthorities().stream()
                .flatMap(a ->
                        Arrays.stream(Role.values()).filter(r -> r.authority().equals(a.getAuthority())))
                .collect(Collectors.toSet());
        return new CurrentUser(auth.getName(), roles);
    }
}
