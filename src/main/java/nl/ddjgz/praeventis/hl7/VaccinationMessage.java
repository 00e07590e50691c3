package nl.ddjgz.praeventis.hl7;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The vaccinations and objections of one contact moment as they go to Praeventis ("Bericht 4",
 * praeventis-messages.md §3): written by {@link VaccinationMessageWriter} as REPC_IN002140NL (with the child's BSN and
 * personal data, consent given) or REPC_IN002145NL (anonymised), read back by the development run's register
 * simulator (test classpath).
 *
 * <p>{@link #toString()} never prints the BSN.
 *
 * @param messageId the message's id, root and extension; a retry re-sends the same id
 * @param creationTime when the message was made (written to the second, Dutch local time)
 * @param sender application id of our system (root {@value Oids#APPLICATION_ID})
 * @param receiver application id of the register
 * @param anonymised true without consent (rules.md §3): REPC_IN002145NL without attention line, with the dossier
 *     number and the child masked (nullFlavor MSK) and never an objection; false: REPC_IN002140NL
 * @param author the sending system of the control act (UZI server certificate, URA, name, city)
 * @param dossierNumber the JGZ dossier number ({@code CareProvisionEvent/id/@extension}); not sent, and null when read,
 *     in an anonymised message
 * @param patient the child (template .102); not sent, and null when read, in an anonymised message
 * @param responsibleOrganisation the JGZ organisation responsible for the child and that vaccinated (performer PRF
 *     and author AUT of the dossier, and the vaccinating organisation of each vaccination)
 * @param encounter the contact moment the vaccinations were given at
 * @param items the vaccinations and objections, at least one, in order
 */
public record VaccinationMessage(
        II messageId,
        Instant creationTime,
        II sender,
        II receiver,
        boolean anonymised,
        SendingSystem author,
        String dossierNumber,
        Patient patient,
        Organisation responsibleOrganisation,
        Encounter encounter,
        List<Item> items) {

    /** With consent: REPC_IN002140NL. */
    public static final String WITH_BSN = "REPC_IN002140NL";

    /** Without consent: REPC_IN002145NL. */
    public static final String ANONYMISED = "REPC_IN002145NL";

    public VaccinationMessage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The interaction this message is sent as. */
    public String interaction() {
        return anonymised ? ANONYMISED : WITH_BSN;
    }

    /**
     * The child (template .102).
     *
     * @param bsn the burgerservicenummer, nine digits; also sent in the attention line
     * @param givenNames the given names (voornamen) as one text, e.g. "Sanne Maria"
     * @param namePrefix the prefix of the family name (voorvoegsel, e.g. "van der"), or null
     * @param familyName the family name (geslachtsnaam) without prefix
     * @param birthDate the date of birth
     * @param gender W0023: "M", "F" or "UN" (undifferentiated); null when unknown (sent as nullFlavor UNK)
     * @param street street name, or null
     * @param houseNumber house number, or null
     * @param houseNumberSuffix letter or addition to the house number (e.g. "A", "2-hoog"), or null
     * @param postcode Dutch postcode written "1234 AB" (with the space), or null
     * @param city place of residence, or null
     * @param dktpScheduleCode W0681, the DKTP infant schedule the youth doctor chose: "01" (2+1, 3-5-12 months) or
     *     "02" (3+1, 2-3-5-12 months); null when not chosen
     */
    public record Patient(
            String bsn,
            String givenNames,
            String namePrefix,
            String familyName,
            LocalDate birthDate,
            String gender,
            String street,
            Integer houseNumber,
            String houseNumberSuffix,
            String postcode,
            String city,
            String dktpScheduleCode) {

        /** The BSN masked: a record's default text would print it into log lines. */
        @Override
        public String toString() {
            return "Patient[bsn=" + (bsn == null ? null : "*********") + ", birthDate=" + birthDate + ", gender="
                    + gender + ", dktpScheduleCode=" + dktpScheduleCode + "]";
        }
    }

    /**
     * A JGZ organisation (template .122).
     *
     * @param id its identifier: URA (root {@value Oids#URA}) or AGB (root {@value Oids#AGB}) with the number as
     *     extension
     * @param name its name
     */
    public record Organisation(II id, String name) {}

    /**
     * The contact moment ({@code encounterEvent}).
     *
     * @param id the contact moment's identifier (root and extension, e.g. our OID arc and the contact moment's UUID);
     *     the standard requires one
     * @param activityCode W0188, the kind of contact moment (e.g. "37" contact 2 weeks to 6 months)
     * @param date the day of the contact moment
     * @param locationName where it took place (e.g. "Consultatiebureau Utrecht Noord"), sent as the vaccinating
     *     organisation's part; null when not known
     */
    public record Encounter(II id, String activityCode, LocalDate date, String locationName) {}

    /**
     * One vaccination, or one objection against a vaccination (template .117).
     *
     * @param w0422Code the vaccine type, W0422 (e.g. "11" DKTP-Hib-Hepatitis B); null for a type without code (RSV
     *     immunisation): then sent as nullFlavor OTH with {@code vaccineName} as originalText
     * @param vaccineName the vaccine type's name: displayName of a coded type, the originalText of an uncoded one
     * @param date the day of the vaccination (or of the objection)
     * @param batchNumber the batch number (partijnummer); required without objection, null with one
     * @param objectionReason W0323: "1" medical, "2" principled ("afzien van deelname"); null for a vaccination
     */
    public record Item(
            String w0422Code, String vaccineName, LocalDate date, String batchNumber, String objectionReason) {

        /** A vaccination that was given. */
        public static Item vaccination(String w0422Code, String vaccineName, LocalDate date, String batchNumber) {
            return new Item(w0422Code, vaccineName, date, batchNumber, null);
        }

        /** An objection against a vaccine type: no batch number. */
        public static Item objection(String w0422Code, String vaccineName, LocalDate date, String reason) {
            return new Item(w0422Code, vaccineName, date, null, reason);
        }

        public boolean isObjection() {
            return objectionReason != null;
        }
    }
}
