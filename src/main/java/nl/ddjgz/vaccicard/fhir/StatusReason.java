package nl.ddjgz.vaccicard.fhir;

import java.util.Arrays;
import java.util.Optional;

/** Why a vaccination was not done, as an HL7 v3 ActReason code ({@link BeVaccinationProfile#CS_ACT_REASON}). */
public enum StatusReason {
    /** The patient (or the parents) objected. */
    PATOBJ("patient objection"),
    /** A medical precaution (contraindication). */
    MEDPREC("medical precaution"),
    /** The child is already immune. */
    IMMUNE("immunity"),
    /** The product was out of stock. */
    OSTOCK("product out of stock");

    private final String display;

    StatusReason(String display) {
        this.display = display;
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
