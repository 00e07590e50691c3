package nl.ddjgz.vaccinnet.kmehr;

import java.time.LocalDate;
import nl.ddjgz.shared.Insz;

/**
 * The patient of a folder, identified by the INSZ. {@code insz} is null only in a message read whose number is not a
 * valid INSZ (the reader reports that). {@link #toString()} shows neither the number (the INSZ masks itself) nor the
 * names.
 */
public record Patient(Insz insz, String givenName, String familyName, LocalDate birthDate, Sex sex) {

    @Override
    public String toString() {
        return "Patient[insz=" + insz + ", sex=" + sex + "]";
    }
}
