package nl.ddjgz.vaccicard.fhir;

import java.util.List;
import java.util.stream.Collectors;

/** An Immunization that breaks BeVaccination rules; the message lists codes and paths, never patient data. */
public final class InvalidBeVaccinationException extends IllegalArgumentException {

    private final transient List<Violation> violations;

    public InvalidBeVaccinationException(List<Violation> violations) {
        super("BeVaccination rules broken: "
                + violations.stream().map(v -> v.code() + " at " + v.path()).collect(Collectors.joining(", ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
