package nl.ddjgz.vaccicard.fhir;

import java.util.Arrays;
import java.util.Optional;

/** How a vaccine was given: the codes of the route value set ({@link BeValueSet#ROUTE}). */
public enum Route {
    IM(BeVaccinationProfile.CS_ROUTE, "IM", "Intramuscular"),
    SC(BeVaccinationProfile.CS_ROUTE, "SC", "Subcutaneous"),
    IV(BeVaccinationProfile.CS_ROUTE, "IV", "Intravenous"),
    ID(BeVaccinationProfile.CS_ROUTE, "ID", "Intradermal"),
    ORAL(BeVaccinationProfile.CS_ROUTE, "Oral", "Oral"),
    NASAL(BeVaccinationProfile.CS_ROUTE, "Nasal", "Nasal"),
    UNKNOWN(BeVaccinationProfile.CS_ROUTE, "unknown", "Unknown"),
    OTHER(BeVaccinationProfile.CS_NULL_FLAVOR, "OTH", "Other");

    private final String system;
    private final String code;
    private final String display;

    Route(String system, String code, String display) {
        this.system = system;
        this.code = code;
        this.display = display;
    }

    public String system() {
        return system;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    public static Optional<Route> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
