package nl.ddjgz.vaccinecodes.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The Belgian registers' codes of one vaccine type, as the administrator edits them. */
record VaccineCodeForm(
        @Pattern(regexp = "^([0-9]{7})?$", message = "{registryCodes.cnk.pattern}")
        String cnk,

        @Size(max = 200) String productName,

        @Pattern(regexp = "^[a-z0-9, ]*$", message = "{registryCodes.indications.unknown}") @Size(max = 400)
        String indications,

        @Pattern(regexp = "^([0-9]{6,18})?$", message = "{registryCodes.snomed.pattern}")
        String snomedCode,

        @Size(max = 200) String snomedDisplay,
        boolean lotRequired) {}
