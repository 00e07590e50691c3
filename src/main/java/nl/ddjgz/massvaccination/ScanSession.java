package nl.ddjgz.massvaccination;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a scan needs of its session: the date the dose rules judge on, whether it still takes scans, the vaccine types
 * it gives. Read with the scan's other facts in one plain query ({@link Scans#start}), or taken from the session.
 */
record ScanSession(UUID id, LocalDate date, boolean open, List<String> vaccineTypes) {

    static ScanSession of(MassVaccinationSession session) {
        return new ScanSession(
                session.getId(),
                session.getSessionDate(),
                session.isOpen(),
                session.getVaccines().stream()
                        .map(SessionVaccine::getVaccineType)
                        .toList());
    }
}
