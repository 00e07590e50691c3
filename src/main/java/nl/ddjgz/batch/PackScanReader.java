package nl.ddjgz.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ddjgz.batch.PackScanRefusal.Reason;

/**
 * Reads what a keyboard-wedge 2D scanner types when it reads the GS1 DataMatrix on a vaccine pack: GTIN (AI 01),
 * expiry (17), batch (10) and serial (21); other AIs in its table (production date 11, national numbers 710-715, ...)
 * are skipped. We wrote this small reader because Maven Central has no maintained pure-Java GS1 element-string
 * parser: GS1's own Syntax Engine is a C library whose Java binding needs JNI and is not published there, ZXing keeps
 * its AI table package-private for DataBar decoding, and Okapi Barcode only encodes.
 *
 * <h2>What it accepts</h2>
 *
 * <ul>
 *   <li>an optional AIM symbology identifier: {@code ]d2} (GS1 DataMatrix), {@code ]C1} (GS1-128), {@code ]Q3} (GS1
 *       QR); any other {@code ]..} is not GS1;
 *   <li>separators as ASCII 29 (GS), as one of the substitutes the organisation configured for its scanners (such as
 *       {@code |}, {@code ^}, {@code ~} or {@code <GS>}), or missing altogether;
 *   <li>the Enter (CR, LF or both) the scanner types at the end, and a GS before the first AI.
 * </ul>
 *
 * <p>Elements are read AI by AI, never by position, so any order works. A fixed-length element has its length from
 * the table; a variable-length one (batch, serial, national number, ...) runs to the next separator or the end.
 *
 * <h2>When the scanner types no separators</h2>
 *
 * Without any separator in the whole scan the end of a variable-length element is not marked. The reader then looks
 * at every place inside the element (within its maximum length) where one of the elements a pack carries and that
 * has not been read yet begins: GTIN 01, expiry 17, production date 11, batch 10 or serial 21. Such a place counts
 * only if the rest of the scan reads validly from there (known AIs, GTIN check digit, real dates, no AI twice) and
 * the scan then has both a GTIN and a batch.
 *
 * <ul>
 *   <li>Exactly one such place: the element ends there, and the scan carries {@link PackScan.Warning#BATCH_UNCERTAIN}.
 *       This splits {@code 10LOT7X17261231} into batch {@code LOT7X} and expiry, and {@code 10AB1221SN1} into batch
 *       {@code AB12} and serial {@code SN1}.
 *   <li>None, or more than one (ambiguous): the element takes the rest of the scan, as GS1 has it for the last
 *       element. {@code 10A21B21C} stays batch {@code A21B21C}, and so does {@code 10AB1217261231} (serial
 *       {@code 7261231} after {@code AB1}, or expiry after {@code AB12}). The scan carries the warning too, unless no
 *       other AI can begin inside the element: batch {@code 00X9} at the end is read without a warning.
 * </ul>
 */
public final class PackScanReader {

    static final char GROUP_SEPARATOR = '\u001D';

    /** Far more than any pack code; refusing longer input keeps the no-separator search cheap. */
    static final int MAX_SCAN_LENGTH = 200;

    private static final List<String> AIM_PREFIXES = List.of("]d2", "]C1", "]Q3");

    /** The elements a vaccine pack carries; without separators an element may only be cut where one of these starts. */
    private static final Set<String> PACK_ELEMENTS = Set.of(
            ApplicationIdentifier.GTIN,
            ApplicationIdentifier.EXPIRY,
            "11",
            ApplicationIdentifier.BATCH,
            ApplicationIdentifier.SERIAL);

    private final List<String> separatorSubstitutes;

    /** A reader for scanners that type the separator as ASCII 29 (or not at all). */
    public PackScanReader() {
        this(List.of());
    }

    /**
     * A reader that also takes each of the given strings as a separator.
     *
     * @param separatorSubstitutes what the organisation's scanners type instead of ASCII 29, such as {@code "|"} or
     *     {@code "<GS>"}; none may be empty or contain a digit (digits are data in every element)
     */
    public PackScanReader(List<String> separatorSubstitutes) {
        for (String substitute : separatorSubstitutes) {
            if (substitute == null || substitute.isEmpty() || substitute.chars().anyMatch(Character::isDigit)) {
                throw new IllegalArgumentException("a separator substitute must be non-empty and have no digits");
            }
        }
        List<String> longestFirst = new ArrayList<>(separatorSubstitutes);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        this.separatorSubstitutes = List.copyOf(longestFirst);
    }

    /**
     * Whether the text is a pack scan rather than a typed batch number: it starts with an AIM identifier ({@code ]d2},
     * {@code ]C1}, {@code ]Q3}) or with AI 01 and 14 digits. Cheap; it does not validate the scan.
     */
    public static boolean looksLikePackScan(String typed) {
        if (typed == null) {
            return false;
        }
        String text = withoutEnter(typed);
        if (AIM_PREFIXES.stream().anyMatch(text::startsWith)) {
            return true;
        }
        int start = 0;
        while (start < text.length() && text.charAt(start) == GROUP_SEPARATOR) {
            start++;
        }
        int gtinEnd = start + 2 + 14;
        return text.startsWith(ApplicationIdentifier.GTIN, start)
                && text.length() >= gtinEnd
                && ApplicationIdentifier.allDigits(text.substring(start + 2, gtinEnd));
    }

    /** Reads a scan as typed by the scanner; never throws for any input. */
    public PackScanResult read(String typed) {
        if (typed == null || withoutEnter(typed).isBlank()) {
            return new PackScanRefusal(Reason.EMPTY);
        }
        String text = withoutEnter(typed);
        if (text.length() > MAX_SCAN_LENGTH) {
            return new PackScanRefusal(Reason.TOO_LONG);
        }
        boolean identified = text.startsWith("]");
        if (identified) {
            if (AIM_PREFIXES.stream().noneMatch(text::startsWith)) {
                return new PackScanRefusal(Reason.NOT_GS1);
            }
            text = text.substring(3);
        }
        text = withoutOuterSeparators(withSeparators(text));
        if (text.isEmpty()) {
            return new PackScanRefusal(Reason.TRUNCATED);
        }
        if (!ApplicationIdentifier.allDigits(text.substring(0, 1))
                || (!identified && ApplicationIdentifier.at(text, 0).isEmpty())) {
            return new PackScanRefusal(Reason.NOT_GS1); // such as a typed batch number
        }
        boolean separated = text.indexOf(GROUP_SEPARATOR) >= 0;
        return readFrom(text, 0, Reading.NOTHING, !separated).result();
    }

    private static String withoutEnter(String typed) {
        int end = typed.length();
        while (end > 0 && (typed.charAt(end - 1) == '\r' || typed.charAt(end - 1) == '\n')) {
            end--;
        }
        return typed.substring(0, end);
    }

    private String withSeparators(String text) {
        String result = text;
        for (String substitute : separatorSubstitutes) {
            result = result.replace(substitute, String.valueOf(GROUP_SEPARATOR));
        }
        return result;
    }

    private static String withoutOuterSeparators(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == GROUP_SEPARATOR) {
            start++;
        }
        while (end > start && text.charAt(end - 1) == GROUP_SEPARATOR) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * Reads the elements from the position to the end.
     *
     * @param guess whether the scan has no separators, so the end of a variable-length element must be worked out;
     *     otherwise it ends at the next separator or the end of the scan
     */
    private static Reading readFrom(String text, int position, Reading sofar, boolean guess) {
        Reading reading = sofar;
        int p = position;
        while (true) {
            while (p < text.length() && text.charAt(p) == GROUP_SEPARATOR) {
                p++; // a separator after a fixed-length element is allowed, and two in a row are harmless
            }
            if (p == text.length()) {
                return reading;
            }
            Optional<ApplicationIdentifier> found = ApplicationIdentifier.at(text, p);
            if (found.isEmpty()) {
                return reading.refuse(unknownIdentifierReason(text, p));
            }
            ApplicationIdentifier ai = found.get();
            int dataStart = p + ai.code().length();
            int end;
            if (ai.fixedLength()) {
                end = dataStart + ai.length();
                if (end > text.length() || text.substring(dataStart, end).indexOf(GROUP_SEPARATOR) >= 0) {
                    return reading.refuse(Reason.TRUNCATED);
                }
            } else if (guess) {
                return readWithoutSeparators(text, dataStart, ai, reading);
            } else {
                int separator = text.indexOf(GROUP_SEPARATOR, dataStart);
                end = separator < 0 ? text.length() : separator;
            }
            reading = reading.with(ai, text.substring(dataStart, end));
            if (reading.isRefused()) {
                return reading;
            }
            p = end;
        }
    }

    private static Reason unknownIdentifierReason(String text, int position) {
        String rest = text.substring(position, Math.min(text.length(), position + 4));
        int separator = rest.indexOf(GROUP_SEPARATOR);
        String digits = separator < 0 ? rest : rest.substring(0, separator);
        return digits.length() < 4 && ApplicationIdentifier.allDigits(digits) ? Reason.TRUNCATED : Reason.UNKNOWN_AI;
    }

    /** A variable-length element in a scan without separators: see the class comment for the rule. */
    private static Reading readWithoutSeparators(String text, int dataStart, ApplicationIdentifier ai, Reading sofar) {
        int longestCut = Math.min(ai.length(), text.length() - dataStart - 1);
        List<Integer> cuts = new ArrayList<>();
        boolean couldEndEarlier = false;
        for (int length = 1; length <= longestCut; length++) {
            int cut = dataStart + length;
            Reading withData = sofar.with(ai, text.substring(dataStart, cut));
            if (withData.isRefused()) {
                continue;
            }
            Reading rest = readFrom(text, cut, withData, false);
            if (rest.isRefused()) {
                continue;
            }
            couldEndEarlier = true;
            String next = text.substring(cut, Math.min(text.length(), cut + 2));
            if (PACK_ELEMENTS.contains(next) && !withData.has(next) && rest.hasGtinAndBatch()) {
                cuts.add(cut);
            }
        }
        if (cuts.size() == 1) {
            int cut = cuts.get(0);
            return readFrom(text, cut, sofar.with(ai, text.substring(dataStart, cut)), true)
                    .uncertain();
        }
        Reading whole = sofar.with(ai, text.substring(dataStart));
        return couldEndEarlier ? whole.uncertain() : whole;
    }

    /** The elements read so far (immutable), or why reading stopped. */
    private static final class Reading {

        static final Reading NOTHING = new Reading(Map.of(), false, null);

        private final Map<String, String> elements;
        private final boolean uncertain;
        private final Reason refusal;

        private Reading(Map<String, String> elements, boolean uncertain, Reason refusal) {
            this.elements = elements;
            this.uncertain = uncertain;
            this.refusal = refusal;
        }

        Reading with(ApplicationIdentifier ai, String data) {
            boolean batch = ai.code().equals(ApplicationIdentifier.BATCH);
            if (data.isEmpty()) {
                return refuse(batch ? Reason.MISSING_BATCH : Reason.TRUNCATED);
            }
            Optional<Reason> problem = ai.problemWith(data);
            if (problem.isPresent()) {
                return refuse(problem.get());
            }
            if (data.length() > ai.length()) {
                return refuse(batch ? Reason.BATCH_TOO_LONG : Reason.TOO_LONG);
            }
            String earlier = elements.get(ai.code());
            if (earlier != null) {
                return earlier.equals(data) ? this : refuse(Reason.DUPLICATE_AI);
            }
            Map<String, String> more = new LinkedHashMap<>(elements);
            more.put(ai.code(), data);
            return new Reading(Collections.unmodifiableMap(more), uncertain, null);
        }

        Reading refuse(Reason reason) {
            return new Reading(elements, uncertain, reason);
        }

        Reading uncertain() {
            return isRefused() ? this : new Reading(elements, true, null);
        }

        boolean isRefused() {
            return refusal != null;
        }

        boolean has(String code) {
            return elements.containsKey(code);
        }

        boolean hasGtinAndBatch() {
            return has(ApplicationIdentifier.GTIN) && has(ApplicationIdentifier.BATCH);
        }

        PackScanResult result() {
            if (isRefused()) {
                return new PackScanRefusal(refusal);
            }
            if (!has(ApplicationIdentifier.GTIN)) {
                return new PackScanRefusal(Reason.MISSING_GTIN);
            }
            if (!has(ApplicationIdentifier.BATCH)) {
                return new PackScanRefusal(Reason.MISSING_BATCH);
            }
            return new PackScan(
                    elements.get(ApplicationIdentifier.GTIN),
                    elements.get(ApplicationIdentifier.BATCH),
                    Optional.ofNullable(elements.get(ApplicationIdentifier.EXPIRY))
                            .flatMap(ApplicationIdentifier::date),
                    Optional.ofNullable(elements.get(ApplicationIdentifier.SERIAL)),
                    uncertain ? Set.of(PackScan.Warning.BATCH_UNCERTAIN) : Set.of());
        }

        @Override
        public String toString() {
            return isRefused() ? "Reading[refused " + refusal + "]" : "Reading" + elements.keySet();
        }
    }

    @Override
    public String toString() {
        return "PackScanReader[" + separatorSubstitutes.size() + " separator substitutes]";
    }
}
