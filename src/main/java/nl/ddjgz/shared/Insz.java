package nl.ddjgz.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * INSZ (Belgian rijksregisternummer / SSIN): eleven digits, the last two a check number: 97 minus (the first nine
 * digits mod 97); for people born from 2000 the nine digits are prefixed with "2" before the modulo (a number
 * passes when either rule gives its check digits). Like {@link Bsn}, {@link #toString()} never prints it.
 */
public final class Insz {

    private final String value;

    private Insz(String value) {
        this.value = value;
    }

    /**
     * The INSZ for the text; dots, dashes and spaces as printed on cards ("15.01.05-123.45") are ignored.
     *
     * @throws InvalidInszException when it is not a valid INSZ (the message never contains the input)
     */
    public static Insz of(String text) {
        return parse(text).orElseThrow(InvalidInszException::new);
    }

    public static Optional<Insz> parse(String text) {
        String digits = normalise(text);
        return isValidDigits(digits) ? Optional.of(new Insz(digits)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        return isValidDigits(normalise(text));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("[.\\- ]", "");
    }

    private static boolean isValidDigits(String digits) {
        if (digits.length() != 11 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        long base = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        return check == 97 - (int) (base % 97) || check == 97 - (int) ((2_000_000_000L + base) % 97);
    }

    /** The eleven digits. Use only where the number must be shown or sent, never in logs. */
    public String value() {
        return value;
    }

    /** As printed on the identity card: "YY.MM.DD-NNN.CC". Like {@link #value()}, only for showing, never for logs. */
    public String formatted() {
        return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6) + "-"
                + value.substring(6, 9) + "." + value.substring(9);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Insz insz && insz.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "Insz[" + value.substring(0, 2) + "*******" + value.substring(9) + "]";
    }

    /** Thrown for text that is not an INSZ; carries no part of the input. */
    public static final class InvalidInszException extends IllegalArgumentException {
        InvalidInszException() {
            super("not a valid INSZ");
        }
    }
}
