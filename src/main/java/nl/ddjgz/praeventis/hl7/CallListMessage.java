package nl.ddjgz.praeventis.hl7;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A vaccination call list (oproeplijst) as Praeventis sends it (REPC_IN002160NL): the children called for a
 * vaccination, each with the vaccinations it is called for.
 *
 * @param messageId the message id (a re-sent list has the same one)
 * @param sender the register's application id
 * @param receiver our application id
 * @param campaign the campaign as the register names it (the control act's text), or null: the official structure
 *     has no campaign id
 */
public record CallListMessage(
        II messageId, Instant creationTime, II sender, II receiver, List<Child> children, String campaign) {

    /**
     * One child on the list. The official model identifies the child by BSN and/or an RIVM number; either may be
     * missing.
     *
     * @param bsn the BSN, or null
     * @param rivmNumber the id under 2.16.840.1.113883.2.4.6.20, or null
     * @param gender W0023 (M, F, UN) or null
     * @param vaccinations the W0422 codes (null for an uncoded one) with the planned date when given
     */
    public record Child(
            String bsn,
            String rivmNumber,
            String givenNames,
            String namePrefix,
            String familyName,
            LocalDate birthDate,
            String gender,
            String postcode,
            Integer houseNumber,
            String houseNumberSuffix,
            String city,
            List<CalledFor> vaccinations,
            String street) {}

    /** A vaccination the child is called for: W0422 code (null when uncoded), its name, the planned day if any. */
    public record CalledFor(String w0422Code, String name, LocalDate plannedDate) {}
}
