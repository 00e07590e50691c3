package nl.ddjgz.massvaccination;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.ddjgz.dossier.Address;
import nl.ddjgz.dossier.ChildData;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Gender;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Postcode;

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

    /** A child of our dossiers in a birth cohort, by the number the organisation identifies children by. */
    static ExpectedChild fromCohort(UUID sessionId, ChildDossier d, IdentifierKind kind) {
        return new ExpectedChild(
                UUID.randomUUID(),
                sessionId,
                kind == IdentifierKind.INSZ ? d.getInsz().value() : d.getBsn().value(),
                kind,
                (d.getNamePrefix() == null ? "" : d.getNamePrefix() + " ") + d.getFamilyName(),
                d.getGivenNames(),
                d.getBirthDate(),
                "COHORT",
                Listed.NONE);
    }

    /** A child of an imported CSV list (name and birth date only). */
    static ExpectedChild fromCsv(UUID sessionId, ExpectedListCsv.Row row) {
        return new ExpectedChild(
                UUID.randomUUID(),
                sessionId,
                row.identifier(),
                row.identifierKind(),
                row.familyName(),
                row.givenNames(),
                row.birthDate(),
                "CSV",
                Listed.NONE);
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

    /**
     * The data to open the child's dossier from: name and birth date, and from a call list gender and address (an
     * unknown gender as UN, an invalid postcode left out); empty when the list has no given names.
     */
    Optional<ChildData> dossierData() {
        if (givenNames == null || givenNames.isBlank()) {
            return Optional.empty();
        }
        Listed l = listed == null ? Listed.NONE : listed;
        Gender gender;
        try {
            gender = l.gender() == null ? Gender.UN : Gender.valueOf(l.gender());
        } catch (IllegalArgumentException e) {
            gender = Gender.UN;
        }
        String postcode = l.postcode() != null && Postcode.isValid(l.postcode()) ? l.postcode() : null;
        Address address = new Address(l.street(), l.houseNumber(), l.houseNumberSuffix(), postcode, l.city());
        boolean insz = identifierKind == IdentifierKind.INSZ;
        return Optional.of(new ChildData(
                insz ? null : Bsn.of(identifier),
                insz ? Insz.of(identifier) : null,
                givenNames,
                l.namePrefix(),
                familyName,
                birthDate,
                gender,
                address,
                null,
                false,
                null));
    }
}
