package nl.ddjgz.massvaccination;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.shared.NotFoundException;
import nl.ddjgz.vaccination.Corrections;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewing a session: who was seen and who was expected (for the review page, the print and the CSV), the children
 * to follow up (no dossier here, without BSN), and taking a child out or putting it back until the session is closed.
 * One transaction per action.
 */
@Service
public class SessionReview {

    private final Sessions sessions;
    private final Scans scans;
    private final DeskSettings deskSettings;
    private final ExpectedChildren expected;
    private final ShownChildren shown;
    private final Removals removals;
    private final GroupFiles groupFiles;
    private final SessionRegistration registration;
    private final Corrections corrections;
    private final Dossiers dossiers;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final OrganisationSettings organisation;
    private final Clock clock;

    SessionReview(
            Sessions sessions,
            Scans scans,
            DeskSettings deskSettings,
            ExpectedChildren expected,
            ShownChildren shown,
            Removals removals,
            GroupFiles groupFiles,
            SessionRegistration registration,
            Corrections corrections,
            Dossiers dossiers,
            AuditTrail audit,
            MessageSource messages,
            OrganisationSettings organisation,
            Clock clock) {
        this.sessions = sessions;
        this.scans = scans;
        this.deskSettings = deskSettings;
        this.expected = expected;
        this.shown = shown;
        this.removals = removals;
        this.groupFiles = groupFiles;
        this.registration = registration;
        this.corrections = corrections;
        this.dossiers = dossiers;
        this.audit = audit;
        this.messages = messages;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Everything the review, the print page and the CSV need: who was seen, who was expected, the exceptions. */
    @Transactional(readOnly = true)
    public SessionOverview overview(UUID sessionId) {
        MassVaccinationSession session = sessions.get(sessionId);
        Map<UUID, DeskSetting> settings = deskSettings.ofSession(sessionId);
        List<ScanLine> all = shown.lines(scans.ofSession(sessionId)).stream()
                .map(l -> l.with(DeskSetting.of(session, l.scan(), settings)))
                .toList();
        return SessionOverview.of(
                session, all, expected.confirmed(sessionId), scans.totals(sessionId), List.copyOf(settings.values()));
    }

    /**
     * The overview for a page or file that shows it (review, print, CSV): one audit line per child shown — every
     * scanned child with a dossier and every expected child with a dossier here — written in one batch, so a session
     * of 1,600 children costs one insert.
     *
     * @param shownOn what showed the children, for the audit lines ("mass session review")
     */
    @Transactional
    public SessionOverview overviewShown(UUID sessionId, String shownOn) {
        SessionOverview overview = overview(sessionId);
        shown.recordShown(overview.scans(), overview.expected(), shownOn);
        return overview;
    }

    /**
     * A scan of a child without a dossier here and not on the expected list (or on it: then the desk offers to open
     * the dossier), for its follow-up page: the scanned number is read here, never from a URL.
     */
    @Transactional(readOnly = true)
    public Scan unknownScan(UUID sessionId, UUID scanId) {
        return scans.find(scanId)
                .filter(s -> s.sessionId().equals(sessionId))
                .filter(s -> s.outcome() == ScanOutcome.NO_DOSSIER || s.outcome() == ScanOutcome.EXPECTED_NO_DOSSIER)
                .orElseThrow(() -> new NotFoundException("scan of an unknown child"));
    }

    /**
     * The children scanned without a dossier here who still have none in the session (not registered by a later
     * scan), one line per number, first scan first: to follow up after the session (new dossier, RIVM card, status
     * query).
     */
    @Transactional(readOnly = true)
    public List<Scan> unknownChildren(UUID sessionId) {
        List<Scan> all = scans.ofSession(sessionId);
        Set<String> registered =
                all.stream().filter(Scan::counted).map(Scan::identifier).collect(Collectors.toSet());
        Map<String, Scan> unknown = new LinkedHashMap<>();
        all.stream()
                .filter(s -> s.outcome() == ScanOutcome.NO_DOSSIER || s.outcome() == ScanOutcome.EXPECTED_NO_DOSSIER)
                .filter(s -> s.identifier() != null && !registered.contains(s.identifier()))
                .forEach(s -> unknown.putIfAbsent(s.identifier(), s));
        return List.copyOf(unknown.values());
    }

    /**
     * The children registered in the session without BSN, first scan first: their registrations go on the RIVM form
     * (after approval each has its contact moment, with the form). One audit line per child shown.
     */
    @Transactional
    public List<ScanLine> childrenWithoutBsn(UUID sessionId) {
        List<ScanLine> list = shown.lines(scans.ofSession(sessionId).stream()
                .filter(Scan::toRegister)
                .filter(s -> s.outcome() == ScanOutcome.WITHOUT_BSN)
                .toList());
        shown.recordShown(
                list.stream().map(ScanLine::dossier).filter(Objects::nonNull).toList(),
                "mass session children without BSN");
        return list;
    }

    /**
     * Takes a scanned child out of the session: not vaccinated after all (absent, refused on the day, ill). Recorded
     * here as a postponement; never an objection. Until the session is closed: after approval the child's registration
     * is withdrawn and its held message taken out of the queue, so nothing about it reaches the register (a
     * professional's act). The removal, its reason, who and when, go to the child's history. A child that was in a
     * downloaded Vaccinnet group file is taken out of it too.
     *
     * @return whether the child was in a downloaded group file (which must then be downloaded and uploaded again)
     */
    @PreAuthorize("hasAnyRole('JGZ_PROFESSIONAL', 'JGZ_ASSISTANT')")
    @Transactional
    public boolean remove(UUID sessionId, UUID scanId, RemovalReason reason) {
        if (reason == null) {
            throw new SessionRefusedException("reason", "mass.remove.reason.required");
        }
        MassVaccinationSession session = sessions.notClosed(sessionId);
        Scan scan = scans.find(scanId)
                .filter(s -> s.sessionId().equals(sessionId) && s.toRegister())
                .orElseThrow(() -> new SessionRefusedException(null, "mass.remove.notInSession"));
        if (session.isAwaitingClose()) {
            requireProfessional("mass.remove.professionalOnly");
            if (scan.contactMomentId() != null) {
                corrections.withdraw(
                        scan.contactMomentId(),
                        messages.getMessage(
                                "mass.remove.withdrawReason",
                                new Object[] {
                                    messages.getMessage(
                                            "mass.remove.reason." + reason.name(), null, organisation.locale())
                                },
                                organisation.locale()));
            }
        }
        Instant now = clock.instant();
        if (scans.remove(sessionId, scanId, reason, Actor.name(), now) != 1) {
            throw new SessionRefusedException(null, "mass.remove.notInSession");
        }
        removals.recordRemoval(scan, reason, Actor.name(), now);
        if (scan.dossierId() != null) {
            audit.record(
                    AuditAction.DOSSIER_UPDATE,
                    dossiers.get(scan.dossierId()).ref(),
                    "taken out of mass session: " + reason.name());
        }
        return groupFiles.forget(scanId);
    }

    /**
     * Puts a child taken out back in the session (it turned up after all), until the session is closed; who and when
     * are recorded and shown. After approval the child is registered as the session's children were, its message
     * held until the session is closed (a professional's act).
     */
    @PreAuthorize("hasAnyRole('JGZ_PROFESSIONAL', 'JGZ_ASSISTANT')")
    @Transactional
    public void putBack(UUID sessionId, UUID scanId) {
        MassVaccinationSession session = sessions.notClosed(sessionId);
        Scan scan = scans.find(scanId)
                .filter(s -> s.sessionId().equals(sessionId) && s.counted() && s.removedReason() != null)
                .orElseThrow(() -> new SessionRefusedException(null, "mass.putBack.notRemoved"));
        if (session.isAwaitingClose()) {
            requireProfessional("mass.putBack.professionalOnly");
            Map<UUID, UUID> registered = registration.register(session, List.of(scan));
            scans.linkContactMoments(Map.of(scanId, registered.get(scan.dossierId())));
        }
        Instant now = clock.instant();
        if (scans.putBack(sessionId, scanId, Actor.name(), now) != 1) {
            throw new SessionRefusedException(null, "mass.putBack.notRemoved");
        }
        removals.recordPutBack(scanId, Actor.name(), now);
        if (scan.dossierId() != null) {
            audit.record(
                    AuditAction.DOSSIER_UPDATE, dossiers.get(scan.dossierId()).ref(), "put back in mass session");
        }
    }

    /** The last removal of each child of the session ever taken out (with who put it back, and when), by scan id. */
    @Transactional(readOnly = true)
    public Map<UUID, Removals.Removal> removals(UUID sessionId) {
        return removals.lastOfSession(sessionId);
    }

    /** A child's removals from sessions, newest first (for the dossier's history). */
    @Transactional(readOnly = true)
    public List<Removals.Removal> removalsOf(UUID dossierId) {
        return removals.ofDossier(dossierId);
    }

    private static void requireProfessional(String messageKey) {
        if (!Actor.hasRole("JGZ_PROFESSIONAL")) {
            throw new SessionRefusedException(null, messageKey);
        }
    }
}
