package nl.ddjgz.shared;

/**
 * What the organisation's call-card scanner sends around the number (rules.md §7): a configured prefix and suffix
 * (for example an AIM identifier), taken off together with spaces, tabs and the Enter. One piece of code for every
 * field a call card is scanned into: the mass-vaccination desk and the dossier's BSN search.
 *
 * @param prefix what the scanner sends before the code (may be empty)
 * @param suffix what the scanner sends after the code, before Enter (may be empty)
 */
public record ScannerAffixes(String prefix, String suffix) {

    /** A scanner that sends nothing around the code. */
    public static final ScannerAffixes NONE = new ScannerAffixes("", "");

    public ScannerAffixes {
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The text without white space, control characters (Enter) and the configured prefix and suffix. */
    public String strip(String typed) {
        String text = typed == null ? "" : typed.replaceAll("[\\s\\p{Cntrl}]", "");
        if (!prefix.isEmpty() && text.startsWith(prefix)) {
            text = text.substring(prefix.length());
        }
        if (!suffix.isEmpty() && text.endsWith(suffix)) {
            text = text.substring(0, text.length() - suffix.length());
        }
        return text;
    }
}
