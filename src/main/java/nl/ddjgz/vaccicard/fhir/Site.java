package nl.ddjgz.vaccicard.fhir;

import java.util.Arrays;
import java.util.Optional;

/** Where a vaccine was given: the SNOMED CT body structures of the site value set ({@link BeValueSet#SITE}). */
public enum Site {
    DELTOID("35259002", "Deltoid muscle"),
    THIGH("50092008", "Muscle of thigh"),
    BUTTOCK("102291007", "Muscle of buttock"),
    SKIN_UPPER_ARM("371309009", "Skin structure of upper arm"),
    SKIN_FOREARM("5742000", "Skin of forearm"),
    SKIN_THIGH("371305003", "Skin structure of thigh");

    private final String snomedCode;
    private final String label;

    Site(String snomedCode, String label) {
        this.snomedCode = snomedCode;
        this.label = label;
    }

    public String snomedCode() {
        return snomedCode;
    }

    /** The English display, also sent as {@code site.text}. */
    public String label() {
        return label;
    }

    public static Optional<Site> bySnomedCode(String code) {
        return Arrays.stream(values()).filter(s -> s.snomedCode.equals(code)).findFirst();
    }
}
