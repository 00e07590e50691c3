package nl.ddjgz.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import nl.ddjgz.security.Role;
import nl.ddjgz.shared.Nihii;
import nl.ddjgz.shared.ValidNihii;

/** A new user, as the administrator fills it in; the NIHII (RIZIV number) only for Belgian care professionals. */
record UserForm(
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]*$", message = "{user.username.pattern}")
        String username,

        @NotBlank @Size(max = 200) String displayName,

        @NotBlank @Size(min = 12, max = 128, message = "{user.password.size}")
        String password,

        @NotEmpty Set<Role> roles,
        @ValidNihii String nihii) {

    static UserForm empty() {
        return new UserForm("", "", "", EnumSet.of(Role.JGZ_PROFESSIONAL), "");
    }

    /** The NIHII entered, or null when the field is empty (call after validation). */
    Nihii parsedNihii() {
        return nihii == null || nihii.isBlank() ? null : Nihii.of(nihii);
    }
}
