package nl.ddjgz.vaccicard.fhir;

import java.util.Arrays;
import java.util.Optional;

/** The value sets BeVaccination binds with strength required, and where. */
public enum BeValueSet {
    VACCINE_CODE("vaccine-code", "be-vs-vaccine-code", "Immunization.vaccineCode"),
    STATUS_REASON("status-reason", "be-vs-vaccination-status-reason", "Immunization.statusReason"),
    ROUTE("route", "be-vs-vaccination-administration-route", "Immunization.route"),
    SITE("site", "be-vs-vaccination-bodysite", "Immunization.site"),
    CONFIRMATION_STATUS(
            "confirmation-status",
            "be-vs-vaccination-confirmation-status",
            "Immunization.extension('" + BeVaccinationProfile.EXT_CONFIRMATION_STATUS + "').valueCode"),
    /** Not bound to an element but used by be-rule-vaccination-4 (the type of the encounter's location). */
    CARE_LOCATION(
            "care-location",
            "be-vs-care-location",
            "Immunization.encounter.resolve().location.location.resolve().type");

    private static final String BASE = "https://www.ehealth.fgov.be/standards/fhir/vaccination/ValueSet/";

    private final String key;
    private final String id;
    private final String path;

    BeValueSet(String key, String id, String path) {
        this.key = key;
        this.id = id;
        this.path = path;
    }

    /** Our short name, as stored ({@code vaccine-code}, {@code status-reason}, ...). */
    public String key() {
        return key;
    }

    /** The canonical URL of the value set. */
    public String url() {
        return BASE + id;
    }

    /** The element it binds. */
    public String path() {
        return path;
    }

    public static Optional<BeValueSet> byKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
