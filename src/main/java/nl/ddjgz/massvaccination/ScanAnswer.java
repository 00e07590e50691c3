package nl.ddjgz.massvaccination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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
}
