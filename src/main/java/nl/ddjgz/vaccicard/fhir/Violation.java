package nl.ddjgz.vaccicard.fhir;

import java.util.Objects;

/**
 * A broken BeVaccination rule.
 *
 * @param code stable code such as {@code fhir.lotNumber.forbidden}, for tests, logs and translations
 * @param path where, as a FHIRPath expression on the resource (e.g. {@code Immunization.lotNumber})
 * @param message what is wrong, in English, for a person; never holds an INSZ
 */
public record Violation(String code, String path, String message) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
