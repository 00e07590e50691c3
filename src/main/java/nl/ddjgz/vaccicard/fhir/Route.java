package nl.ddjgz.vaccicard.fhir;

import java.util.Arrays;
import java.util.Optional;

/** How a vaccine was given, as a code of the Belgian route code system ({@link BeVaccinationProfile#CS_ROUTE}). */
public enum Route {
    IM("IM", "Intramuscular"),
    SC("SC", "Subcutaneous"),
    IV("IV", "Intravenous"),
    ID("ID", "Intradermal"),
    ORAL("Oral", "Oral"),
    NASAL("Nasal", "Nasal");

    private final String code;
    private final String display;

    Route(String code, String display) {
        this.code = code;
        this.display = display;
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
