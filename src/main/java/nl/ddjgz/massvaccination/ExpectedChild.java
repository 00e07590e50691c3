package nl.ddjgz.massvaccination;

import java.time.LocalDate;
import java.util.UUID;

/** A child expected at the session (from a birth cohort of our dossiers, or an imported list). */
public record ExpectedChild(
        UUID id, UUID sessionId, String bsn, String familyName, String givenNames, LocalDate birthDate, String source) {

    public String fullName() {
        return (givenNames == null || givenNames.isBlank() ? "" : givenNames + " ") + familyName;
    }
}
