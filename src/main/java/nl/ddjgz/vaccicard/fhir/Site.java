package nl.ddjgz.vaccicard.fhir;

import java.util.Arrays;
import java.util.Optional;

/** Where a vaccine was given, as a SNOMED CT body structure. */
public enum Site {
    DELTOID("35259002", "Deltoid muscle"),
    THIGH("50092008", "Thigh");

    private final String snomedCode;
    private final String label;

    Site(String snomedCode, String label) {
        this.snomedCode = snomedCode;
        this.label = label;
    }

    public String snomedCode() {
        return snomedCode;
    }

    /** Our own English label, sent as {@code site.text}. */
    public String label() {
        return label;
    }

    public static Optional<Site> bySnomedCode(String code) {
        return Arrays.stream(values()).filter(s -> s.snomedCode.equals(code)).findFirst();
    }
}
