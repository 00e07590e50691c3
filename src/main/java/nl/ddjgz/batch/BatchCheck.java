package nl.ddjgz.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the picker says about a batch number for a vaccine line on a vaccination date (rules.md §5).
 *
 * @param entry the list entry the number matched (null when unknown)
 */
public record BatchCheck(Outcome outcome, String batchNumber, BatchEntry entry) {

    public enum Outcome {
        /** In the list for this vaccine type, not expired on the date. */
        VALID(true),
        /** In the list for this vaccine type, but the list gives no expiry: the user must check the vial. */
        EXPIRY_UNKNOWN(true),
        /** In the list for this vaccine type, expired on the date: cannot be chosen. */
        EXPIRED(false),
        /** In the list for another vaccine type: the batch decides the type, so it cannot be chosen here. */
        OTHER_TYPE(false),
        /** Not in the list: only as "overig", after the user confirms it. */
        UNKNOWN(false);

        private final boolean choosable;

        Outcome(boolean choosable) {
            this.choosable = choosable;
        }

        /** Whether the number can be chosen without the "overig" confirmation. */
        public boolean isChoosable() {
            return choosable;
        }
    }

    /** Normalises what was typed or scanned: trimmed, upper case (lists compare without case). */
    public static String normalise(String batchNumber) {
        return batchNumber == null ? "" : batchNumber.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Applies the picker rules to the list entries carrying this number (any vaccine type).
     *
     * @param lineType the vaccine type of the line
     * @param matches the list entries with this batch number
     */
    public static BatchCheck of(
            String lineType, String batchNumber, LocalDate vaccinationDate, List<BatchEntry> matches) {
        String number = normalise(batchNumber);
        BatchEntry ofType = matches.stream()
                .filter(e -> lineType.equals(e.vaccineTypeCode()))
                .findFirst()
                .orElse(null);
        if (ofType == null) {
            return matches.isEmpty()
                    ? new BatchCheck(Outcome.UNKNOWN, number, null)
                    : new BatchCheck(Outcome.OTHER_TYPE, number, matches.get(0));
        }
        if (ofType.expiry() == null) {
            return new BatchCheck(Outcome.EXPIRY_UNKNOWN, number, ofType);
        }
        return ofType.expiry().isBefore(vaccinationDate)
                ? new BatchCheck(Outcome.EXPIRED, number, ofType)
                : new BatchCheck(Outcome.VALID, number, ofType);
    }
}
