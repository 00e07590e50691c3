package nl.ddjgz.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A location as the administrator enters it. */
record LocationForm(
        @NotBlank @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9_-]*$", message = "{location.code.pattern}")
        String code,

        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 80) String city) {

    static LocationForm empty() {
        return new LocationForm("", "", "");
    }
}
