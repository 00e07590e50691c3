package nl.ddjgz.massvaccination;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored scan at a desk. The BSN or INSZ is there to compare and to print, never to log.
 *
 * @param identifier the digits of the BSN or INSZ (see the kind); null when what was scanned was not a valid one, or
 *     for a dossier picked by hand that has no INSZ
 * @param counted whether this scan put the child in the session (one per BSN)
 * @param removedReason set when the child was not vaccinated after all
 */
public record Scan(
        UUID id,
        UUID sessionId,
        String identifier,
        IdentifierKind identifierKind,
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
