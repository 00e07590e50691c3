package nl.ddjgz.shared;

/**
 * A domain rule refused the user's action; nothing was stored. {@code messageKey} and {@code args} give the Dutch
 * text, {@code field} the form field it belongs to (null for the whole form). The message never holds personal data.
 * Each module refuses with its own subclass.
 */
public abstract class RefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    protected RefusedException(String field, String messageKey, Object... args) {
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
