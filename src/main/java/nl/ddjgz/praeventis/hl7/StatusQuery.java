package nl.ddjgz.praeventis.hl7;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The question to Praeventis about one child's vaccination status and advice, REPC_IN002170NL (praeventis-messages.md
 * §4): written by {@link StatusQueryWriter}, read by the development run's register simulator. The answer is
 * a {@link StatusAnswer}.
 *
 * <p>{@link #toString()} never prints the BSN.
 *
 * @param messageId the message's id, root and extension; the answer's acknowledgement names it
 * @param creationTime when the query was made (written to the second, Dutch local time)
 * @param sender application id of our system (root {@value Oids#APPLICATION_ID})
 * @param receiver application id of the register
 * @param author the sending system of the control act (UZI server certificate, URA, name, city)
 * @param queryId the query's own id (root and extension), echoed in the answer's queryAck
 * @param bsn the child's BSN: sent in the attention line and as patientId
 * @param person what we know of the child, sent so RIVM can cross-check the identity; null to send only the BSN
 */
@org.springframework.modulith.NamedInterface("hl7")
public record StatusQuery(
        II messageId,
        Instant creationTime,
        II sender,
        II receiver,
        SendingSystem author,
        II queryId,
        String bsn,
        Person person) {

    public static final String INTERACTION = "REPC_IN002170NL";

    /**
     * The identity check parameters; each may be null and is then not sent.
     *
     * @param givenNames given names as one text
     * @param namePrefix prefix of the family name (voorvoegsel)
     * @param familyName family name without prefix
     * @param birthDate date of birth
     * @param gender W0023: "M", "F" or "UN"
     * @param houseNumber house number of the BRP address
     * @param houseNumberSuffix letter or addition to the house number
     * @param postcode postcode written "1234 AB"
     */
    public record Person(
            String givenNames,
            String namePrefix,
            String familyName,
            LocalDate birthDate,
            String gender,
            Integer houseNumber,
            String houseNumberSuffix,
            String postcode) {

        boolean hasName() {
            return givenNames != null || namePrefix != null || familyName != null;
        }

        boolean hasAddress() {
            return houseNumber != null || houseNumberSuffix != null || postcode != null;
        }
    }

    /** The BSN masked: a record's default text would print it into log lines. */
    @Override
    public String toString() {
        return "StatusQuery[messageId=" + messageId + ", creationTime=" + creationTime + ", sender=" + sender
                + ", receiver=" + receiver + ", author=" + author + ", queryId=" + queryId + ", bsn="
                + (bsn == null ? null : "*********") + ", person=" + person + "]";
    }
}
