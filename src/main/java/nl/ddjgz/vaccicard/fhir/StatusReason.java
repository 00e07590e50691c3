package nl.ddjgz.vaccicard.fhir;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a vaccination was not done: the codes of the status reason value set ({@link BeValueSet#STATUS_REASON}), from
 * HL7 v3 ActReason and the Belgian status reason code system.
 */
public enum StatusReason {
    /** The patient (or the parents) objected. */
    PATOBJ(BeVaccinationProfile.CS_ACT_REASON, "Patient Objection"),
    /** A medical precaution (contraindication). */
    MEDPREC(BeVaccinationProfile.CS_ACT_REASON, "Medical Precaution"),
    /** The child is already immune. */
    IMMUNE(BeVaccinationProfile.CS_ACT_REASON, "Immune"),
    /** The product was out of stock. */
    OSTOCK(BeVaccinationProfile.CS_ACT_REASON, "Out of Stock"),
    /** An allergy to an ingredient of the vaccine. */
    ALLERGY(BeVaccinationProfile.CS_STATUS_REASON, "Allergy to vaccine ingredient"),
    /** Another reason. */
    OTHER(BeVaccinationProfile.CS_STATUS_REASON, "Other");

    private final String system;
    private final String display;

    StatusReason(String system, String display) {
        this.system = system;
        this.display = display;
    }

    public String system() {
        return system;
    }

    public String code() {
        return name();
    }

    public String display() {
        return display;
    }

    public static Optional<StatusReason> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
