package nl.ddjgz.praeventis.hl7;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A message that is not XML, not the expected interaction, does not validate against our schema, or breaks a message
 * rule the schema cannot express. The exception's own message says only how many errors, where the first is and the
 * codes of the broken rules, never message content; the errors themselves (the parser's text with line and column) are
 * in {@link #errors()}, the broken rules in {@link #violations()}.
 */
@org.springframework.modulith.NamedInterface("hl7")
public class InvalidMessageException extends RuntimeException {

    private final String interaction;

    private final List<ValidationError> errors;

    private final List<RuleViolation> violations;

    public InvalidMessageException(String interaction, List<ValidationError> errors) {
        this(interaction, errors, List.of());
    }

    public InvalidMessageException(String interaction, List<ValidationError> errors, List<RuleViolation> violations) {
        super(summary(interaction, errors, violations));
        this.interaction = interaction;
        this.errors = List.copyOf(errors);
        this.violations = List.copyOf(violations);
    }

    private static String summary(String interaction, List<ValidationError> errors, List<RuleViolation> violations) {
        String what = interaction == null ? "message" : interaction;
        StringBuilder summary = new StringBuilder(what).append(" refused: ");
        if (!errors.isEmpty() || violations.isEmpty()) {
            summary.append(errors.size() == 1 ? "1 error" : errors.size() + " errors");
            ValidationError first = errors.isEmpty() ? null : errors.get(0);
            if (first != null && first.hasPosition()) {
                summary.append(", the first at line ")
                        .append(first.line())
                        .append(", column ")
                        .append(first.column());
            }
        }
        if (!violations.isEmpty()) {
            if (!errors.isEmpty()) {
                summary.append("; ");
            }
            summary.append(violations.size() == 1 ? "1 rule violation" : violations.size() + " rule violations")
                    .append(" (")
                    .append(violations.stream()
                            .map(RuleViolation::code)
                            .distinct()
                            .collect(Collectors.joining(", ")))
                    .append(")");
        }
        return summary.toString();
    }

    /** The interaction that was expected (e.g. {@code PRMM_IN010043NL}), or null. */
    public String interaction() {
        return interaction;
    }

    /** What the parser or the schema validator refused, with positions; empty when only rules were broken. */
    public List<ValidationError> errors() {
        return errors;
    }

    /** The message rules the message breaks (see {@link RuleViolation} for the codes). */
    public List<RuleViolation> violations() {
        return violations;
    }

    /** Whether the rule with this code is among the violations. */
    public boolean violates(String code) {
        return violations.stream().anyMatch(v -> v.code().equals(code));
    }
}
