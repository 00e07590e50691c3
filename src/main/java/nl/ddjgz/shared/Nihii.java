package nl.ddjgz.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * NIHII (RIZIV/INAMI number) of a Belgian care professional: eleven digits. For a person the first six digits
 * identify the professional, the next two are check digits, 97 minus (the first six digits mod 97), and the last three
 * are the qualification code (profession and specialty, kept as given: the code lists belong to RIZIV). Example:
 * identifier 123456 gives 97 - (123456 mod 97) = 97 - 72 = 25, so {@code 12345625003} is valid. Printed as
 * {@code 1-23456-25-003}; dots, dashes and spaces are ignored.
 *
 * <p>A NIHII is not secret (it is on every prescription), so unlike {@link Insz} and {@link Bsn} the text form shows
 * it; the shape of this class follows theirs: {@link #of(String)} validates, {@link #parse(String)} and
 * {@link #isValid(String)} apply the same rule.
 */
public final class Nihii {

    private final String value;

    private Nihii(String value) {
        this.value = value;
    }

    /**
     * The NIHII for the text.
     *
     * @throws InvalidNihiiException when it is not a valid NIHII of a person
     */
    public static Nihii of(String text) {
        return parse(text).orElseThrow(InvalidNihiiException::new);
    }

    /** The NIHII for the text, or empty when it is not a valid NIHII of a person. */
    public static Optional<Nihii> parse(String text) {
        String digits = normalise(text);
        return isValidDigits(digits) ? Optional.of(new Nihii(digits)) : Optional.empty();
    }

    /** Whether the text is a valid NIHII of a person (the same rule as {@link #of(String)}). */
    public static boolean isValid(String text) {
        return isValidDigits(normalise(text));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("[.\\- ]", "");
    }

    private static boolean isValidDigits(String digits) {
        if (digits.length() != 11 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int identifier = Integer.parseInt(digits.substring(0, 6));
        int check = Integer.parseInt(digits.substring(6, 8));
        return check == 97 - identifier % 97;
    }

    /** The eleven digits, as registries expect them. */
    public String value() {
        return value;
    }

    /** The six digits that identify the professional. */
    public String identifier() {
        return value.substring(0, 6);
    }

    /** The three-digit qualification code (profession and specialty). */
    public String qualification() {
        return value.substring(8);
    }

    /** As printed on prescriptions and stamps: "1-23456-78-901". */
    public String formatted() {
        return value.charAt(0) + "-" + value.substring(1, 6) + "-" + value.substring(6, 8) + "-" + value.substring(8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Nihii nihii && nihii.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "Nihii[" + value + "]";
    }

    /** Thrown for text that is not a NIHII; carries no part of the input. */
    public static final class InvalidNihiiException extends IllegalArgumentException {
        InvalidNihiiException() {
            super("not a valid NIHII");
        }
    }
}
