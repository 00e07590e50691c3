package nl.ddjgz.batch;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the GS1 DataMatrix on a vaccine pack says: the product code (GTIN), the batch (partijnummer), the expiry date
 * and the pack's serial number. Read by {@link PackScanReader}; GTIN and batch are always there, expiry and serial
 * only when the pack carries them.
 *
 * @param gtin the 14-digit GTIN (AI 01), check digit verified
 * @param batch the batch or lot number (AI 10), 1 to 20 characters, as printed (case kept)
 * @param expiry the expiry date (AI 17); day 00 already turned into the last day of the month
 * @param serial the serial number (AI 21), unique per pack
 * @param warnings what the user should check before the values are used
 */
public record PackScan(
        String gtin, String batch, Optional<LocalDate> expiry, Optional<String> serial, Set<Warning> warnings)
        implements PackScanResult {

    public PackScan {
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(serial, "serial");
        if (!gtin.matches("\\d{14}")) {
            throw new IllegalArgumentException("a GTIN has 14 digits");
        }
        if (batch.isEmpty() || batch.length() > 20) {
            throw new IllegalArgumentException("a batch has 1 to 20 characters");
        }
        warnings = Set.copyOf(warnings);
    }

    /** Whether the user should check something before the values are used. */
    public boolean hasWarning(Warning warning) {
        return warnings.contains(warning);
    }

    /** Things to check that do not make the scan unusable. */
    public enum Warning {
        /**
         * The scanner typed no separators and the batch (or an element around it) could have ended elsewhere: the
         * reader made its best reading; show the batch and ask the user to compare it with the pack.
         */
        BATCH_UNCERTAIN
    }
}
