package nl.ddjgz.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import nl.ddjgz.security.Role;
import nl.ddjgz.security.UserAccount;
import nl.ddjgz.shared.Nihii;
import nl.ddjgz.shared.ValidNihii;

/** Display name, roles, enabled flag and NIHII (RIZIV number, optional) of an existing user. */
record UserEditForm(
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<Role> roles,
        boolean enabled,
        @ValidNihii String nihii) {

    static UserEditForm of(UserAccount account) {
        return new UserEditForm(
                account.getDisplayName(),
                account.getRoles(),
                account.isEnabled(),
                account.getNihii() == null ? "" : account.getNihii().formatted());
    }

    /** The NIHII entered, or null when the field is empty (call after validation). */
    Nihii parsedNihii() {
        return nihii == null || nihii.isBlank() ? null : Nihii.of(nihii);
    }
}
