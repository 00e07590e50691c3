package nl.ddjgz.dossier.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Search by family name and birth date. */
record NameSearchForm(
        @NotBlank String familyName,

        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate birthDate) {

    static NameSearchForm empty() {
        return new NameSearchForm("", null);
    }
}
