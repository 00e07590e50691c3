package nl.ddjgz.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Burgerservicenummer: nine digits that pass the elfproef (rules.md §6). Old eight-digit numbers get a leading zero.
 * {@link #toString()} never prints the number, so a BSN cannot leak into a log line or exception message by accident.
 */
public final class Bsn {

    /** The OID of the BSN in HL7 messages. */
    public static final String OID = "2.16.840.1.113883.2.4.6.3";

    private final String value;

    private Bsn(String value) {
        this.value = value;
    }

    /**
     * The BSN for the given text.
     *
     * @throws InvalidBsnException when the text is not a valid BSN (the message never contains the input)
     */
    public static Bsn of(String text) {
        return parse(text).orElseThrow(InvalidBsnException::new);
    }

    /** The BSN for the given text, or empty when it is not a valid BSN. Surrounding spaces are ignored. */
    public static Optional<Bsn> parse(String text) {
        String normalised = normalise(text);
        return isValidNormalised(normalised) ? Optional.of(new Bsn(normalised)) : Optional.empty();
    }

    /** Whether the text is a valid BSN (the same rule as {@link #of(String)}). */
    public static boolean isValid(String text) {
        return isValidNormalised(normalise(text));
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.strip();
        return trimmed.length() == 8 ? "0" + trimmed : trimmed;
    }

    private static boolean isValidNormalised(String digits) {
        if (digits.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weight = i == 8 ? -1 : 9 - i;
            sum += weight * (c - '0');
        }
        return sum % 11 == 0 && !"000000000".equals(digits);
    }

    /** The nine digits. Use only where the number must be shown or sent, never in logs. */
    public String value() {
        return value;
    }

    /** The number with the middle digits masked, for places where a hint is enough: "12*****82". */
    public String masked() {
        return value.substring(0, 2) + "*****" + value.substring(7);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bsn bsn && bsn.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "Bsn[" + masked() + "]";
    }

    /** Thrown for text that is not a BSN; carries no part of the input. */
    public static final class InvalidBsnException extends IllegalArgumentException {
        InvalidBsnException() {
            super("not a valid BSN");
        }
    }
}
