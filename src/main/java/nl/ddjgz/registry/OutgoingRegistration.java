package nl.ddjgz.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything a message about one contact moment needs, as it was at approval. The disclosure decides what of it is
 * sent: an anonymised message leaves out the child's identity and the objections. Stored as JSON with the message
 * (the disclosure under its earlier name {@code kind}).
 */
public record OutgoingRegistration(
        UUID contactMomentId,
        UUID dossierId,
        long dossierNumber,
        @JsonProperty("kind") Disclosure disclosure,
        Child child,
        Organisation organisation,
        ContactMoment contactMoment,
        List<Item> items,
        Professional approvedBy) {

    /** The child (shown on the queue page; sent only with consent). */
    public record Child(
            String bsn,
            String insz,
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

        public String fullName() {
            return givenNames + " " + (namePrefix == null || namePrefix.isBlank() ? "" : namePrefix + " ") + familyName;
        }
    }

    /**
     * The organisation that vaccinated (and is responsible for the child).
     *
     * @param serverCertificate the UZI server certificate number of the sending system
     * @param ehealthId the NIHII or KBO number of the organisation's eHealth certificate (Belgian registers)
     * @param softwareId the Vaccinnet software id (pakket / SoftwareId)
     */
    public record Organisation(
            String name,
            String ura,
            String agb,
            String city,
            String serverCertificate,
            String ehealthId,
            String softwareId) {}

    /**
     * The professional who approved (the Belgian registers' author, recorder and performer).
     *
     * @param nihii the NIHII (RIZIV) number, or null when the user has none
     */
    public record Professional(String username, String name, String nihii) {}

    /** The contact moment: W0188 activity, date, location. */
    public record ContactMoment(String activityCode, LocalDate date, Long locationId, String locationName) {}

    /**
     * One vaccination or objection.
     *
     * @param w0422Code null for a type without code (sent as OTH with the name)
     * @param objectionReason null for a vaccination; "1" medical, "2" principled
     */
    public record Item(
            String vaccineTypeCode,
            String w0422Code,
            String vaccineName,
            LocalDate date,
            String batchNumber,
            String objectionReason) {}
}
