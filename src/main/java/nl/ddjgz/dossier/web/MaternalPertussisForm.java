package nl.ddjgz.dossier.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.schedule.MaternalPertussis;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The mother's pertussis vaccination in pregnancy: given yes / no / unknown, with the date or the week of pregnancy,
 * and the weeks of pregnancy at birth when known.
 */
record MaternalPertussisForm(
        @NotNull MaternalPertussis.Given given,

        @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @Min(1) @Max(45) Integer pregnancyWeek,

        @Min(20) @Max(45) Integer weeksAtBirth) {

    static MaternalPertussisForm of(ChildDossier dossier) {
        MaternalPertussis m = dossier.getMaternalPertussis();
        return m == null
                ? new MaternalPertussisForm(null, null, null, null)
                : new MaternalPertussisForm(m.given(), m.date(), m.pregnancyWeek(), m.weeksAtBirth());
    }

    MaternalPertussis toMaternalPertussis() {
        return new MaternalPertussis(given, date, pregnancyWeek, weeksAtBirth);
    }
}
