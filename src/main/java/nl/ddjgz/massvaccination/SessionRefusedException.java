package nl.ddjgz.massvaccination;

/**
 * A session rule refused the action; nothing was stored. {@code messageKey} and {@code args} give the Dutch text,
 * {@code field} the form field (null for the whole form). Never holds personal data.
 */
public class SessionRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public SessionRefusedException(String field, String messageKey, Object... args) {
        super("refused: " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
