package nl.ddjgz.dossier;

/**
 * The dossier refused the data. {@code field} names the form field, {@code messageKey} the Dutch text. The message
 * never contains the data.
 */
public class InvalidChildDataException extends RuntimeException {

    private final String field;
    private final String messageKey;

    InvalidChildDataException(String field, String messageKey) {
        super("invalid " + field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
