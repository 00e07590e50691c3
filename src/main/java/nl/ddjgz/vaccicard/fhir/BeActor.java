package nl.ddjgz.vaccicard.fhir;

import java.util.Objects;

/**
 * Who recorded or performed a vaccination, as a logical reference: a practitioner, an organisation or a practitioner
 * role, identified in a Belgian naming system (NIHII, company number). The recorder extension takes a practitioner or
 * an organisation (or a patient); the performer a practitioner, organisation or role.
 *
 * @param type the FHIR resource type referred to ({@code Practitioner}, {@code Organization}, {@code
 *     PractitionerRole})
 * @param system the identifier's naming system
 * @param value the identifier
 * @param display a name for people; may be {@code null}
 */
public record BeActor(String type, String system, String value, String display) {

    public static final String PRACTITIONER = "Practitioner";
    public static final String ORGANIZATION = "Organization";
    public static final String PRACTITIONER_ROLE = "PractitionerRole";

    public BeActor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(value, "value");
    }

    /** A professional by the 11-digit NIHII. */
    public static BeActor practitioner(String nihii, String display) {
        return new BeActor(PRACTITIONER, BeVaccinationProfile.NS_NIHDI, nihii, display);
    }

    /** An organisation by its NIHII (8 digits, the eHealth id of the certificate). */
    public static BeActor organization(String nihii, String display) {
        return new BeActor(ORGANIZATION, BeVaccinationProfile.NS_NIHDI_ORGANIZATION, nihii, display);
    }

    /** A professional in a role, by the NIHII of the professional. */
    public static BeActor role(String nihii, String display) {
        return new BeActor(PRACTITIONER_ROLE, BeVaccinationProfile.NS_NIHDI, nihii, display);
    }
}
