package nl.ddjgz.massvaccination;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored scan at a desk. The BSN is there to compare and to print, never to log.
 *
 * @param bsn null when what was scanned was not a valid BSN
 * @param counted whether this scan put the child in the session (one per BSN)
 * @param removedReason set when the child was not vaccinated after all
 */
public record Scan(
        UUID id,
        UUID sessionId,
        String bsn,
        UUID dossierId,
        ScanOutcome outcome,
        boolean counted,
        boolean manual,
        String desk,
        String scannedBy,
        Instant scannedAt,
        RemovalReason removedReason,
        UUID contactMomentId) {

    /** Counted and not taken out again: to be registered at approval. */
    public boolean toRegister() {
        return counted && removedReason == null;
    }
}
