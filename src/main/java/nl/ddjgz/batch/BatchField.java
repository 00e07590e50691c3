package nl.ddjgz.batch;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads what arrived in a batch-number field: a number typed or picked by hand, or the GS1 element string a 2D
 * scanner typed from the vaccine pack (then the batch, expiry, GTIN and serial come from the scan).
 */
@Component
public class BatchField {

    private final PackScanReader reader;

    BatchField(@Value("${ddjgz.scanner.separator-substitutes:}") List<String> separatorSubstitutes) {
        this.reader = new PackScanReader(separatorSubstitutes);
    }

    /** What the field holds. */
    public Reading read(String typed) {
        if (typed == null || !PackScanReader.looksLikePackScan(typed)) {
            return new Reading(typed == null ? "" : typed.strip(), null, null);
        }
        PackScanResult result = reader.read(typed);
        if (result instanceof PackScanRefusal refusal) {
            return new Reading(null, null, refusal.reason());
        }
        PackScan scan = (PackScan) result;
        return new Reading(scan.batch(), scan, null);
    }

    /**
     * The field's content.
     *
     * @param batchNumber the batch number (typed, or from the scan); null when the scan was refused
     * @param scan the pack scan, when the field held one
     * @param refusal why a scan could not be read
     */
    public record Reading(String batchNumber, PackScan scan, PackScanRefusal.Reason refusal) {

        public boolean isScan() {
            return scan != null;
        }

        public LocalDate packExpiry() {
            return scan == null ? null : scan.expiry().orElse(null);
        }

        public String gtin() {
            return scan == null ? null : scan.gtin();
        }

        public String serial() {
            return scan == null ? null : scan.serial().orElse(null);
        }

        /** The message key of a refusal ("scan.refused.BAD_DATE"), or null. */
        public String refusalKey() {
            return refusal == null ? null : "scan.refused." + refusal.name();
        }

        public boolean batchUncertain() {
            return scan != null && scan.hasWarning(PackScan.Warning.BATCH_UNCERTAIN);
        }
    }
}
