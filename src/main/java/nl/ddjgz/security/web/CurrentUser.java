package nl.ddjgz.security.web;

import java.util.List;
import java.util.Set;
import nl.ddjgz.security.Role;

/** Who is logged in, with every role they hold, for the page header and the menu. */
public record CurrentUser(String username, Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean isProfessional() {
        return roles.contains(Role.JGZ_PROFESSIONAL);
    }

    /** A professional or an assistant: works with children's data. */
    public boolean isDesk() {
        return isProfessional() || roles.contains(Role.JGZ_ASSISTANT);
    }

    /** The message keys of the roles, in the order of {@link Role}. */
    public List<String> roleKeys() {
        return java.util.Arrays.stream(Role.values())
                .filter(roles::contains)
                .map(r -> "role." + r.name())
                .toList();
    }
}
