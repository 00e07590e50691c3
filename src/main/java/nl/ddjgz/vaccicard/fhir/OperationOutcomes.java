package nl.ddjgz.vaccicard.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;

/**
 * The registry's {@code OperationOutcome}: read into plain {@link Issue}s and summarised in one line for a person.
 */
public final class OperationOutcomes {

    private OperationOutcomes() {}

    /**
     * One issue of an OperationOutcome.
     *
     * @param severity {@code fatal}, {@code error}, {@code warning} or {@code information}
     * @param code the FHIR issue type ({@code invalid}, {@code required}, {@code business-rule}, ...)
     * @param diagnostics the server's explanation; may be {@code null}
     * @param expression the FHIRPath of the element concerned (or its location); may be {@code null}
     */
    public record Issue(String severity, String code, String diagnostics, String expression) {

        public Issue {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(code, "code");
        }

        public static Issue error(String code, String diagnostics, String expression) {
            return new Issue("error", code, diagnostics, expression);
        }

        /** An error or a fatal issue: the request was not (fully) accepted. */
        public boolean isError() {
            return "error".equals(severity) || "fatal".equals(severity);
        }
    }

    /**
     * The issues of an OperationOutcome in FHIR JSON.
     *
     * @throws FhirJson.InvalidFhirJsonException when the text is not an OperationOutcome
     */
    public static List<Issue> read(String json) {
        return issues(FhirJson.parse(OperationOutcome.class, json));
    }

    public static List<Issue> issues(OperationOutcome outcome) {
        List<Issue> issues = new ArrayList<>();
        for (OperationOutcomeIssueComponent c : outcome.getIssue()) {
            String severity = c.hasSeverity() && c.getSeverity() != IssueSeverity.NULL
                    ? c.getSeverity().toCode()
                    : "error";
            String code =
                    c.hasCode() && c.getCode() != IssueType.NULL ? c.getCode().toCode() : "unknown";
            String diagnostics = c.hasDiagnostics()
                    ? c.getDiagnostics()
                    : c.getDetails().hasText() ? c.getDetails().getText() : null;
            String expression = !c.getExpression().isEmpty()
                    ? c.getExpression().get(0).getValue()
                    : !c.getLocation().isEmpty() ? c.getLocation().get(0).getValue() : null;
            issues.add(new Issue(severity, code, diagnostics, expression));
        }
        return List.copyOf(issues);
    }

    /**
     * One line for a person, e.g. {@code "2 errors: Immunization.lotNumber: forbidden; Immunization.recorded:
     * required"}; warnings count only when there are no errors.
     */
    public static String summary(List<Issue> issues) {
        if (issues.isEmpty()) {
            return "no issues";
        }
        List<Issue> errors = issues.stream().filter(Issue::isError).toList();
        List<Issue> shown = errors.isEmpty() ? issues : errors;
        String kind = errors.isEmpty() ? shown.get(0).severity().toLowerCase(Locale.ROOT) : "error";
        String head = shown.size() + " " + kind + (shown.size() == 1 ? "" : "s");
        return head + ": " + shown.stream().map(OperationOutcomes::describe).collect(Collectors.joining("; "));
    }

    private static String describe(Issue issue) {
        String text = issue.diagnostics() == null || issue.diagnostics().isBlank() ? issue.code() : issue.diagnostics();
        text = text.replaceAll("\\s+", " ").strip();
        return issue.expression() == null ? text : issue.expression() + ": " + text;
    }
}
