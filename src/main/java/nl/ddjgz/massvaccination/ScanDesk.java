package nl.ddjgz.massvaccination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.ddjgz.dossier.ChildData;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.ChildSummary;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.dossier.Gender;
import nl.ddjgz.dossier.InvalidChildDataException;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.ScannerAffixes;
import nl.ddjgz.vaccination.ContactMoments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scanning at the desks: a call card scanned (or a number typed), a child picked by name and birth date, a child
 * without BSN entered, an expected child's dossier opened from the list; the desk's recent scans and the session's
 * totals. What a scan comes to is decided by {@link ScanRules} and told by {@link ScanAnswer}. One transaction (and one
 * commit) per scan.
 */
@Service
public class ScanDesk {

    /** How many of a desk's own scans the desk page shows. */
    public static final int RECENT = 15;

    private final Sessions sessions;
    private final Scans scans;
    private final ExpectedChildren expected;
    private final Dossiers dossiers;
    private final ContactMoments contactMoments;
    private final ScanReader reader;
    private final ScanJudge judge;
    private final ShownChildren shown;
    private final Clock clock;

    ScanDesk(
            Sessions sessions,
            Scans scans,
            ExpectedChildren expected,
            Dossiers dossiers,
            ContactMoments contactMoments,
            ScannerAffixes scannerAffixes,
            ScanJudge judge,
            ShownChildren shown,
            Clock clock) {
        this.sessions = sessions;
        this.scans = scans;
        this.expected = expected;
        this.dossiers = dossiers;
        this.contactMoments = contactMoments;
        this.reader = new ScanReader(scannerAffixes);
        this.judge = judge;
        this.shown = shown;
        this.clock = clock;
    }

    /**
     * A scan at a desk (or a BSN typed by hand; an INSZ at a Belgian organisation). Idempotent on the scan id: a
     * re-sent scan gets the answer it got the first time. A BSN or INSZ counts once per session: a second scan, at any
     * desk and even at the same moment, is answered with when and where it was first scanned. An INSZ with wrong check
     * digits stores nothing.
     *
     * @param typed what the scanner typed (or the user)
     * @param manual typed by hand rather than scanned
     * @return the answer, or empty when nothing was scanned (a repeated Enter)
     */
    @PreAuthorize("hasAnyRole('JGZ_PROFESSIONAL', 'JGZ_ASSISTANT')")
    @Transactional
    public Optional<ScanAnswer> scan(UUID sessionId, UUID scanId, String desk, String typed, boolean manual) {
        return scanned(sessionId, scanId, desk, typed, manual).map(Scanned::answer);
    }

    /** A scan as {@link #scan}, with the session's totals after it when the statement that stored it read them. */
    private Optional<Scanned> scanned(UUID sessionId, UUID scanId, String desk, String typed, boolean manual) {
        IdentifierKind kind = sessions.identifierKind();
        ScanReader.Reading reading = reader.read(typed, kind);
        boolean number = reading.kind() == ScanReader.Kind.BSN || reading.kind() == ScanReader.Kind.INSZ;
        // the session shared with the other desks, a scan stored earlier under this id and the expected list: one read
        Scans.Start start = scans.start(sessionId, scanId, number ? reading.identifier() : null)
                .orElseThrow(() -> new nl.ddjgz.shared.NotFoundException("mass vaccination session"));
        if (start.earlier().isPresent()) {
            return Optional.of(new Scanned(answer(start.earlier().get(), null), null));
        }
        ScanSession session = start.session();
        if (reading.kind() == ScanReader.Kind.EMPTY) {
            return Optional.empty();
        }
        if (!session.open()) {
            return Optional.of(new Scanned(ScanAnswer.of(scanId, ScanOutcome.SESSION_CLOSED, false), null));
        }
        if (!number) {
            ScanOutcome outcome = ScanRules.unread(reading.kind());
            if (!ScanRules.stored(outcome)) {
                return Optional.of(new Scanned(ScanAnswer.of(scanId, outcome, false), null));
            }
            Optional<Scans.Totals> totals = scans.insertWithTotals(Scan.made(
                    scanId, sessionId, null, kind, null, outcome, manual, desk, Actor.name(), clock.instant()));
            return Optional.of(new Scanned(ScanAnswer.of(scanId, outcome, true), totals.orElse(null)));
        }
        Optional<ChildSummary> dossier = reading.insz() != null
                ? dossiers.findSummaryByInsz(reading.insz())
                : dossiers.findSummaryByBsn(reading.bsn());
        return Optional.of(register(
                session, scanId, desk, reading.identifier(), kind, dossier.orElse(null), manual, start.list()));
    }

    /** A scan's answer, and the session's totals after it (null: not read with the scan). */
    private record Scanned(ScanAnswer answer, Scans.Totals totals) {}

    /**
     * A scan as the desk's script sends it: the answer and the session's totals after it, read in the scan's own
     * transaction (one transaction and one commit per scan, as {@link #scan}).
     */
    @PreAuthorize("hasAnyRole('JGZ_PROFESSIONAL', 'JGZ_ASSISTANT')")
    @Transactional
    public DeskScan scanAtDesk(UUID sessionId, UUID scanId, String desk, String typed, boolean manual) {
        Optional<Scanned> scanned = scanned(sessionId, scanId, desk, typed, manual);
        Scans.Totals totals = scanned.map(Scanned::totals).orElse(null);
        return new DeskScan(scanned.map(Scanned::answer), totals != null ? totals : scans.totals(sessionId));
    }

    /** A desk scan's answer (empty when nothing was scanned) with the session's totals after it. */
    public record DeskScan(Optional<ScanAnswer> answer, Scans.Totals totals) {}

    /**
     * Manual entry of a child found by name and birth date: the same as scanning the child's BSN (INSZ at a Belgian
     * organisation). A Belgian organisation's child without INSZ is stored as not counted, so the professional sees on
     * the review page that the child cannot be sent to the register.
     */
    @PreAuthorize("hasAnyRole('JGZ_PROFESSIONAL', 'JGZ_ASSISTANT')")
    @Transactional
    public ScanAnswer scanDossier(UUID sessionId, UUID scanId, String desk, UUID dossierId) {
        return once(sessionId, scanId, session -> scanDossier(session, scanId, desk, dossiers.read(dossierId)));
    }

    private ScanAnswer scanDossier(ScanSession session, UUID scanId, String desk, ChildDossier dossier) {
        if (sessions.identifierKind() == IdentifierKind.INSZ) {
            if (!dossier.hasInsz()) {
                return picked(session, scanId, desk, IdentifierKind.INSZ, dossier, ScanOutcome.NO_INSZ);
            }
            return register(
                            session,
                            scanId,
                            desk,
                            dossier.getInsz().value(),
                            IdentifierKind.INSZ,
                            ChildSummary.of(dossier),
                            true,
                            null)
                    .answer();
        }
        if (!dossier.hasBsn()) {
            return registerWithoutBsn(session, scanId, desk, dossier);
        }
        return register(
                        session,
                        scanId,
                        desk,
                        dossier.getBsn().value(),
                        IdentifierKind.BSN,
                        ChildSummary.of(dossier),
                        true,
                        null)
                .answer();
    }

    /**
     * A child without BSN at the desk of an organisation that reports to Praeventis: entered by name, birth date and
     * sex, a dossier without BSN is opened (audited) and the child is registered in the session. The register cannot
     * receive it: the approval puts its registration on the RIVM form, and the session page lists it for that form.
     * Idempotent on the scan id.
     *
     * @throws SessionRefusedException for a Belgian organisation, or when the data cannot make a dossier
     */
    @PreAuthorize("hasAnyRole('JGZ_PROFESSIONAL', 'JGZ_ASSISTANT')")
    @Transactional
    public ScanAnswer registerWithoutBsn(UUID sessionId, UUID scanId, String desk, ChildWithoutBsn child) {
        return once(sessionId, scanId, session -> registerWithoutBsn(session, scanId, desk, child));
    }

    private ScanAnswer registerWithoutBsn(ScanSession session, UUID scanId, String desk, ChildWithoutBsn child) {
        if (sessions.identifierKind() != IdentifierKind.BSN) {
            throw new SessionRefusedException(null, "mass.noBsn.belgian");
        }
        ChildDossier dossier;
        try {
            dossier = dossiers.open(new ChildData(
                    null,
                    null,
                    child.givenNames(),
                    null,
                    child.familyName(),
                    child.birthDate(),
                    child.gender(),
                    null,
                    null,
                    false,
                    null));
        } catch (InvalidChildDataException e) {
            throw new SessionRefusedException(e.field(), e.messageKey());
        }
        return registerWithoutBsn(session, scanId, desk, dossier);
    }

    private ScanAnswer registerWithoutBsn(ScanSession session, UUID scanId, String desk, ChildDossier dossier) {
        boolean already = scans.ofSession(session.id()).stream()
                .anyMatch(s -> s.toRegister() && dossier.getId().equals(s.dossierId()));
        return picked(session, scanId, desk, IdentifierKind.BSN, dossier, ScanRules.withoutBsn(already));
    }

    /** A child picked or entered by hand whose dossier has no number of the kind: stored without one. */
    private ScanAnswer picked(
            ScanSession session,
            UUID scanId,
            String desk,
            IdentifierKind kind,
            ChildDossier dossier,
            ScanOutcome outcome) {
        Scan scan = Scan.made(
                scanId, session.id(), null, kind, dossier.getId(), outcome, true, desk, Actor.name(), clock.instant());
        scans.insert(scan);
        return answer(scan, ChildSummary.of(dossier));
    }

    /**
     * Registers a scanned or picked child in the session.
     *
     * @param list the expected list's check for this child, when read already with the session; null: read here
     */
    private Scanned register(
            ScanSession session,
            UUID scanId,
            String desk,
            String identifier,
            IdentifierKind kind,
            ChildSummary dossier,
            boolean manual,
            ExpectedChildren.ListCheck list) {
        UUID sessionId = session.id();
        ExpectedChildren.ListCheck checked = list != null ? list : expected.check(sessionId, identifier);
        if (dossier == null) {
            ScanOutcome outcome = ScanRules.withoutDossier(checked.expected());
            Scan scan = Scan.made(
                    scanId, sessionId, identifier, kind, null, outcome, manual, desk, Actor.name(), clock.instant());
            Optional<Scans.Totals> totals = scans.insertWithTotals(scan);
            return new Scanned(answer(scan, null), totals.orElse(null));
        }
        ScanRules.Verdict verdict = judge.judge(session, dossier, checked);
        Scan.Reason reason = verdict.vaccineType() == null
                ? null
                : new Scan.Reason(verdict.vaccineType(), verdict.dose(), verdict.date());
        Scan scan = Scan.made(
                        scanId,
                        sessionId,
                        identifier,
                        kind,
                        dossier.id(),
                        verdict.outcome(),
                        manual,
                        desk,
                        Actor.name(),
                        clock.instant())
                .withReason(reason);
        Optional<Scans.Totals> totals = scans.insertWithTotals(scan);
        if (totals.isPresent()) {
            return new Scanned(answer(scan, dossier), totals.get());
        }
        Optional<Scan> same = scans.find(scanId);
        if (same.isPresent()) {
            return new Scanned(answer(same.get(), dossier), null);
        }
        Scan duplicate = Scan.made(
                scanId,
                sessionId,
                identifier,
                kind,
                dossier.id(),
                ScanOutcome.DUPLICATE,
                manual,
                desk,
                Actor.name(),
                clock.instant());
        Optional<Scans.Totals> after = scans.insertWithTotals(duplicate);
        return new Scanned(answer(duplicate, dossier), after.orElse(null));
    }

    /**
     * The desk's one click for an expected child without a dossier: opens the dossier from the list's data and
     * registers the child in the session as if its card were scanned again (a new scan, same desk).
     *
     * @param noDossierScanId the scan that was answered "expected, no dossier here"
     * @throws SessionRefusedException when the list's data cannot make a dossier, or the scan is not such a scan
     */
    @PreAuthorize("hasAnyRole('JGZ_PROFESSIONAL', 'JGZ_ASSISTANT')")
    @Transactional
    public ScanAnswer openDossierAndRegister(UUID sessionId, UUID noDossierScanId, UUID newScanId, String desk) {
        ScanSession session = ScanSession.of(sessions.forShare(sessionId));
        if (!session.open()) {
            return ScanAnswer.of(newScanId, ScanOutcome.SESSION_CLOSED, false);
        }
        Scan scan = scans.find(noDossierScanId)
                .filter(s -> s.sessionId().equals(sessionId))
                .filter(s -> s.outcome() == ScanOutcome.EXPECTED_NO_DOSSIER)
                .orElseThrow(() -> new SessionRefusedException(null, "mass.openDossier.notExpected"));
        ExpectedChild child = expected.findByIdentifier(sessionId, scan.identifier())
                .orElseThrow(() -> new SessionRefusedException(null, "mass.openDossier.notExpected"));
        IdentifierKind kind = scan.identifierKind();
        Optional<ChildDossier> existing = kind == IdentifierKind.INSZ
                ? dossiers.findByInsz(Insz.of(child.identifier()))
                : dossiers.findByBsn(Bsn.of(child.identifier()));
        ChildDossier dossier = existing.orElseGet(() -> dossiers.open(child.dossierData()
                .orElseThrow(() -> new SessionRefusedException(null, "mass.openDossier.incomplete"))));
        return register(
                        session,
                        newScanId,
                        desk,
                        child.identifier(),
                        kind,
                        ChildSummary.of(dossier),
                        scan.manual(),
                        null)
                .answer();
    }

    /** The answer to a stored scan, told by {@link ScanAnswer#of} from the dossier, the list and the first scan. */
    private ScanAnswer answer(Scan scan, ChildSummary known) {
        ChildSummary dossier = known != null
                ? known
                : (scan.dossierId() == null ? null : ChildSummary.of(dossiers.get(scan.dossierId())));
        Scan first = scan.outcome() == ScanOutcome.DUPLICATE
                ? scans.countedOf(scan.sessionId(), scan.identifier()).orElse(scan)
                : null;
        ExpectedChild listed = scan.outcome() == ScanOutcome.EXPECTED_NO_DOSSIER
                ? expected.findByIdentifier(scan.sessionId(), scan.identifier()).orElse(null)
                : null;
        Scan.Reason reason = scan.reason();
        return ScanAnswer.of(
                scan, dossier, listed, first, reason == null ? null : contactMoments.vaccineName(reason.vaccineType()));
    }

    /** The children found by family name and birth date, for manual entry at the desk (audited search). */
    @Transactional
    public List<ChildDossier> findChildren(String familyName, LocalDate birthDate) {
        return dossiers.findByNameAndBirthDate(familyName, birthDate);
    }

    /** A desk's own recent scans, newest first, with the answers they got (one audit line per child shown). */
    @Transactional
    public List<ScanAnswer> recentAtDesk(UUID sessionId, String desk) {
        List<Scan> recent = scans.recentAtDesk(sessionId, desk, RECENT);
        Map<UUID, ChildDossier> children = shown.dossiersOf(recent);
        shown.recordShown(children.values().stream().map(ChildDossier::ref).toList(), "mass session desk " + desk);
        return recent.stream()
                .map(s -> answer(
                        s,
                        s.dossierId() == null || children.get(s.dossierId()) == null
                                ? null
                                : ChildSummary.of(children.get(s.dossierId()))))
                .toList();
    }

    @Transactional(readOnly = true)
    public Scans.Totals totals(UUID sessionId) {
        return scans.totals(sessionId);
    }

    /**
     * A scan made once: a re-sent scan gets the answer it got the first time, a closed session the answer that it is
     * closed; otherwise the scan is made in the session, its row shared with the other desks.
     */
    private ScanAnswer once(UUID sessionId, UUID scanId, Function<ScanSession, ScanAnswer> make) {
        Optional<Scan> earlier = scans.find(scanId);
        if (earlier.isPresent()) {
            return answer(earlier.get(), null);
        }
        ScanSession session = ScanSession.of(sessions.forShare(sessionId));
        if (!session.open()) {
            return ScanAnswer.of(scanId, ScanOutcome.SESSION_CLOSED, false);
        }
        return make.apply(session);
    }

    /** A child without BSN as the desk enters it. */
    public record ChildWithoutBsn(String familyName, String givenNames, LocalDate birthDate, Gender gender) {}
}
