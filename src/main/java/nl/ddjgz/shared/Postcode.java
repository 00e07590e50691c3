package nl.ddjgz.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** Dutch postcode as the BRP and HL7 messages want it: four digits, a space, two capital letters ("1234 AB"). */
public final class Postcode {

    /** The accepted form (also used by the form constraint). */
    public static final String PATTERN = "^[1-9][0-9]{3} [A-Z]{2}$";

    private static final Pattern FORM = Pattern.compile(PATTERN);

    private Postcode() {}

    /** Whether the text is a postcode in the "1234 AB" form. */
    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    /** Upper-cases the letters and trims, so "1234 ab " becomes "1234 AB"; other mistakes stay for validation. */
    public static String tidy(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }
}
