package nl.ddjgz.security.web;

import nl.ddjgz.security.Role;

/** Who is logged in, for the page header and the menu. */
public record CurrentUser(String username, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isProfessional() {
        return role == Role.JGZ_PROFESSIONAL;
    }

    public boolean isDesk() {
        return role == Role.JGZ_PROFESSIONAL || role == Role.JGZ_ASSISTANT;
    }
}
