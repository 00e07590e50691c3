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
 * @param vaccineDetail for a child who had the vaccine before: which vaccine and when
 * @param stored whether the scan is stored (every answer except an empty scan and a closed session)
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
        boolean stored) {

    static ScanAnswer of(UUID scanId, ScanOutcome outcome, boolean stored) {
        return new ScanAnswer(scanId, outcome, null, null, null, null, null, null, stored);
    }
}
