package nl.ddjgz.massvaccination;

import java.util.Optional;
import nl.ddjgz.shared.Bsn;

/**
 * Reads what a keyboard-wedge scanner (or a person) typed into the scan field (rules.md §7): the BSN digits, with
 * spaces and the scanner's configured prefix and suffix tolerated. Never keeps or prints what was read.
 */
public final class ScanReader {

    private final String prefix;
    private final String suffix;

    /**
     * @param prefix what the scanner sends before the code (may be empty)
     * @param suffix what the scanner sends after the code, before Enter (may be empty)
     */
    public ScanReader(String prefix, String suffix) {
        this.prefix = prefix == null ? "" : prefix;
        this.suffix = suffix == null ? "" : suffix;
    }

    /** What the field held. */
    public Reading read(String typed) {
        String text = typed == null ? "" : typed.replaceAll("[\\s\\p{Cntrl}]", "");
        if (!prefix.isEmpty() && text.startsWith(prefix)) {
            text = text.substring(prefix.length());
        }
        if (!suffix.isEmpty() && text.endsWith(suffix)) {
            text = text.substring(0, text.length() - suffix.length());
        }
        if (text.isEmpty()) {
            return new Reading(Kind.EMPTY, null);
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9') || text.length() < 8 || text.length() > 9) {
            return new Reading(Kind.NOT_A_BSN, null);
        }
        Optional<Bsn> bsn = Bsn.parse(text);
        return bsn.map(b -> new Reading(Kind.BSN, b)).orElseGet(() -> new Reading(Kind.INVALID_BSN, null));
    }

    /** What kind of thing was scanned. */
    public enum Kind {
        /** A valid BSN. */
        BSN,
        /** Nothing (a repeated Enter): ignored. */
        EMPTY,
        /** Nine digits that fail the elfproef. */
        INVALID_BSN,
        /** Not nine digits: another barcode, or scanner garbage. */
        NOT_A_BSN
    }

    /** The result: a BSN only when the kind is {@link Kind#BSN}. */
    public record Reading(Kind kind, Bsn bsn) {}
}
