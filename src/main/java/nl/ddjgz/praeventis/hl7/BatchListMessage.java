package nl.ddjgz.praeventis.hl7;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The nightly list of valid batch numbers (PRMM_IN010043NL) as this module uses it.
 *
 * @param messageId the message's id (root and extension); the acknowledgement's target
 * @param creationTime when the register made the message
 * @param sender application id of the sending system (the register); the acknowledgement goes back to it
 * @param receiver application id the list was addressed to (us); the acknowledgement's sender
 * @param listValidFrom start of the list's validity window ({@code effectiveTime/low}), null when not given
 * @param listValidTo end of the window ({@code effectiveTime/high}), null when not given
 * @param entries the batches, in message order
 */
@org.springframework.modulith.NamedInterface("hl7")
public record BatchListMessage(
        II messageId,
        Instant creationTime,
        II sender,
        II receiver,
        Instant listValidFrom,
        Instant listValidTo,
        List<Entry> entries) {

    public BatchListMessage {
        entries = List.copyOf(entries);
    }

    /**
     * One batch on the list.
     *
     * @param batchNumber the batch number (partijnummer), never null
     * @param expiry the last day the batch may be used; null when the register sent none (allowed by the standard):
     *     show "expiry unknown" and have the user check the vial, never treat it as valid forever
     * @param vaccineTypeCode the W0422 vaccine type code (e.g. "11"), null when the register sent the type uncoded
     *     (nullFlavor)
     * @param productCode the product (brand) code, null when uncoded
     * @param productName the product's name: its displayName, or the originalText of an uncoded product; may be null
     */
    public record Entry(
            String batchNumber, LocalDate expiry, String vaccineTypeCode, String productCode, String productName) {

        public Entry {
            if (batchNumber == null || batchNumber.isBlank()) {
                throw new IllegalArgumentException("an entry needs a batch number");
            }
        }

        public boolean hasExpiry() {
            return expiry != null;
        }
    }
}
