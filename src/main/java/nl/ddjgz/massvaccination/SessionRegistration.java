package nl.ddjgz.massvaccination;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.vaccination.SessionRegistrations;
import org.springframework.stereotype.Component;

/**
 * Registers children of a session: each gets an approved contact moment with the lots and the vaccinator in use at
 * its desk when it was scanned, its message held until the session is closed. Used by the approval and by putting a
 * child back after it. No transaction of its own: the action's holds.
 */
@Component
class SessionRegistration {

    private final SessionRegistrations sessionRegistrations;
    private final DeskSettings deskSettings;

    SessionRegistration(SessionRegistrations sessionRegistrations, DeskSettings deskSettings) {
        this.sessionRegistrations = sessionRegistrations;
        this.deskSettings = deskSettings;
    }

    /**
     * Registers these scanned children of the session.
     *
     * @return the contact moment registered for each child, by dossier id
     */
    Map<UUID, UUID> register(MassVaccinationSession session, List<Scan> toRegister) {
        return sessionRegistrations.approve(sessionApproval(session, toRegister));
    }

    /** Each child with the lots and the vaccinator in use at its desk when it was scanned. */
    private SessionRegistrations.SessionApproval sessionApproval(
            MassVaccinationSession session, List<Scan> toRegister) {
        Map<UUID, DeskSetting> settings = deskSettings.ofSession(session.getId());
        return new SessionRegistrations.SessionApproval(
                session.getSessionDate(),
                session.getLocationId(),
                toRegister.stream()
                        .map(scan -> {
                            DeskSetting setting = DeskSetting.of(session, scan, settings);
                            return new SessionRegistrations.SessionChild(
                                    scan.dossierId(),
                                    setting.lots().stream()
                                            .map(l -> new SessionRegistrations.SessionVaccine(
                                                    l.vaccineType(),
                                                    l.batchNumber(),
                                                    l.expiry(),
                                                    l.checked(),
                                                    l.productName()))
                                            .toList(),
                                    setting.vaccinator(),
                                    setting.injectionSite());
                        })
                        .toList());
    }
}
