package nl.ddjgz.massvaccination;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child expected at the session (from a birth cohort of our dossiers, or an imported list).
 *
 * @param identifier the digits of the child's BSN or INSZ (see the kind): to compare and print, never to log
 * @param source COHORT, CSV or CALL (a Praeventis call list)
 * @param listed what the list says about the child beyond name and birth date (a call list does; a CSV file and a
 *     cohort do not), for opening a dossier from it
 */
public record ExpectedChild(
        UUID id,
        UUID sessionId,
        String identifier,
        IdentifierKind identifierKind,
        String familyName,
        String givenNames,
        LocalDate birthDate,
        String source,
        Listed listed) {

    /** A child from a list with name and birth date only. */
    public ExpectedChild(
            UUID id,
            UUID sessionId,
            String identifier,
            IdentifierKind identifierKind,
            String familyName,
            String givenNames,
            LocalDate birthDate,
            String source) {
        this(id, sessionId, identifier, identifierKind, familyName, givenNames, birthDate, source, Listed.NONE);
    }

    /**
     * The child's name prefix, gender (W0023: M, F, UN) and address as the list gave them; any may be null.
     */
    public record Listed(
            String namePrefix,
            String gender,
            String street,
            Integer houseNumber,
            String houseNumberSuffix,
            String postcode,
            String city) {

        static final Listed NONE = new Listed(null, null, null, null, null, null, null);
    }

    public String fullName() {
        String prefix = listed == null
                        || listed.namePrefix() == null
                        || listed.namePrefix().isBlank()
                ? ""
                : listed.namePrefix() + " ";
        return (givenNames == null || givenNames.isBlank() ? "" : givenNames + " ") + prefix + familyName;
    }

    /** The number as printed on the call card. */
    public String shownIdentifier() {
        return identifierKind.shown(identifier);
    }
}
