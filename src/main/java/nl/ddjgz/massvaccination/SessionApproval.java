package nl.ddjgz.massvaccination;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.vaccination.RegistrationRefusedException;
import nl.ddjgz.vaccination.SessionRegistrations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professional's approval of a whole session (every child registered and every message queued, held, in one
 * transaction) and closing it ("Sessie afsluiten"), which lets the held messages leave. One transaction per action.
 */
@Service
public class SessionApproval {

    /** The reason recorded on a web-service message withdrawn because the child went in a group file. */
    static final String GROUP_FILE_REASON = "Vaccinnet group file";

    private final Sessions sessions;
    private final Scans scans;
    private final SessionRegistration registration;
    private final GroupFiles groupFiles;
    private final SessionRegistrations sessionRegistrations;
    private final Outbox outbox;
    private final Clock clock;

    SessionApproval(
            Sessions sessions,
            Scans scans,
            SessionRegistration registration,
            GroupFiles groupFiles,
            SessionRegistrations sessionRegistrations,
            Outbox outbox,
            Clock clock) {
        this.sessions = sessions;
        this.scans = scans;
        this.registration = registration;
        this.groupFiles = groupFiles;
        this.sessionRegistrations = sessionRegistrations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The professional's approval of the whole session (UC3/UC4 steps 5 and 6): every child in the session gets an
     * approved contact moment with the session's vaccinations, and every message is queued, in one transaction.
     *
     * @return how many children were registered
     * @throws SessionRefusedException when the session is approved already, still to come, or has no children
     * @throws RegistrationRefusedException when a child already has one of these vaccinations on the date
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public int approve(UUID sessionId) {
        return approve(sessionId, (String) null);
    }

    /**
     * Approves the session as the review page showed it. Its messages are held until the session is closed.
     *
     * @param reviewed the {@link ReviewedChildren#fingerprint} of the children the review page listed; when a child
     *     was added or taken out since (even one of each), the approval is refused and nothing is stored, so the
     *     professional approves what they saw (null: no check)
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public int approve(UUID sessionId, String reviewed) {
        MassVaccinationSession session = sessions.forUpdate(sessionId);
        List<Scan> toRegister =
                scans.ofSession(sessionId).stream().filter(Scan::toRegister).toList();
        if (reviewed != null
                && !reviewed.equals(ReviewedChildren.fingerprint(
                        toRegister.stream().map(Scan::id).toList()))) {
            throw new SessionRefusedException(null, "mass.approve.changed");
        }
        Set<UUID> inGroupFile = inCompleteGroupFiles(session, toRegister);
        session.approve(Actor.name(), clock);
        List<UUID> children = toRegister.stream().map(Scan::dossierId).toList();
        if (children.isEmpty()) {
            throw new SessionRefusedException(null, "mass.approve.nobody");
        }
        Map<UUID, UUID> registered = registration.register(session, toRegister);
        Map<UUID, UUID> byScan = new LinkedHashMap<>();
        toRegister.forEach(scan -> byScan.put(scan.id(), registered.get(scan.dossierId())));
        scans.linkContactMoments(byScan);
        for (UUID scanId : inGroupFile) {
            // registered in Vaccinnet by the group upload: the web-service message never leaves (same transaction)
            outbox.withdraw(byScan.get(scanId), Actor.name(), GROUP_FILE_REASON);
        }
        return registered.size();
    }

    /**
     * "Sessie afsluiten": the professional closes an approved session; the held messages of its children become due
     * after the organisation's send window. After this nobody is taken out or put back.
     *
     * @return how many messages were released
     * @throws SessionRefusedException when the session is not approved yet, or closed already
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public int close(UUID sessionId) {
        MassVaccinationSession session = sessions.forUpdate(sessionId);
        session.close(Actor.name(), clock);
        return sessionRegistrations.release(
                scans.ofSession(sessionId).stream()
                        .filter(Scan::toRegister)
                        .map(Scan::contactMomentId)
                        .filter(Objects::nonNull)
                        .toList(),
                session.getClosedAt());
    }

    /**
     * The scans whose child was in the downloaded group file of every vaccine type of the session.
     *
     * @throws SessionRefusedException when a child was in the group file of some of the session's vaccine types but
     *     not all: download the group file of each vaccine type again, so that nothing is registered twice or missed
     */
    private Set<UUID> inCompleteGroupFiles(MassVaccinationSession session, List<Scan> toRegister) {
        Map<UUID, Set<String>> typesByScan = groupFiles.typesByScan(session.getId());
        Set<String> sessionTypes = session.getVaccines().stream()
                .map(SessionVaccine::getVaccineType)
                .collect(Collectors.toSet());
        Set<UUID> complete = new HashSet<>();
        for (Scan scan : toRegister) {
            Set<String> types = typesByScan.getOrDefault(scan.id(), Set.of());
            if (types.containsAll(sessionTypes)) {
                complete.add(scan.id());
            } else if (!types.isEmpty()) {
                throw new SessionRefusedException(null, "mass.groupfile.incomplete");
            }
        }
        return complete;
    }
}
