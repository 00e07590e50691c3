package nl.ddjgz.massvaccination;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child expected at the session (from a birth cohort of our dossiers, or an imported list).
 *
 * @param identifier the digits of the child's BSN or INSZ (see the kind): to compare and print, never to log
 */
public record ExpectedChild(
        UUID id,
        UUID sessionId,
        String identifier,
        IdentifierKind identifierKind,
        String familyName,
        String givenNames,
        LocalDate birthDate,
        String source) {

    public String fullName() {
        return (givenNames == null || givenNames.isBlank() ? "" : givenNames + " ") + familyName;
    }

    /** The number as printed on the call card. */
    public String shownIdentifier() {
        return identifierKind.shown(identifier);
    }
}
