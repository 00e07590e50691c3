package nl.ddjgz.praeventis.hl7;

import java.util.List;

/**
 * A message that is not XML, not the expected interaction or does not validate against our schema. The exception's
 * own message says only how many errors and where the first is, never message content; the errors themselves (the
 * parser's text with line and column) are in {@link #errors()}.
 */
public class InvalidMessageException extends RuntimeException {

    private final String interaction;

    private final List<ValidationError> errors;

    public InvalidMessageException(String interaction, List<ValidationError> errors) {
        super(summary(interaction, errors));
        this.interaction = interaction;
        this.errors = List.copyOf(errors);
    }

    private static String summary(String interaction, List<ValidationError> errors) {
        String what = interaction == null ? "message" : interaction;
        String count = errors.size() == 1 ? "1 error" : errors.size() + " errors";
        ValidationError first = errors.isEmpty() ? null : errors.get(0);
        String where = first != null && first.hasPosition()
                ? ", the first at line " + first.line() + ", column " + first.column()
                : "";
        return what + " refused: " + count + where;
    }

    /** The interaction that was expected (e.g. {@code PRMM_IN010043NL}), or null. */
    public String interaction() {
        return interaction;
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
