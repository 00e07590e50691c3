package nl.ddjgz.vaccicard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The displays of one code and whether it may be sent, as the administrator changes them. */
record ValueSetCodeForm(
        @NotBlank String valueSet,
        @NotBlank String system,
        @NotBlank String code,

        @NotBlank(message = "{vaccicardValueSets.display.required}") @Size(max = 300)
        String displayNl,

        @NotBlank(message = "{vaccicardValueSets.display.required}") @Size(max = 300)
        String displayFr,

        Boolean active) {

    /** An unticked checkbox sends nothing: not in use. */
    boolean inUse() {
        return Boolean.TRUE.equals(active);
    }
}
