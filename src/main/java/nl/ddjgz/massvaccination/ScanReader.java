package nl.ddjgz.massvaccination;

import java.util.Optional;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.ScannerAffixes;

/**
 * Reads what a keyboard-wedge scanner (or a person) typed into the scan field (rules.md §7): the BSN digits for a
 * Dutch organisation, the INSZ for a Belgian one (the eleven digits of the call card's barcode, or as printed on the
 * eID or ISI+ card: "15.01.05-123.45"), with spaces and the scanner's configured prefix and suffix tolerated. Never
 * keeps or prints what was read.
 */
public final class ScanReader {

    private final ScannerAffixes affixes;

    /**
     * @param prefix what the scanner sends before the code (may be empty)
     * @param suffix what the scanner sends after the code, before Enter (may be empty)
     */
    public ScanReader(String prefix, String suffix) {
        this(new ScannerAffixes(prefix, suffix));
    }

    /** A reader for the organisation's scanner (the same prefix and suffix as the dossier's BSN search). */
    public ScanReader(ScannerAffixes affixes) {
        this.affixes = affixes;
    }

    /** What the field held, read as a BSN. */
    public Reading read(String typed) {
        String text = strip(typed);
        if (text.isEmpty()) {
            return new Reading(Kind.EMPTY, null, null);
        }
        if (!digits(text) || text.length() < 8 || text.length() > 9) {
            return new Reading(Kind.NOT_A_BSN, null, null);
        }
        Optional<Bsn> bsn = Bsn.parse(text);
        return bsn.map(b -> new Reading(Kind.BSN, b, null)).orElseGet(() -> new Reading(Kind.INVALID_BSN, null, null));
    }

    /** What the field held, read as the number of the kind. */
    public Reading read(String typed, IdentifierKind kind) {
        return kind == IdentifierKind.INSZ ? readInsz(typed) : read(typed);
    }

    /** What the field held, read as an INSZ: eleven digits, dots and dashes as printed on the card ignored. */
    public Reading readInsz(String typed) {
        String text = strip(typed);
        if (text.isEmpty()) {
            return new Reading(Kind.EMPTY, null, null);
        }
        String digits = text.matches("[0-9.\\-]+") ? text.replaceAll("[.\\-]", "") : text;
        if (!digits(digits) || digits.length() != 11) {
            return new Reading(Kind.NOT_AN_INSZ, null, null);
        }
        Optional<Insz> insz = Insz.parse(digits);
        return insz.map(i -> new Reading(Kind.INSZ, null, i))
                .orElseGet(() -> new Reading(Kind.INVALID_INSZ, null, null));
    }

    private String strip(String typed) {
        return affixes.strip(typed);
    }

    private static boolean digits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** What kind of thing was scanned. */
    public enum Kind {
        /** A valid BSN. */
        BSN,
        /** A valid INSZ (Belgian organisations). */
        INSZ,
        /** Nothing (a repeated Enter): ignored. */
        EMPTY,
        /** Nine digits that fail the elfproef. */
        INVALID_BSN,
        /** Not nine digits: another barcode, or scanner garbage. */
        NOT_A_BSN,
        /** Eleven digits with wrong check digits. */
        INVALID_INSZ,
        /** Not eleven digits: another barcode (a BSN, a pack), or scanner garbage. */
        NOT_AN_INSZ
    }

    /**
     * The result: a BSN only when the kind is {@link Kind#BSN}, an INSZ only when it is {@link Kind#INSZ}.
     *
     * @param bsn the BSN read, or null
     * @param insz the INSZ read, or null
     */
    public record Reading(Kind kind, Bsn bsn, Insz insz) {

        /** The digits of the number read (BSN or INSZ), or null. Never for logs. */
        public String identifier() {
            return bsn != null ? bsn.value() : insz != null ? insz.value() : null;
        }
    }
}
