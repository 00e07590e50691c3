package nl.ddjgz.vaccicard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A code the register's list gained, as the administrator adds it. */
record NewValueSetCodeForm(
        @NotBlank String valueSet,

        @NotBlank(message = "{vaccicardValueSets.system.pattern}")
        @Pattern(regexp = "^(https?|urn):\\S+$", message = "{vaccicardValueSets.system.pattern}")
        @Size(max = 200)
        String system,

        @NotBlank(message = "{vaccicardValueSets.code.pattern}")
        @Pattern(regexp = "^\\S{1,64}$", message = "{vaccicardValueSets.code.pattern}")
        String code,

        @NotBlank(message = "{vaccicardValueSets.display.required}") @Size(max = 300)
        String displayEn,

        @NotBlank(message = "{vaccicardValueSets.display.required}") @Size(max = 300)
        String displayNl,

        @NotBlank(message = "{vaccicardValueSets.display.required}") @Size(max = 300)
        String displayFr) {}
