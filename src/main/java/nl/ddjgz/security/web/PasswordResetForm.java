package nl.ddjgz.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password set by the administrator. */
record PasswordResetForm(
        @NotBlank @Size(min = 12, max = 128, message = "{user.password.size}")
        String password) {}
