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
}
