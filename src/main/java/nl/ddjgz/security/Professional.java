package nl.ddjgz.security;

import nl.ddjgz.shared.Nihii;

/**
 * A user as a care professional, for other modules (the Belgian registries name the approving professional by NIHII).
 *
 * @param username the login name
 * @param displayName the name as shown to people
 * @param nihii the RIZIV number, or null when the administrator has not entered one
 */
public record Professional(String username, String displayName, Nihii nihii) {

    public boolean hasNihii() {
        return nihii != null;
    }
}
