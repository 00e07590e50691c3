package nl.ddjgz.vaccinnet.ws;

import java.util.Objects;

/** Checks the records make on their values; messages name the field, never the value. */
final class WsChecks {

    /** The registry's limit for {@code pakket} and {@code SoftwareId}. */
    static final int MAX_SOFTWARE_ID = 50;

    private WsChecks() {}

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String softwareId(String value, String field) {
        text(value, field);
        if (value.strip().length() > MAX_SOFTWARE_ID) {
            throw new IllegalArgumentException(field + " has more than " + MAX_SOFTWARE_ID + " characters");
        }
        return value;
    }

    static <T> T required(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    static void oneOf(Object success, Object fault, String what) {
        if ((success == null) == (fault == null)) {
            throw new IllegalArgumentException(what + " is either a result or a fault");
        }
    }
}
