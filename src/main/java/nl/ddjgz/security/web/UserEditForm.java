package nl.ddjgz.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.ddjgz.security.Role;

/** Display name, role and enabled flag of an existing user. */
record UserEditForm(
        @NotBlank @Size(max = 200) String displayName,
        @NotNull Role role,
        boolean enabled) {}
