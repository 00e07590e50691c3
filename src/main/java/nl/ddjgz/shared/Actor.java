package nl.ddjgz.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the logged-in user's name, or "systeem" for work without a login (start-up, scheduled jobs). */
public final class Actor {

    public static final String SYSTEM = "systeem";

    private Actor() {}

    public static String name() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? SYSTEM : auth.getName();
    }

    /** Whether the work runs without a login (start-up, demo data, scheduled jobs). */
    public static boolean isSystem() {
        return SecurityContextHolder.getContext().getAuthentication() == null;
    }

    /** Whether the logged-in user holds this role (the name without "ROLE_"); false without a login. */
    public static boolean hasRole(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }
}
