package nl.ddjgz.massvaccination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.batch.BatchCheck;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.schedule.GivenVaccination;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.NotFoundException;
import nl.ddjgz.vaccination.ContactMoments;
import nl.ddjgz.vaccination.RegistrationRefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mass vaccination use cases: set up a session, fill the expected list, scan at the desks, take a child out,
 * approve the whole session in one transaction, and compare vaccinated with expected. One transaction per action.
 */
@Service
public class MassVaccinations {

    /** How many of a desk's own scans the desk page shows. */
    public static final int RECENT = 15;

    private final MassVaccinationSessionRepository sessions;
    private final Scans scans;
    private final ExpectedChildren expected;
    private final Dossiers dossiers;
    private final BatchNumbers batchNumbers;
    private final ContactMoments contactMoments;
    private final AuditTrail audit;
    private final ScanReader reader;
    private final Clock clock;

    MassVaccinations(
            MassVaccinationSessionRepository sessions,
            Scans scans,
            ExpectedChildren expected,
            Dossiers dossiers,
            BatchNumbers batchNumbers,
            ContactMoments contactMoments,
            AuditTrail audit,
            @Value("${ddjgz.massvaccination.scanner.prefix:}") String scannerPrefix,
            @Value("${ddjgz.massvaccination.scanner.suffix:}") String scannerSuffix,
            Clock clock) {
        this.sessions = sessions;
        this.scans = scans;
        this.expected = expected;
        this.dossiers = dossiers;
        this.batchNumbers = batchNumbers;
        this.contactMoments = contactMoments;
        this.audit = audit;
        this.reader = new ScanReader(scannerPrefix, scannerSuffix);
        this.clock = clock;
    }

    /**
     * Sets up a session: every vaccine type's batch is checked against the register's list on the session date with
     * the picker rules (rules.md §5).
     *
     * @throws SessionRefusedException when a batch is expired, of another type, unknown without "overig" confirmed,
     *     or without expiry unless the vial was checked
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public MassVaccinationSession setUp(Setup setup) {
        List<SessionVaccine> vaccines = new ArrayList<>();
        int slot = 0;
        for (Setup.Vaccine v : setup.vaccines()) {
            slot++;
            String field = "batch" + slot;
            if (v.batchNumber() == null || v.batchNumber().isBlank()) {
                throw new SessionRefusedException(field, "batch.required");
            }
            BatchCheck check = batchNumbers.check(v.vaccineType(), v.batchNumber(), setup.date());
            switch (check.outcome()) {
                case VALID -> vaccines.add(fromList(v.vaccineType(), check));
                case EXPIRY_UNKNOWN -> {
                    if (!setup.confirmExpiryChecked()) {
                        throw new SessionRefusedException(field, "batch.expiryUnknown.confirm");
                    }
                    vaccines.add(fromList(v.vaccineType(), check));
                }
                case EXPIRED ->
                    throw new SessionRefusedException(
                            field, "batch.expired", check.entry().expiry());
                case OTHER_TYPE ->
                    throw new SessionRefusedException(
                            field,
                            "batch.otherType",
                            contactMoments.vaccineName(check.entry().vaccineTypeCode()));
                case UNKNOWN -> {
                    if (!setup.confirmOther()) {
                        throw new SessionRefusedException(field, "batch.unknown.confirm");
                    }
                    vaccines.add(new SessionVaccine(v.vaccineType(), check.batchNumber(), null, false, null));
                }
            }
        }
        MassVaccinationSession session = MassVaccinationSession.setUp(
                setup.date(), setup.locationId(), setup.mode(), vaccines, Actor.name(), clock);
        return sessions.save(session);
    }

    private static SessionVaccine fromList(String type, BatchCheck check) {
        return new SessionVaccine(
                type,
                check.entry().batchNumber(),
                check.entry().expiry(),
                true,
                check.entry().productName());
    }

    @Transactional(readOnly = true)
    public MassVaccinationSession get(UUID id) {
        return sessions.findById(id).orElseThrow(() -> new NotFoundException("mass vaccination session"));
    }

    @Transactional(readOnly = true)
    public List<MassVaccinationSession> recent() {
        return sessions.recent();
    }

    /**
     * Adds the children of our dossiers born in this year (with a BSN) to the expected list.
     *
     * @return how many were added (children already on the list are skipped)
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public int addCohort(UUID sessionId, int birthYear) {
        open(sessionId);
        List<ExpectedChild> children =
                dossiers.findBornBetween(LocalDate.of(birthYear, 1, 1), LocalDate.of(birthYear, 12, 31)).stream()
                        .filter(ChildDossier::hasBsn)
                        .map(d -> new ExpectedChild(
                                UUID.randomUUID(),
                                sessionId,
                                d.getBsn().value(),
                                (d.getNamePrefix() == null ? "" : d.getNamePrefix() + " ") + d.getFamilyName(),
                                d.getGivenNames(),
                                d.getBirthDate(),
                                "COHORT"))
                        .toList();
        return expected.add(sessionId, children, null, true);
    }

    /**
     * Reads an expected list and stores what it accepts, unconfirmed: it counts only after {@link #confirmImport}.
     * A file refused as a whole stores nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public ImportPreview previewImport(UUID sessionId, byte[] content) {
        open(sessionId);
        ExpectedListCsv.Result result = ExpectedListCsv.read(content, expected.bsns(sessionId));
        UUID importId = UUID.randomUUID();
        if (result.fileError() == null && !result.accepted().isEmpty()) {
            expected.add(
                    sessionId,
                    result.accepted().stream()
                            .map(r -> new ExpectedChild(
                                    UUID.randomUUID(),
                                    sessionId,
                                    r.bsn().value(),
                                    r.familyName(),
                                    r.givenNames(),
                                    r.birthDate(),
                                    "CSV"))
                            .toList(),
                    importId,
                    false);
        }
        return new ImportPreview(importId, result);
    }

    /** Confirms an import: its children join the expected list. Returns how many. */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public int confirmImport(UUID sessionId, UUID importId) {
        open(sessionId);
        return expected.confirm(sessionId, importId);
    }

    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public void discardImport(UUID sessionId, UUID importId) {
        expected.discard(sessionId, importId);
    }

    @Transactional(readOnly = true)
    public List<ExpectedChild> expectedChildren(UUID sessionId) {
        return expected.confirmed(sessionId);
    }

    @Transactional(readOnly = true)
    public ExpectedChild expectedChild(UUID sessionId, UUID id) {
        return expected.find(sessionId, id).orElseThrow(() -> new NotFoundException("expected child"));
    }

    /**
     * A scan at a desk (or a BSN typed by hand). Idempotent on the scan id: a re-sent scan gets the answer it got the
     * first time. A BSN counts once per session: a second scan, at any desk and even at the same moment, is answered
     * with when and where it was first scanned.
     *
     * @param typed what the scanner typed (or the user)
     * @param manual typed by hand rather than scanned
     * @return the answer, or empty when nothing was scanned (a repeated Enter)
     */
    @Transactional
    public Optional<ScanAnswer> scan(UUID sessionId, UUID scanId, String desk, String typed, boolean manual) {
        Optional<Scan> earlier = scans.find(scanId);
        if (earlier.isPresent()) {
            return Optional.of(answer(earlier.get(), null));
        }
        MassVaccinationSession session = sessions.findByIdForShare(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
        ScanReader.Reading reading = reader.read(typed);
        if (reading.kind() == ScanReader.Kind.EMPTY) {
            return Optional.empty();
        }
        if (!session.isOpen()) {
            return Optional.of(ScanAnswer.of(scanId, ScanOutcome.SESSION_CLOSED, false));
        }
        if (reading.kind() != ScanReader.Kind.BSN) {
            ScanOutcome outcome =
                    reading.kind() == ScanReader.Kind.INVALID_BSN ? ScanOutcome.INVALID_BSN : ScanOutcome.NOT_A_BSN;
            scans.insert(newScan(scanId, sessionId, null, null, outcome, manual, desk));
            return Optional.of(ScanAnswer.of(scanId, outcome, true));
        }
        Optional<ChildDossier> dossier = dossiers.findByBsn(reading.bsn());
        return Optional.of(register(session, scanId, desk, reading.bsn(), dossier.orElse(null), manual));
    }

    /** Manual entry of a child found by name and birth date: the same as scanning the child's BSN. */
    @Transactional
    public ScanAnswer scanDossier(UUID sessionId, UUID scanId, String desk, UUID dossierId) {
        Optional<Scan> earlier = scans.find(scanId);
        if (earlier.isPresent()) {
            return answer(earlier.get(), null);
        }
        MassVaccinationSession session = sessions.findByIdForShare(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
        if (!session.isOpen()) {
            return ScanAnswer.of(scanId, ScanOutcome.SESSION_CLOSED, false);
        }
        ChildDossier dossier = dossiers.read(dossierId);
        if (!dossier.hasBsn()) {
            return new ScanAnswer(
                    scanId,
                    ScanOutcome.NO_BSN,
                    dossier.fullName(),
                    dossier.getBirthDate(),
                    null,
                    null,
                    null,
                    dossier.getId(),
                    false);
        }
        return register(session, scanId, desk, dossier.getBsn(), dossier, true);
    }

    private ScanAnswer register(
            MassVaccinationSession session, UUID scanId, String desk, Bsn bsn, ChildDossier dossier, boolean manual) {
        UUID sessionId = session.getId();
        if (dossier == null) {
            Scan scan = newScan(scanId, sessionId, bsn.value(), null, ScanOutcome.NO_DOSSIER, manual, desk);
            scans.insert(scan);
            return answer(scan, null);
        }
        ScanOutcome outcome = !expected.hasList(sessionId) || expected.isExpected(sessionId, bsn.value())
                ? ScanOutcome.EXPECTED
                : ScanOutcome.NOT_EXPECTED;
        String vaccineDetail = null;
        Set<String> types = session.getVaccines().stream()
                .map(SessionVaccine::getVaccineType)
                .collect(Collectors.toSet());
        Optional<GivenVaccination> had = contactMoments.given(dossier.getId()).stream()
                .filter(g -> types.contains(g.vaccineTypeCode()))
                .max(Comparator.comparing(GivenVaccination::date));
        if (had.isPresent()) {
            outcome = ScanOutcome.ALREADY_HAS_VACCINE;
            vaccineDetail = contactMoments.vaccineName(had.get().vaccineTypeCode());
        }
        Scan scan = newScan(scanId, sessionId, bsn.value(), dossier.getId(), outcome, manual, desk);
        if (scans.insert(scan)) {
            return answer(
                    scan,
                    dossier,
                    vaccineDetail,
                    had.map(GivenVaccination::date).orElse(null));
        }
        Optional<Scan> same = scans.find(scanId);
        if (same.isPresent()) {
            return answer(same.get(), dossier);
        }
        Scan duplicate = newScan(scanId, sessionId, bsn.value(), dossier.getId(), ScanOutcome.DUPLICATE, manual, desk);
        scans.insert(duplicate);
        return answer(duplicate, dossier);
    }

    private Scan newScan(
            UUID id, UUID sessionId, String bsn, UUID dossierId, ScanOutcome outcome, boolean manual, String desk) {
        return new Scan(
                id,
                sessionId,
                bsn,
                dossierId,
                outcome,
                outcome.counted(),
                manual,
                desk,
                Actor.name(),
                clock.instant(),
                null,
                null);
    }

    private ScanAnswer answer(Scan scan, ChildDossier known) {
        return answer(scan, known, null, null);
    }

    private ScanAnswer answer(Scan scan, ChildDossier known, String vaccineName, LocalDate hadOn) {
        ChildDossier dossier =
                known != null ? known : (scan.dossierId() == null ? null : dossiers.get(scan.dossierId()));
        Scan first = scan.outcome() == ScanOutcome.DUPLICATE
                ? scans.countedOf(scan.sessionId(), scan.bsn()).orElse(scan)
                : null;
        return new ScanAnswer(
                scan.id(),
                scan.outcome(),
                dossier == null ? null : dossier.fullName(),
                dossier == null ? null : dossier.getBirthDate(),
                first == null ? null : first.scannedAt(),
                first == null ? null : first.desk(),
                vaccineName == null ? null : vaccineName + (hadOn == null ? "" : " " + hadOn),
                dossier == null ? null : dossier.getId(),
                true);
    }

    /** The children found by family name and birth date, for manual entry at the desk (audited search). */
    @Transactional
    public List<ChildDossier> findChildren(String familyName, LocalDate birthDate) {
        return dossiers.findByNameAndBirthDate(familyName, birthDate);
    }

    /** A desk's own recent scans, newest first, with the answers they got. */
    @Transactional(readOnly = true)
    public List<ScanAnswer> recentAtDesk(UUID sessionId, String desk) {
        List<Scan> recent = scans.recentAtDesk(sessionId, desk, RECENT);
        Map<UUID, ChildDossier> children = dossiers
                .getAll(recent.stream()
                        .map(Scan::dossierId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(ChildDossier::getId, Function.identity()));
        return recent.stream()
                .map(s -> answer(s, s.dossierId() == null ? null : children.get(s.dossierId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Scans.Totals totals(UUID sessionId) {
        return scans.totals(sessionId);
    }

    /**
     * Takes a scanned child out of the session before approval: not vaccinated after all (absent, refused on the
     * day, ill). Recorded here as a postponement; never an objection.
     */
    @Transactional
    public void remove(UUID sessionId, UUID scanId, RemovalReason reason) {
        if (reason == null) {
            throw new SessionRefusedException("reason", "mass.remove.reason.required");
        }
        open(sessionId);
        if (scans.remove(sessionId, scanId, reason, Actor.name(), clock.instant()) != 1) {
            throw new SessionRefusedException(null, "mass.remove.notInSession");
        }
    }

    /** Everything the review, the print page and the CSV need: who was seen, who was expected, the exceptions. */
    @Transactional(readOnly = true)
    public Overview overview(UUID sessionId) {
        MassVaccinationSession session = get(sessionId);
        List<ScanLine> all = lines(scans.ofSession(sessionId));
        List<ExpectedChild> expectedList = expected.confirmed(sessionId);
        Set<String> seen = new HashSet<>();
        all.stream()
                .filter(l -> l.scan().toRegister())
                .forEach(l -> seen.add(l.scan().bsn()));
        List<ExpectedChild> notSeen =
                expectedList.stream().filter(e -> !seen.contains(e.bsn())).toList();
        return new Overview(session, all, expectedList, notSeen, scans.totals(sessionId));
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
        return approve(sessionId, null);
    }

    /**
     * Approves the session as the review page showed it.
     *
     * @param expected how many children the review page listed; when scans were added or removed since, the
     *     approval is refused so the professional approves what they saw (null: no check)
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public int approve(UUID sessionId, Integer expected) {
        MassVaccinationSession session = sessions.findByIdForUpdate(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
        List<Scan> toRegister =
                scans.ofSession(sessionId).stream().filter(Scan::toRegister).toList();
        if (expected != null && expected != toRegister.size()) {
            throw new SessionRefusedException(null, "mass.approve.changed");
        }
        session.approve(Actor.name(), clock);
        List<UUID> children = toRegister.stream().map(Scan::dossierId).toList();
        if (children.isEmpty()) {
            throw new SessionRefusedException(null, "mass.approve.nobody");
        }
        Map<UUID, UUID> registered = contactMoments.approveSession(new ContactMoments.SessionApproval(
                session.getSessionDate(),
                session.getLocationId(),
                session.getVaccines().stream()
                        .map(v -> new ContactMoments.SessionVaccine(
                                v.getVaccineType(),
                                v.getBatchNumber(),
                                v.getBatchExpiry(),
                                v.isBatchChecked(),
                                v.getProductName()))
                        .toList(),
                children));
        Map<UUID, UUID> byScan = new LinkedHashMap<>();
        toRegister.forEach(scan -> byScan.put(scan.id(), registered.get(scan.dossierId())));
        scans.linkContactMoments(byScan);
        return registered.size();
    }

    /** Records that the vaccinated-versus-expected list (with BSNs) was printed or downloaded. */
    @Transactional
    public void listPrinted(UUID sessionId, int rows) {
        audit.record(AuditAction.DOSSIER_SEARCH, null, "mass session list printed: " + rows + " rows");
    }

    private Optional<MassVaccinationSession> open(UUID sessionId) {
        MassVaccinationSession session = sessions.findByIdForShare(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
        session.requireOpen();
        return Optional.of(session);
    }

    private List<ScanLine> lines(List<Scan> list) {
        Map<UUID, ChildDossier> children = dossiers
                .getAll(list.stream()
                        .map(Scan::dossierId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(ChildDossier::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return list.stream()
                .map(s -> {
                    ChildDossier d = s.dossierId() == null ? null : children.get(s.dossierId());
                    return new ScanLine(s, d == null ? null : d.fullName(), d == null ? null : d.getBirthDate());
                })
                .toList();
    }

    /** What a session is set up with. */
    public record Setup(
            LocalDate date,
            Long locationId,
            SessionMode mode,
            List<Vaccine> vaccines,
            boolean confirmOther,
            boolean confirmExpiryChecked) {

        /** A vaccine type of the day with the batch number typed, picked or scanned for it. */
        public record Vaccine(String vaccineType, String batchNumber) {}
    }

    /** An import waiting for confirmation, with what was refused line by line. */
    public record ImportPreview(UUID importId, ExpectedListCsv.Result result) {}

    /** A scan with the child's name and birth date (when a dossier was found). */
    public record ScanLine(Scan scan, String childName, LocalDate birthDate) {}

    /**
     * A session's state for review and print.
     *
     * @param notSeen expected children who were not scanned (or were taken out)
     */
    public record Overview(
            MassVaccinationSession session,
            List<ScanLine> scans,
            List<ExpectedChild> expected,
            List<ExpectedChild> notSeen,
            Scans.Totals totals) {

        /** The children to be registered (or registered, after approval). */
        public List<ScanLine> vaccinated() {
            return scans.stream().filter(l -> l.scan().toRegister()).toList();
        }

        /** Registered children who were not on the expected list, or had the vaccine before. */
        public List<ScanLine> exceptions() {
            return vaccinated().stream()
                    .filter(l -> l.scan().outcome() != ScanOutcome.EXPECTED
                            || l.scan().manual())
                    .toList();
        }

        /** Scans that did not count: duplicates refused, invalid, no dossier here. */
        public List<ScanLine> refused() {
            return scans.stream().filter(l -> !l.scan().counted()).toList();
        }

        public List<ScanLine> removed() {
            return scans.stream()
                    .filter(l -> l.scan().counted() && l.scan().removedReason() != null)
                    .toList();
        }
    }
}
