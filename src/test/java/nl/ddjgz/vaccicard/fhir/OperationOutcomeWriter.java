package nl.ddjgz.vaccicard.fhir;

import java.util.List;
import nl.ddjgz.vaccicard.fhir.OperationOutcomes.Issue;
import org.hl7.fhir.exceptions.FHIRException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.StringType;

/**
 * OperationOutcomes built as a FHIR server answers them, for tests of our reading ({@link OperationOutcomes}); the
 * module itself only reads them.
 */
public final class OperationOutcomeWriter {

    private OperationOutcomeWriter() {}

    /**
     * An OperationOutcome holding the issues.
     *
     * @throws IllegalArgumentException when a severity or issue type is not a FHIR code
     */
    public static OperationOutcome of(List<Issue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        for (Issue issue : issues) {
            OperationOutcomeIssueComponent c;
            try {
                c = outcome.addIssue()
                        .setSeverity(IssueSeverity.fromCode(issue.severity()))
                        .setCode(IssueType.fromCode(issue.code()));
            } catch (FHIRException e) {
                throw new IllegalArgumentException(
                        "not a FHIR issue severity or type: " + issue.severity() + " / " + issue.code(), e);
            }
            if (issue.diagnostics() != null) {
                c.setDiagnostics(issue.diagnostics());
            }
            if (issue.expression() != null) {
                c.getExpression().add(new StringType(issue.expression()));
            }
        }
        return outcome;
    }

    public static OperationOutcome of(Issue... issues) {
        return of(List.of(issues));
    }

    /**
     * An OperationOutcome of broken BeVaccination rules: one error of type {@code business-rule} per violation, the
     * violation code in front of the diagnostics ("[fhir.lotNumber.forbidden] ...") and its path as expression.
     */
    public static OperationOutcome fromViolations(List<Violation> violations) {
        return of(violations.stream()
                .map(v -> Issue.error("business-rule", "[" + v.code() + "] " + v.message(), v.path()))
                .toList());
    }

    /** The OperationOutcome in FHIR JSON. */
    public static String toJson(List<Issue> issues) {
        return FhirJson.encode(of(issues));
    }
}
