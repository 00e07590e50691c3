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
 * @param reason why the answer was given (vaccine type, dose, day), or null
 * @param deskSettingId the lots and vaccinator in use at its desk when it was made ({@link DeskSetting}), or null when
 *     the desk had not changed anything yet (the session's preset lots)
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
        UUID contactMomentId,
        Reason reason,
        UUID deskSettingId) {

    /**
     * The reason of a dose-aware answer.
     *
     * @param vaccineType the vaccine type judged
     * @param dose the dose of the series (0 when none applies)
     * @param date the day that goes with the reason, or null
     */
    public record Reason(String vaccineType, int dose, java.time.LocalDate date) {}

    /**
     * A scan made now at a desk: counted when its outcome puts the child in the session; not taken out, without
     * reason, contact moment or desk setting yet (the store links the desk's setting in use).
     */
    static Scan made(
            UUID id,
            UUID sessionId,
            String identifier,
            IdentifierKind kind,
            UUID dossierId,
            ScanOutcome outcome,
            boolean manual,
            String desk,
            String by,
            Instant at) {
        return new Scan(
                id,
                sessionId,
                identifier,
                kind,
                dossierId,
                outcome,
                outcome.counted(),
                manual,
                desk,
                by,
                at,
                null,
                null,
                null,
                null);
    }

    /** The same scan with this reason. */
    Scan withReason(Reason why) {
        return new Scan(
                id,
                sessionId,
                identifier,
                identifierKind,
                dossierId,
                outcome,
                counted,
                manual,
                desk,
                scannedBy,
                scannedAt,
                removedReason,
                contactMomentId,
                why,
                deskSettingId);
    }

    /** Counted and not taken out again: to be registered at approval. */
    public boolean toRegister() {
        return counted && removedReason == null;
    }
}
