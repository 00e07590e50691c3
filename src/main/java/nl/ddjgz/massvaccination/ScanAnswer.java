package nl.ddjgz.massvaccination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.ChildSummary;

/**
 * What the desk shows for a scan.
 *
 * @param childName the child's name when a dossier was found
 * @param earlierAt for a duplicate: when the BSN was first scanned
 * @param earlierDesk for a duplicate: at which desk
 * @param vaccineDetail the name of the vaccine type the answer is about (the dose judged), or null
 * @param stored whether the scan is stored (every answer except an empty scan and a closed session)
 * @param dose the dose of the series the answer is about (0 when none applies)
 * @param reasonDate the day that goes with the reason (earliest day, last dose, age limit, objection), or null
 */
public record ScanAnswer(
        UUID scanId,
        ScanOutcome outcome,
        String childName,
        LocalDate birthDate,
        Instant earlierAt,
        String earlierDesk,
        String vaccineDetail,
        UUID dossierId,
        boolean stored,
        int dose,
        LocalDate reasonDate) {

    static ScanAnswer of(UUID scanId, ScanOutcome outcome, boolean stored) {
        return new ScanAnswer(scanId, outcome, null, null, null, null, null, null, stored, 0, null);
    }

    /**
     * The answer the desk shows for a stored scan: the child's name and birth date from its dossier, or from the
     * expected list when it has no dossier here; for a duplicate when and where the child was first scanned; the
     * reason's vaccine, dose and day.
     *
     * @param dossier the child's dossier, or null
     * @param listed the child on the expected list (for an expected child without a dossier), or null
     * @param first for a duplicate: the scan that counted, or null
     * @param vaccineName the name of the reason's vaccine type, or null
     */
    static ScanAnswer of(Scan scan, ChildDossier dossier, ExpectedChild listed, Scan first, String vaccineName) {
        return of(scan, dossier == null ? null : ChildSummary.of(dossier), listed, first, vaccineName);
    }

    /** As {@link #of(Scan, ChildDossier, ExpectedChild, Scan, String)}, with what the desk read of the dossier. */
    static ScanAnswer of(Scan scan, ChildSummary dossier, ExpectedChild listed, Scan first, String vaccineName) {
        Scan.Reason reason = scan.reason();
        return new ScanAnswer(
                scan.id(),
                scan.outcome(),
                dossier != null ? dossier.fullName() : listed != null ? listed.fullName() : null,
                dossier != null ? dossier.birthDate() : listed != null ? listed.birthDate() : null,
                first == null ? null : first.scannedAt(),
                first == null ? null : first.desk(),
                reason == null ? null : vaccineName,
                dossier == null ? null : dossier.id(),
                true,
                reason == null ? 0 : reason.dose(),
                reason == null ? null : reason.date());
    }
}
