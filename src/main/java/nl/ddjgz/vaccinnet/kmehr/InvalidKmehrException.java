package nl.ddjgz.vaccinnet.kmehr;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A KMEHR message we would write or have read breaks our schema or a registry rule. The exception's own message
 * names only how many violations and their codes, never message content; the violations are in {@link
 * #violations()}.
 */
public class InvalidKmehrException extends RuntimeException {

    private final List<KmehrViolation> violations;

    public InvalidKmehrException(List<KmehrViolation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    private static String summary(List<KmehrViolation> violations) {
        return "KMEHR message refused: "
                + (violations.size() == 1 ? "1 violation" : violations.size() + " violations")
                + " ("
                + violations.stream().map(KmehrViolation::code).distinct().collect(Collectors.joining(", "))
                + ")";
    }

    public List<KmehrViolation> violations() {
        return violations;
    }

    /** Whether a violation with this code is among them. */
    public boolean violates(String code) {
        return violations.stream().anyMatch(v -> v.code().equals(code));
    }

    /** The codes of the violations, in order, each once. */
    public List<String> codes() {
        return violations.stream().map(KmehrViolation::code).distinct().toList();
    }
}
