package nl.ddjgz.massvaccination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import nl.ddjgz.batch.BatchListInfo;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.batch.OtherNumberCheck;
import nl.ddjgz.dossier.Address;
import nl.ddjgz.dossier.ChildData;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.dossier.Gender;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.praeventis.CallLists;
import nl.ddjgz.registry.GroupFileExport;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.VaccineCode;
import nl.ddjgz.registry.VaccineCodes;
import nl.ddjgz.schedule.ChildFacts;
import nl.ddjgz.schedule.DueVaccination;
import nl.ddjgz.schedule.GivenVaccination;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.shared.NotFoundException;
import nl.ddjgz.shared.ScannerAffixes;
import nl.ddjgz.vaccination.ContactMoments;
import nl.ddjgz.vaccination.RegistrationRefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
    private final OrganisationSettings organisation;
    private final VaccineCodes vaccineCodes;
    private final Outbox outbox;
    private final GroupFiles groupFiles;
    private final GroupFileExport groupFileWriter;
    private final int importMaxRows;
    private final Removals removals;
    private final MessageSource messages;
    private final VaccinationSchedule schedule;
    private final CallLists callLists;
    private final DeskSettings deskSettings;
    private final Clock clock;

    MassVaccinations(
            MassVaccinationSessionRepository sessions,
            Scans scans,
            ExpectedChildren expected,
            Dossiers dossiers,
            BatchNumbers batchNumbers,
            ContactMoments contactMoments,
            AuditTrail audit,
            ScannerAffixes scannerAffixes,
            OrganisationSettings organisation,
            VaccineCodes vaccineCodes,
            Outbox outbox,
            GroupFiles groupFiles,
            GroupFileExport groupFileWriter,
            @Value("${ddjgz.massvaccination.import-max-rows:5000}") int importMaxRows,
            Removals removals,
            MessageSource messages,
            VaccinationSchedule schedule,
            CallLists callLists,
            DeskSettings deskSettings,
            Clock clock) {
        this.sessions = sessions;
        this.scans = scans;
        this.expected = expected;
        this.dossiers = dossiers;
        this.batchNumbers = batchNumbers;
        this.contactMoments = contactMoments;
        this.audit = audit;
        this.reader = new ScanReader(scannerAffixes);
        this.organisation = organisation;
        this.vaccineCodes = vaccineCodes;
        this.outbox = outbox;
        this.groupFiles = groupFiles;
        this.groupFileWriter = groupFileWriter;
        this.importMaxRows = importMaxRows;
        this.removals = removals;
        this.messages = messages;
        this.schedule = schedule;
        this.callLists = callLists;
        this.deskSettings = deskSettings;
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
            DeskSetting.Lot lot = checkedLot(
                    "batch" + slot,
                    v.vaccineType(),
                    v.batchNumber(),
                    v.packExpiry(),
                    setup.date(),
                    setup.confirmOther(),
                    setup.confirmExpiryChecked(),
                    setup.confirmOutsideListValidity());
            vaccines.add(new SessionVaccine(
                    lot.vaccineType(), lot.batchNumber(), lot.expiry(), lot.checked(), lot.productName()));
        }
        MassVaccinationSession session = MassVaccinationSession.setUp(
                setup.date(), setup.locationId(), setup.mode(), vaccines, Actor.name(), clock);
        return sessions.save(session);
    }

    /**
     * A batch checked for a vaccine type on the session date with the picker rules (rules.md §5): the register's
     * list, its expiry, and for "overig" what {@link OtherNumberCheck} can still check (the scanned pack's expiry, the
     * list's validity period).
     *
     * @param field the form field a refusal belongs to
     * @param packExpiry the expiry a scanned GS1 pack carries, or null (typed)
     */
    private DeskSetting.Lot checkedLot(
            String field,
            String vaccineType,
            String batchNumber,
            LocalDate packExpiry,
            LocalDate date,
            boolean confirmOther,
            boolean confirmExpiryChecked,
            boolean confirmOutsideListValidity) {
        if (batchNumber == null || batchNumber.isBlank()) {
            throw new SessionRefusedException(field, "batch.required");
        }
        BatchCheck check = batchNumbers.check(vaccineType, batchNumber, date);
        return switch (check.outcome()) {
            case VALID -> fromList(vaccineType, check);
            case EXPIRY_UNKNOWN -> {
                if (!confirmExpiryChecked) {
                    throw new SessionRefusedException(field, "batch.expiryUnknown.confirm");
                }
                yield fromList(vaccineType, check);
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
                BatchListInfo list = batchNumbers.currentList().orElse(null);
                OtherNumberCheck other = OtherNumberCheck.of(date, packExpiry, list);
                if (other == OtherNumberCheck.PACK_EXPIRED) {
                    throw new SessionRefusedException(field, "batch.other.packExpired", packExpiry);
                }
                if (!confirmOther) {
                    throw new SessionRefusedException(field, "batch.unknown.confirm");
                }
                if (other == OtherNumberCheck.OUTSIDE_LIST_VALIDITY && !confirmOutsideListValidity) {
                    throw new SessionRefusedException(
                            field,
                            "batch.other.outsideListValidity",
                            list.validFrom() == null ? "-" : list.validFrom().toLocalDate(),
                            list.validTo() == null ? "-" : list.validTo().toLocalDate(),
                            date);
                }
                yield new DeskSetting.Lot(vaccineType, check.batchNumber(), packExpiry, false, null);
            }
        };
    }

    private static DeskSetting.Lot fromList(String type, BatchCheck check) {
        return new DeskSetting.Lot(
                type,
                check.entry().batchNumber(),
                check.entry().expiry(),
                true,
                check.entry().productName());
    }

    /**
     * A professional switches the lot of a vaccine type at a desk during the session (a lot ran out): checked as at
     * set-up, on the session date. Every scan at the desk from now on carries the new lot; the scans before keep
     * theirs. Who switched and when is kept.
     *
     * @throws SessionRefusedException when the session is approved, the type is not one of the session, or the
     *     batch is refused
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public DeskSetting switchLot(UUID sessionId, String desk, LotSwitch lotSwitch) {
        MassVaccinationSession session = sessions.findByIdForUpdate(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
        session.requireOpen();
        DeskSetting current = deskSetting(session, desk);
        if (current.lot(lotSwitch.vaccineType()).isEmpty()) {
            throw new SessionRefusedException("vaccineType", "mass.lot.notInSession");
        }
        DeskSetting.Lot lot = checkedLot(
                "batch",
                lotSwitch.vaccineType(),
                lotSwitch.batchNumber(),
                lotSwitch.packExpiry(),
                session.getSessionDate(),
                lotSwitch.confirmOther(),
                lotSwitch.confirmExpiryChecked(),
                lotSwitch.confirmOutsideListValidity());
        DeskSetting next = current.withLot(lot, Actor.name(), clock.instant());
        deskSettings.insert(next);
        return next;
    }

    /**
     * The vaccinator who works at a desk from now on (and the injection site, where the desk knows it): every scan
     * at the desk from now on carries them, and the child's registration names the vaccinator apart from the
     * professional who approves.
     *
     * @throws SessionRefusedException when the session is approved, or the name is longer than 100 characters
     */
    @Transactional
    @PreAuthorize("hasAnyRole('JGZ_PROFESSIONAL', 'JGZ_ASSISTANT')")
    public DeskSetting setVaccinator(
            UUID sessionId, String desk, String vaccinator, nl.ddjgz.vaccination.InjectionSite site) {
        MassVaccinationSession session = sessions.findByIdForUpdate(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
        session.requireOpen();
        String name = vaccinator == null || vaccinator.isBlank() ? null : vaccinator.strip();
        if (name != null && name.length() > 100) {
            throw new SessionRefusedException("vaccinator", "vaccination.vaccinator.tooLong");
        }
        DeskSetting next = deskSetting(session, desk).withVaccinator(name, site, Actor.name(), clock.instant());
        deskSettings.insert(next);
        return next;
    }

    /** The name of a vaccine type. */
    public String vaccineName(String code) {
        return contactMoments.vaccineName(code);
    }

    /** What a desk works with now: its last setting, or the session's preset lots. */
    @Transactional(readOnly = true)
    public DeskSetting deskSetting(UUID sessionId, String desk) {
        return deskSetting(get(sessionId), desk);
    }

    private DeskSetting deskSetting(MassVaccinationSession session, String desk) {
        return deskSettings.current(session.getId(), desk).orElseGet(() -> DeskSetting.preset(session, desk));
    }

    /** Every change at the session's desks (lot switched, vaccinator), first first: who, what, when. */
    @Transactional(readOnly = true)
    public List<DeskSetting> deskChanges(UUID sessionId) {
        return List.copyOf(deskSettings.ofSession(sessionId).values());
    }

    /** The number the organisation identifies children by: the one its register identifies them by. */
    public IdentifierKind identifierKind() {
        return IdentifierKind.valueOf(outbox.profile().identifierKind().name());
    }

    /** Whether the organisation's register takes a group file of a session (Vaccinnet's CSV group upload). */
    public boolean offersGroupFile() {
        return outbox.profile().offersGroupFile();
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
     * Adds the children of our dossiers born in this year (with a BSN; with an INSZ for a Belgian organisation) to the
     * expected list.
     *
     * @return how many were added (children already on the list are skipped)
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public int addCohort(UUID sessionId, int birthYear) {
        open(sessionId);
        IdentifierKind kind = identifierKind();
        List<ExpectedChild> children =
                dossiers.findBornBetween(LocalDate.of(birthYear, 1, 1), LocalDate.of(birthYear, 12, 31)).stream()
                        .filter(d -> kind == IdentifierKind.INSZ ? d.hasInsz() : d.hasBsn())
                        .map(d -> new ExpectedChild(
                                UUID.randomUUID(),
                                sessionId,
                                kind == IdentifierKind.INSZ
                                        ? d.getInsz().value()
                                        : d.getBsn().value(),
                                kind,
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
        ExpectedListCsv.Result result = ExpectedListCsv.read(
                content, expected.identifiers(sessionId), identifierKind(), importMaxRows, LocalDate.now(clock));
        UUID importId = UUID.randomUUID();
        if (result.fileError() == null && !result.accepted().isEmpty()) {
            expected.add(
                    sessionId,
                    result.accepted().stream()
                            .map(r -> new ExpectedChild(
                                    UUID.randomUUID(),
                                    sessionId,
                                    r.identifier(),
                                    r.identifierKind(),
                                    r.familyName(),
                                    r.givenNames(),
                                    r.birthDate(),
                                    "CSV"))
                            .toList(),
                    importId,
                    false);
        }
        int withoutDossier = 0;
        if (result.fileError() == null && !result.accepted().isEmpty()) {
            List<String> numbers = result.accepted().stream()
                    .map(ExpectedListCsv.Row::identifier)
                    .toList();
            Set<String> known = identifierKind() == IdentifierKind.INSZ
                    ? dossiers.withDossierByInsz(numbers)
                    : dossiers.withDossierByBsn(numbers);
            withoutDossier =
                    (int) numbers.stream().filter(n -> !known.contains(n)).count();
        }
        return new ImportPreview(importId, result, withoutDossier);
    }

    /**
     * Makes the session's expected list from a call list Praeventis sent (one action, audited): every child on it with
     * a BSN joins the list at once, with the list's name, birth date, gender and address (to open a dossier from). A
     * child already on the list is skipped; a child without BSN (only an RIVM number) cannot be scanned and is counted.
     *
     * @throws SessionRefusedException when the session is approved, or the organisation identifies children by INSZ
     * @throws NotFoundException when there is no such call list
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public CallListImport addCallList(UUID sessionId, UUID callListId) {
        open(sessionId);
        if (identifierKind() != IdentifierKind.BSN) {
            throw new SessionRefusedException(null, "mass.callList.belgian");
        }
        CallLists.ReceivedList list = callLists.list(callListId).orElseThrow(() -> new NotFoundException("call list"));
        List<CallLists.CalledChild> called = callLists.children(callListId);
        List<ExpectedChild> children = called.stream()
                .filter(c -> c.bsn() != null)
                .map(c -> new ExpectedChild(
                        UUID.randomUUID(),
                        sessionId,
                        c.bsn(),
                        IdentifierKind.BSN,
                        c.familyName() == null ? "?" : c.familyName(),
                        c.givenNames(),
                        c.birthDate(),
                        "CALL",
                        new ExpectedChild.Listed(
                                c.namePrefix(),
                                c.gender(),
                                c.street(),
                                c.houseNumber(),
                                c.houseNumberSuffix(),
                                c.postcode(),
                                c.city())))
                .toList();
        int added = expected.add(sessionId, children, null, true, callListId);
        audit.record(
                AuditAction.EXPECTED_LIST_FROM_CALL_LIST,
                null,
                "call list of " + list.children() + " children: " + added + " added to the expected list");
        return new CallListImport(
                added,
                called.size() - children.size(),
                missingDossiers(sessionId).size());
    }

    /** The call lists Praeventis sent, newest first (campaign, vaccine types, number of children). */
    @Transactional(readOnly = true)
    public List<CallLists.ReceivedList> callLists() {
        return callLists.lists();
    }

    /**
     * The children on the session's expected list who have no dossier here (by BSN, or INSZ for a Belgian
     * organisation), in the list's order. One audit line for the look-up.
     */
    @Transactional
    public List<ExpectedChild> missingDossiers(UUID sessionId) {
        List<ExpectedChild> list = expected.confirmed(sessionId);
        if (list.isEmpty()) {
            return List.of();
        }
        List<String> numbers = list.stream().map(ExpectedChild::identifier).toList();
        Set<String> known = identifierKind() == IdentifierKind.INSZ
                ? dossiers.withDossierByInsz(numbers)
                : dossiers.withDossierByBsn(numbers);
        return list.stream().filter(e -> !known.contains(e.identifier())).toList();
    }

    /**
     * Opens a dossier for every expected child without one here, from the list's data (name, birth date, and from a
     * call list gender and address), in one transaction and audited (each dossier's creation, and one line for the
     * action). A child whose list data cannot make a dossier (no given names, for instance) is left for the
     * professional and counted.
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public OpenedDossiers openMissingDossiers(UUID sessionId) {
        open(sessionId);
        int opened = 0;
        List<ExpectedChild> left = new ArrayList<>();
        for (ExpectedChild child : missingDossiers(sessionId)) {
            Optional<ChildData> data = dossierData(child);
            if (data.isEmpty()) {
                left.add(child);
                continue;
            }
            dossiers.open(data.get());
            opened++;
        }
        audit.record(
                AuditAction.DOSSIERS_OPENED_FROM_LIST,
                null,
                "mass session expected list: " + opened + " dossiers opened, " + left.size() + " left");
        return new OpenedDossiers(opened, left);
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
        MassVaccinationSession session = sessions.findByIdForShare(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
        if (!session.isOpen()) {
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
                ? dossiers.findByInsz(nl.ddjgz.shared.Insz.of(child.identifier()))
                : dossiers.findByBsn(nl.ddjgz.shared.Bsn.of(child.identifier()));
        ChildDossier dossier = existing.orElseGet(() -> dossiers.open(dossierData(child)
                .orElseThrow(() -> new SessionRefusedException(null, "mass.openDossier.incomplete"))));
        return register(session, newScanId, desk, child.identifier(), kind, dossier, scan.manual());
    }

    private Optional<ChildData> dossierData(ExpectedChild child) {
        if (child.givenNames() == null || child.givenNames().isBlank()) {
            return Optional.empty();
        }
        ExpectedChild.Listed l = child.listed() == null ? ExpectedChild.Listed.NONE : child.listed();
        Gender gender;
        try {
            gender = l.gender() == null ? Gender.UN : Gender.valueOf(l.gender());
        } catch (IllegalArgumentException e) {
            gender = Gender.UN;
        }
        String postcode = l.postcode() != null && nl.ddjgz.shared.Postcode.isValid(l.postcode()) ? l.postcode() : null;
        Address address = new Address(l.street(), l.houseNumber(), l.houseNumberSuffix(), postcode, l.city());
        boolean insz = child.identifierKind() == IdentifierKind.INSZ;
        return Optional.of(new ChildData(
                insz ? null : nl.ddjgz.shared.Bsn.of(child.identifier()),
                insz ? nl.ddjgz.shared.Insz.of(child.identifier()) : null,
                child.givenNames(),
                l.namePrefix(),
                child.familyName(),
                child.birthDate(),
                gender,
                address,
                null,
                false,
                null));
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
        List<ScanLine> list = lines(scans.ofSession(sessionId).stream()
                .filter(Scan::toRegister)
                .filter(s -> s.outcome() == ScanOutcome.WITHOUT_BSN)
                .toList());
        audit.recordShown(
                AuditAction.DOSSIER_READ,
                list.stream()
                        .map(ScanLine::dossier)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                "mass session children without BSN");
        return list;
    }

    /** The most children one expected list may hold (a longer file is refused as a whole). */
    public int importMaxRows() {
        return importMaxRows;
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

    /**
     * The expected children, for their call cards (names and BSN or INSZ barcodes): one audit line per child with a
     * dossier here, in one batch.
     */
    @Transactional
    public List<ExpectedChild> expectedChildren(UUID sessionId) {
        List<ExpectedChild> children = expected.confirmed(sessionId);
        auditShown(List.of(), children, "mass session call cards");
        return children;
    }

    /** One expected child, for the barcode of its call card (the number itself): audited when it has a dossier. */
    @Transactional
    public ExpectedChild expectedChild(UUID sessionId, UUID id) {
        ExpectedChild child = expected.find(sessionId, id).orElseThrow(() -> new NotFoundException("expected child"));
        auditShown(List.of(), List.of(child), "mass session call card barcode");
        return child;
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
        Optional<Scan> earlier = scans.find(scanId);
        if (earlier.isPresent()) {
            return Optional.of(answer(earlier.get(), null));
        }
        MassVaccinationSession session = sessions.findByIdForShare(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
        IdentifierKind kind = identifierKind();
        ScanReader.Reading reading = reader.read(typed, kind);
        if (reading.kind() == ScanReader.Kind.EMPTY) {
            return Optional.empty();
        }
        if (!session.isOpen()) {
            return Optional.of(ScanAnswer.of(scanId, ScanOutcome.SESSION_CLOSED, false));
        }
        if (reading.kind() == ScanReader.Kind.INVALID_INSZ) {
            return Optional.of(ScanAnswer.of(scanId, ScanOutcome.INVALID_INSZ, false));
        }
        if (reading.kind() != ScanReader.Kind.BSN && reading.kind() != ScanReader.Kind.INSZ) {
            ScanOutcome outcome = switch (reading.kind()) {
                case INVALID_BSN -> ScanOutcome.INVALID_BSN;
                case NOT_AN_INSZ -> ScanOutcome.NOT_AN_INSZ;
                default -> ScanOutcome.NOT_A_BSN;
            };
            scans.insert(newScan(scanId, sessionId, null, kind, null, outcome, manual, desk));
            return Optional.of(ScanAnswer.of(scanId, outcome, true));
        }
        Optional<ChildDossier> dossier =
                reading.insz() != null ? dossiers.findByInsz(reading.insz()) : dossiers.findByBsn(reading.bsn());
        return Optional.of(register(session, scanId, desk, reading.identifier(), kind, dossier.orElse(null), manual));
    }

    /**
     * A scan as the desk's script sends it: the answer and the session's totals after it, read in the scan's own
     * transaction (one transaction and one commit per scan, as {@link #scan}).
     */
    @PreAuthorize("hasAnyRole('JGZ_PROFESSIONAL', 'JGZ_ASSISTANT')")
    @Transactional
    public DeskScan scanAtDesk(UUID sessionId, UUID scanId, String desk, String typed, boolean manual) {
        Optional<ScanAnswer> answer = scan(sessionId, scanId, desk, typed, manual);
        return new DeskScan(answer, scans.totals(sessionId));
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
        if (identifierKind() == IdentifierKind.INSZ) {
            if (!dossier.hasInsz()) {
                Scan scan = newScan(
                        scanId, sessionId, null, IdentifierKind.INSZ, dossier.getId(), ScanOutcome.NO_INSZ, true, desk);
                scans.insert(scan);
                return answer(scan, dossier);
            }
            return register(session, scanId, desk, dossier.getInsz().value(), IdentifierKind.INSZ, dossier, true);
        }
        if (!dossier.hasBsn()) {
            return registerWithoutBsn(session, scanId, desk, dossier);
        }
        return register(session, scanId, desk, dossier.getBsn().value(), IdentifierKind.BSN, dossier, true);
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
        Optional<Scan> earlier = scans.find(scanId);
        if (earlier.isPresent()) {
            return answer(earlier.get(), null);
        }
        MassVaccinationSession session = sessions.findByIdForShare(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
        if (!session.isOpen()) {
            return ScanAnswer.of(scanId, ScanOutcome.SESSION_CLOSED, false);
        }
        if (identifierKind() != IdentifierKind.BSN) {
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
        } catch (nl.ddjgz.dossier.InvalidChildDataException e) {
            throw new SessionRefusedException(e.field(), e.messageKey());
        }
        return registerWithoutBsn(session, scanId, desk, dossier);
    }

    private ScanAnswer registerWithoutBsn(
            MassVaccinationSession session, UUID scanId, String desk, ChildDossier dossier) {
        boolean already = scans.ofSession(session.getId()).stream()
                .anyMatch(s -> s.toRegister() && dossier.getId().equals(s.dossierId()));
        Scan scan = newScan(
                scanId,
                session.getId(),
                null,
                IdentifierKind.BSN,
                dossier.getId(),
                already ? ScanOutcome.DUPLICATE : ScanOutcome.WITHOUT_BSN,
                true,
                desk);
        scans.insert(scan);
        return answer(scan, dossier);
    }

    private ScanAnswer register(
            MassVaccinationSession session,
            UUID scanId,
            String desk,
            String identifier,
            IdentifierKind kind,
            ChildDossier dossier,
            boolean manual) {
        UUID sessionId = session.getId();
        if (dossier == null) {
            ScanOutcome outcome = expected.isExpected(sessionId, identifier)
                    ? ScanOutcome.EXPECTED_NO_DOSSIER
                    : ScanOutcome.NO_DOSSIER;
            Scan scan = newScan(scanId, sessionId, identifier, kind, null, outcome, manual, desk);
            scans.insert(scan);
            return answer(scan, null);
        }
        ScanRules.Verdict verdict = judge(session, identifier, dossier);
        Scan.Reason reason = verdict.vaccineType() == null
                ? null
                : new Scan.Reason(verdict.vaccineType(), verdict.dose(), verdict.date());
        Scan scan = newScan(scanId, sessionId, identifier, kind, dossier.getId(), verdict.outcome(), manual, desk)
                .withReason(reason);
        if (scans.insert(scan)) {
            return answer(scan, dossier);
        }
        Optional<Scan> same = scans.find(scanId);
        if (same.isPresent()) {
            return answer(same.get(), dossier);
        }
        Scan duplicate =
                newScan(scanId, sessionId, identifier, kind, dossier.getId(), ScanOutcome.DUPLICATE, manual, desk);
        scans.insert(duplicate);
        return answer(duplicate, dossier);
    }

    /** The dose-aware answer for a child with a dossier ({@link ScanRules}). */
    private ScanRules.Verdict judge(MassVaccinationSession session, String identifier, ChildDossier dossier) {
        LocalDate date = session.getSessionDate();
        ContactMoments.ScanHistory history = contactMoments.scanHistory(dossier.getId());
        List<GivenVaccination> given = history.given();
        List<DueVaccination> plan = schedule.plan(
                new ChildFacts(dossier.getBirthDate(), dossier.getDktpSchedule(), dossier.isMotherHbsagPositive()),
                date,
                given);
        List<ScanRules.TypeFacts> types = session.getVaccines().stream()
                .map(SessionVaccine::getVaccineType)
                .map(type -> new ScanRules.TypeFacts(
                        type,
                        schedule.covers(type, date),
                        plan.stream()
                                .filter(d -> d.vaccineTypeCode().equals(type))
                                .toList(),
                        given.stream()
                                .filter(g -> g.vaccineTypeCode().equals(type)
                                        && !g.date().isAfter(date))
                                .map(GivenVaccination::date)
                                .max(Comparator.naturalOrder())
                                .orElse(null)))
                .toList();
        ContactMoments.Objections objections = history.objections();
        ExpectedChildren.ListCheck list = expected.check(session.getId(), identifier);
        return ScanRules.judge(new ScanRules.Facts(
                list.hasList(),
                list.hasList() && list.expected(),
                objections.programme(),
                types,
                objections.perVaccine().stream()
                        .map(o -> new ScanRules.RecordedObjection(o.vaccineType(), o.date()))
                        .toList()));
    }

    private Scan newScan(
            UUID id,
            UUID sessionId,
            String identifier,
            IdentifierKind kind,
            UUID dossierId,
            ScanOutcome outcome,
            boolean manual,
            String desk) {
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
                Actor.name(),
                clock.instant(),
                null,
                null,
                null,
                null);
    }

    private ScanAnswer answer(Scan scan, ChildDossier known) {
        ChildDossier dossier =
                known != null ? known : (scan.dossierId() == null ? null : dossiers.get(scan.dossierId()));
        Scan first = scan.outcome() == ScanOutcome.DUPLICATE
                ? scans.countedOf(scan.sessionId(), scan.identifier()).orElse(scan)
                : null;
        Optional<ExpectedChild> listed = scan.outcome() == ScanOutcome.EXPECTED_NO_DOSSIER
                ? expected.findByIdentifier(scan.sessionId(), scan.identifier())
                : Optional.empty();
        Scan.Reason reason = scan.reason();
        return new ScanAnswer(
                scan.id(),
                scan.outcome(),
                dossier != null
                        ? dossier.fullName()
                        : listed.map(ExpectedChild::fullName).orElse(null),
                dossier != null
                        ? dossier.getBirthDate()
                        : listed.map(ExpectedChild::birthDate).orElse(null),
                first == null ? null : first.scannedAt(),
                first == null ? null : first.desk(),
                reason == null ? null : contactMoments.vaccineName(reason.vaccineType()),
                dossier == null ? null : dossier.getId(),
                true,
                reason == null ? 0 : reason.dose(),
                reason == null ? null : reason.date());
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
        Map<UUID, ChildDossier> children = dossiers
                .getAll(recent.stream()
                        .map(Scan::dossierId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(ChildDossier::getId, Function.identity()));
        audit.recordShown(
                AuditAction.DOSSIER_READ,
                children.values().stream().map(ChildDossier::ref).toList(),
                "mass session desk " + desk);
        return recent.stream()
                .map(s -> answer(s, s.dossierId() == null ? null : children.get(s.dossierId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Scans.Totals totals(UUID sessionId) {
        return scans.totals(sessionId);
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
        MassVaccinationSession session = notClosed(sessionId);
        Scan scan = scans.find(scanId)
                .filter(s -> s.sessionId().equals(sessionId) && s.toRegister())
                .orElseThrow(() -> new SessionRefusedException(null, "mass.remove.notInSession"));
        if (session.isAwaitingClose()) {
            requireProfessional("mass.remove.professionalOnly");
            if (scan.contactMomentId() != null) {
                contactMoments.withdraw(
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
        MassVaccinationSession session = notClosed(sessionId);
        Scan scan = scans.find(scanId)
                .filter(s -> s.sessionId().equals(sessionId) && s.counted() && s.removedReason() != null)
                .orElseThrow(() -> new SessionRefusedException(null, "mass.putBack.notRemoved"));
        if (session.isAwaitingClose()) {
            requireProfessional("mass.putBack.professionalOnly");
            Map<UUID, UUID> registered = contactMoments.approveSession(sessionApproval(session, List.of(scan)));
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
        MassVaccinationSession session = sessions.findByIdForUpdate(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
        session.close(Actor.name(), clock);
        return contactMoments.releaseSession(
                scans.ofSession(sessionId).stream()
                        .filter(Scan::toRegister)
                        .map(Scan::contactMomentId)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                session.getClosedAt());
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

    private MassVaccinationSession notClosed(UUID sessionId) {
        MassVaccinationSession session = sessions.findByIdForShare(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
        session.requireNotClosed();
        return session;
    }

    private static void requireProfessional(String messageKey) {
        if (!Actor.hasRole("JGZ_PROFESSIONAL")) {
            throw new SessionRefusedException(null, messageKey);
        }
    }

    /** Everything the review, the print page and the CSV need: who was seen, who was expected, the exceptions. */
    @Transactional(readOnly = true)
    public Overview overview(UUID sessionId) {
        MassVaccinationSession session = get(sessionId);
        Map<UUID, DeskSetting> settings = deskSettings.ofSession(sessionId);
        List<ScanLine> all = lines(scans.ofSession(sessionId)).stream()
                .map(l -> l.with(setting(session, l.scan(), settings)))
                .toList();
        List<ExpectedChild> expectedList = expected.confirmed(sessionId);
        Set<String> seen = new HashSet<>();
        all.stream()
                .filter(l -> l.scan().toRegister())
                .forEach(l -> seen.add(l.scan().identifier()));
        List<ExpectedChild> notSeen = expectedList.stream()
                .filter(e -> !seen.contains(e.identifier()))
                .toList();
        return new Overview(
                session, all, expectedList, notSeen, scans.totals(sessionId), List.copyOf(settings.values()));
    }

    /**
     * The overview for a page or file that shows it (review, print, CSV): one audit line per child shown — every
     * scanned child with a dossier and every expected child with a dossier here — written in one batch, so a session
     * of 1,600 children costs one insert.
     *
     * @param shownOn what showed the children, for the audit lines ("mass session review")
     */
    @Transactional
    public Overview overviewShown(UUID sessionId, String shownOn) {
        Overview overview = overview(sessionId);
        auditShown(overview.scans(), overview.expected(), shownOn);
        return overview;
    }

    private void auditShown(List<ScanLine> scanned, List<ExpectedChild> expectedList, String shownOn) {
        List<nl.ddjgz.audit.DossierRef> refs = new ArrayList<>();
        scanned.stream()
                .map(ScanLine::dossier)
                .filter(java.util.Objects::nonNull)
                .forEach(refs::add);
        Set<UUID> scannedIds = new HashSet<>();
        refs.forEach(r -> scannedIds.add(r.id()));
        if (!expectedList.isEmpty()) {
            Map<String, nl.ddjgz.audit.DossierRef> byIdentifier = dossiers.refsByIdentifier(
                    expectedList.stream().map(ExpectedChild::identifier).toList());
            expectedList.stream()
                    .map(e -> byIdentifier.get(e.identifier()))
                    .filter(r -> r != null && !scannedIds.contains(r.id()))
                    .forEach(refs::add);
        }
        audit.recordShown(AuditAction.DOSSIER_READ, refs, shownOn);
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
        MassVaccinationSession session = sessions.findByIdForUpdate(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
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
        Map<UUID, UUID> registered = contactMoments.approveSession(sessionApproval(session, toRegister));
        Map<UUID, UUID> byScan = new LinkedHashMap<>();
        toRegister.forEach(scan -> byScan.put(scan.id(), registered.get(scan.dossierId())));
        scans.linkContactMoments(byScan);
        for (UUID scanId : inGroupFile) {
            // registered in Vaccinnet by the group upload: the web-service message never leaves (same transaction)
            outbox.withdraw(byScan.get(scanId), Actor.name(), GROUP_FILE_REASON);
        }
        return registered.size();
    }

    /** Each child with the lots and the vaccinator in use at its desk when it was scanned. */
    private ContactMoments.SessionApproval sessionApproval(MassVaccinationSession session, List<Scan> toRegister) {
        Map<UUID, DeskSetting> settings = deskSettings.ofSession(session.getId());
        return new ContactMoments.SessionApproval(
                session.getSessionDate(),
                session.getLocationId(),
                toRegister.stream()
                        .map(scan -> {
                            DeskSetting setting = setting(session, scan, settings);
                            return new ContactMoments.SessionChild(
                                    scan.dossierId(),
                                    setting.lots().stream()
                                            .map(l -> new ContactMoments.SessionVaccine(
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

    /** The setting a scan was made with: its desk's setting at that moment, or the session's preset lots. */
    private static DeskSetting setting(MassVaccinationSession session, Scan scan, Map<UUID, DeskSetting> settings) {
        DeskSetting setting = scan.deskSettingId() == null ? null : settings.get(scan.deskSettingId());
        return setting != null ? setting : DeskSetting.preset(session, scan.desk());
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

    /**
     * Vaccinnet's CSV group upload for one vaccine type of an open session (same day, vaccine and lot): the children
     * in the session with an INSZ. Offered only before approval: the children in it are recorded, and the approval
     * withdraws their web-service messages in its own transaction, so that nothing is registered twice. Each child's
     * dossier read is audited.
     *
     * @throws NotFoundException when the organisation does not report to Vaccinnet, or the session has no such type
     * @throws SessionRefusedException when the session is approved, or the vaccine type has no CNK code
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public GroupFile groupFile(UUID sessionId, String vaccineType) {
        if (!offersGroupFile()) {
            throw new NotFoundException("group file");
        }
        MassVaccinationSession session = sessions.findByIdForShare(sessionId)
                .orElseThrow(() -> new NotFoundException("mass vaccination session"));
        SessionVaccine vaccine = session.getVaccines().stream()
                .filter(v -> v.getVaccineType().equals(vaccineType))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("vaccine type of the session"));
        if (!session.isOpen()) {
            throw new SessionRefusedException(null, "mass.groupfile.approved");
        }
        VaccineCode code = vaccineCodes
                .of(vaccineType)
                .filter(c -> c.getCnk() != null && !c.getCnk().isBlank())
                .orElseThrow(() -> new SessionRefusedException(
                        null, "mass.groupfile.noCnk", contactMoments.vaccineName(vaccineType)));
        List<Scan> inFile = scans.ofSession(sessionId).stream()
                .filter(Scan::toRegister)
                .filter(s -> s.identifierKind() == IdentifierKind.INSZ && s.identifier() != null)
                .toList();
        Map<UUID, ChildDossier> children =
                dossiers.getAll(inFile.stream().map(Scan::dossierId).distinct().toList()).stream()
                        .collect(Collectors.toMap(ChildDossier::getId, Function.identity()));
        List<GroupFileExport.Person> persons = new ArrayList<>();
        List<nl.ddjgz.audit.DossierRef> refs = new ArrayList<>();
        Map<UUID, String> details = new HashMap<>();
        for (Scan scan : inFile) {
            ChildDossier child = children.get(scan.dossierId());
            persons.add(new GroupFileExport.Person(
                    scan.identifier(),
                    (child.getNamePrefix() == null || child.getNamePrefix().isBlank()
                                    ? ""
                                    : child.getNamePrefix() + " ")
                            + child.getFamilyName(),
                    child.getGivenNames(),
                    child.getBirthDate()));
            refs.add(child.ref());
            details.put(child.getId(), "mass session Vaccinnet group file " + vaccineType);
        }
        persons.sort(Comparator.comparing(GroupFileExport.Person::familyName)
                .thenComparing(p -> p.givenNames() == null ? "" : p.givenNames()));
        groupFiles.mark(inFile.stream().map(Scan::id).toList(), vaccineType, Actor.name(), clock.instant());
        audit.recordEach(AuditAction.DOSSIER_READ, refs, details);
        String productName = code.getProductName() != null
                        && !code.getProductName().isBlank()
                ? code.getProductName()
                : vaccine.getProductName() != null ? vaccine.getProductName() : contactMoments.vaccineName(vaccineType);
        byte[] content = groupFileWriter.write(
                new GroupFileExport.Batch(
                        session.getSessionDate(), code.getCnk(), productName, vaccine.getBatchNumber()),
                persons);
        return new GroupFile(
                groupFileWriter.fileName(session.getSessionDate(), vaccineType),
                content,
                groupFileWriter.charset(),
                persons.size());
    }

    /** How many children of the session were in a downloaded Vaccinnet group file (and not taken out). */
    @Transactional(readOnly = true)
    public int groupFileChildren(UUID sessionId) {
        Set<UUID> inFiles = groupFiles.typesByScan(sessionId).keySet();
        return (int) scans.ofSession(sessionId).stream()
                .filter(Scan::toRegister)
                .filter(s -> inFiles.contains(s.id()))
                .count();
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
                    return d == null
                            ? new ScanLine(s, null, null, null, null)
                            : new ScanLine(s, d.fullName(), d.getBirthDate(), d.ref(), null);
                })
                .toList();
    }

    /** The reason recorded on a web-service message withdrawn because the child went in a group file. */
    static final String GROUP_FILE_REASON = "Vaccinnet group file";

    /** How many children get a lot of a vaccine type. */
    public record LotCount(String vaccineType, String batchNumber, int children) {}

    /** A Vaccinnet group file to download; its name holds no INSZ. */
    public record GroupFile(String fileName, byte[] content, java.nio.charset.Charset charset, int persons) {}

    /** What a session is set up with. */
    public record Setup(
            LocalDate date,
            Long locationId,
            SessionMode mode,
            List<Vaccine> vaccines,
            boolean confirmOther,
            boolean confirmExpiryChecked,
            boolean confirmOutsideListValidity) {

        public Setup(
                LocalDate date,
                Long locationId,
                SessionMode mode,
                List<Vaccine> vaccines,
                boolean confirmOther,
                boolean confirmExpiryChecked) {
            this(date, locationId, mode, vaccines, confirmOther, confirmExpiryChecked, false);
        }

        /**
         * A vaccine type of the day with the batch number typed, picked or scanned for it.
         *
         * @param packExpiry the expiry of a scanned GS1 pack, or null
         */
        public record Vaccine(String vaccineType, String batchNumber, LocalDate packExpiry) {

            public Vaccine(String vaccineType, String batchNumber) {
                this(vaccineType, batchNumber, null);
            }
        }
    }

    /** A child without BSN as the desk enters it. */
    public record ChildWithoutBsn(String familyName, String givenNames, LocalDate birthDate, Gender gender) {}

    /**
     * A lot switched at a desk: the vaccine type, the batch number typed or from a GS1 pack scan, and the
     * confirmations the picker rules ask for.
     *
     * @param packExpiry the expiry of a scanned pack, or null
     */
    public record LotSwitch(
            String vaccineType,
            String batchNumber,
            LocalDate packExpiry,
            boolean confirmOther,
            boolean confirmExpiryChecked,
            boolean confirmOutsideListValidity) {}

    /**
     * An expected list made from a call list.
     *
     * @param withoutBsn children on the call list without a BSN (not on the expected list)
     * @param withoutDossier children on the session's expected list without a dossier here
     */
    public record CallListImport(int added, int withoutBsn, int withoutDossier) {}

    /** Dossiers opened from the expected list, and the children whose list data could not make one. */
    public record OpenedDossiers(int opened, List<ExpectedChild> left) {}

    /**
     * An import waiting for confirmation, with what was refused line by line.
     *
     * @param withoutDossier how many of the accepted children have no dossier here
     */
    public record ImportPreview(UUID importId, ExpectedListCsv.Result result, int withoutDossier) {}

    /**
     * A scan with the child's name, birth date and dossier (when a dossier was found).
     *
     * @param setting the lots and the vaccinator in use at its desk when it was scanned (in an overview)
     */
    public record ScanLine(
            Scan scan, String childName, LocalDate birthDate, nl.ddjgz.audit.DossierRef dossier, DeskSetting setting) {

        ScanLine with(DeskSetting deskSetting) {
            return new ScanLine(scan, childName, birthDate, dossier, deskSetting);
        }

        /** The lot of this vaccine type the child got (or gets at approval). */
        public String batchOf(String vaccineType) {
            return setting == null
                    ? null
                    : setting.lot(vaccineType).map(DeskSetting.Lot::batchNumber).orElse(null);
        }
    }

    /**
     * A session's state for review and print.
     *
     * @param notSeen expected children who were not scanned (or were taken out)
     * @param deskChanges every lot switched and vaccinator named at the session's desks, first first
     */
    public record Overview(
            MassVaccinationSession session,
            List<ScanLine> scans,
            List<ExpectedChild> expected,
            List<ExpectedChild> notSeen,
            Scans.Totals totals,
            List<DeskSetting> deskChanges) {

        /** How many children of the session get each lot, per vaccine type and batch number, in the session's order. */
        public List<LotCount> lotCounts() {
            Map<String, LotCount> counts = new LinkedHashMap<>();
            for (SessionVaccine v : session.getVaccines()) {
                counts.put(
                        v.getVaccineType() + "|" + v.getBatchNumber(),
                        new LotCount(v.getVaccineType(), v.getBatchNumber(), 0));
            }
            for (ScanLine l : vaccinated()) {
                if (l.setting() == null) {
                    continue;
                }
                for (DeskSetting.Lot lot : l.setting().lots()) {
                    counts.merge(
                            lot.vaccineType() + "|" + lot.batchNumber(),
                            new LotCount(lot.vaccineType(), lot.batchNumber(), 1),
                            (a, b) -> new LotCount(a.vaccineType(), a.batchNumber(), a.children() + 1));
                }
            }
            return counts.values().stream().filter(c -> c.children() > 0).toList();
        }

        /** The lots switched at the desks (not the vaccinators named), first first. */
        public List<DeskSetting> lotSwitches() {
            return deskChanges.stream()
                    .filter(d -> d.changed() == DeskSetting.Change.LOT)
                    .toList();
        }

        /** The children to be registered (or registered, after approval). */
        public List<ScanLine> vaccinated() {
            return scans.stream().filter(l -> l.scan().toRegister()).toList();
        }

        /** What the review page shows, for the approval to compare: the exact set of children in the session. */
        public String reviewed() {
            return ReviewedChildren.fingerprint(
                    vaccinated().stream().map(l -> l.scan().id()).toList());
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

        /**
         * Children in the session without BSN (entered at the desk by name): Praeventis cannot receive them; their
         * registrations go on the RIVM form.
         */
        public List<ScanLine> withoutBsn() {
            return vaccinated().stream()
                    .filter(l -> l.scan().outcome() == ScanOutcome.WITHOUT_BSN)
                    .toList();
        }

        /** Children picked by hand without an INSZ at a Belgian organisation: they cannot be sent to the register. */
        public List<ScanLine> withoutInsz() {
            return scans.stream()
                    .filter(l -> l.scan().outcome() == ScanOutcome.NO_INSZ)
                    .toList();
        }

        public List<ScanLine> removed() {
            return scans.stream()
                    .filter(l -> l.scan().counted() && l.scan().removedReason() != null)
                    .toList();
        }
    }
}
