package nl.ddjgz.vaccination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.batch.BatchCheck;
import nl.ddjgz.batch.BatchListInfo;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.batch.OtherNumberCheck;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.registry.AlreadySentException;
import nl.ddjgz.registry.InvalidRegistrationException;
import nl.ddjgz.registry.MessageState;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.schedule.ContactActivity;
import nl.ddjgz.schedule.DueVaccination;
import nl.ddjgz.schedule.GivenVaccination;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation desk's use cases: start a contact moment, fill its vaccine lines, approve (akkoord) which queues
 * the message for Praeventis in the same transaction, and correct or withdraw before dispatch. One transaction per
 * user action; every change is audited.
 */
@Service
public class ContactMoments {

    /**
     * Approving, correcting, withdrawing, a correction request and the RIVM-form mark are a professional's acts (JGZ-2);
     * an assistant prepares: starts a contact moment and fills its lines.
     */
    static final String PROFESSIONAL = "hasRole('JGZ_PROFESSIONAL')";

    static final String DESK = "hasAnyRole('JGZ_PROFESSIONAL', 'JGZ_ASSISTANT')";

    private final ContactMomentRepository moments;
    private final ProgrammeObjectionRepository programmeObjections;
    private final CorrectionRequestRepository correctionRequests;
    private final EarlierVaccinationRepository earlierVaccinations;
    private final Dossiers dossiers;
    private final VaccinationSchedule schedule;
    private final BatchNumbers batchNumbers;
    private final Outbox outbox;
    private final RegistrationMessages registrationMessages;
    private final AuditTrail audit;
    private final Clock clock;
    private final JdbcClient jdbc;

    ContactMoments(
            ContactMomentRepository moments,
            ProgrammeObjectionRepository programmeObjections,
            CorrectionRequestRepository correctionRequests,
            EarlierVaccinationRepository earlierVaccinations,
            Dossiers dossiers,
            VaccinationSchedule schedule,
            BatchNumbers batchNumbers,
            Outbox outbox,
            RegistrationMessages registrationMessages,
            AuditTrail audit,
            Clock clock,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.moments = moments;
        this.programmeObjections = programmeObjections;
        this.correctionRequests = correctionRequests;
        this.earlierVaccinations = earlierVaccinations;
        this.dossiers = dossiers;
        this.schedule = schedule;
        this.batchNumbers = batchNumbers;
        this.outbox = outbox;
        this.registrationMessages = registrationMessages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a contact moment with a line for each vaccination that belongs to it (schedule minus what the child
     * already had). An activity outside the schedule starts without lines: the user adds the vaccine types.
     */
    @PreAuthorize(DESK)
    @Transactional
    public ContactMoment start(UUID dossierId, ContactActivity activity, LocalDate date, Long locationId) {
        return start(dossierId, activity, date, locationId, false);
    }

    /**
     * Starts a contact moment (see {@link #start(UUID, ContactActivity, LocalDate, Long)}); an age-bound activity that
     * does not fit the child's age on the date is refused unless the professional confirmed it.
     *
     * @param ageConfirmed the user confirmed an activity that does not fit the child's age
     * @throws ActivityAgeMismatchException when the activity does not fit the age and was not confirmed
     */
    @PreAuthorize(DESK)
    @Transactional
    public ContactMoment start(
            UUID dossierId, ContactActivity activity, LocalDate date, Long locationId, boolean ageConfirmed) {
        ChildDossier dossier = dossiers.get(dossierId);
        boolean fits = activity.fitsAge(dossier.getBirthDate(), date);
        if (!fits && !ageConfirmed) {
            throw new ActivityAgeMismatchException(activity, dossier.getBirthDate(), date);
        }
        ContactMoment moment =
                ContactMoment.start(dossierId, dossier.getBirthDate(), activity, date, locationId, Actor.name(), clock);
        Set<String> types = new LinkedHashSet<>();
        for (DueVaccination due : schedule.forContactMoment(dossier.facts(), activity, date, given(dossierId))) {
            types.add(due.vaccineTypeCode());
        }
        types.forEach(moment::addLine);
        moments.save(moment);
        audit.record(
                AuditAction.CONTACT_MOMENT_START,
                dossier.ref(),
                "activity " + activity.code() + (fits ? "" : ", not fitting the age: confirmed"));
        return moment;
    }

    /**
     * Records vaccinations the child had before coming here (dossier transfer): one approved contact moment per date,
     * no message to Praeventis (the register already has them).
     */
    @Transactional
    public void recordTransferred(UUID dossierId, List<Earlier> earlier) {
        ChildDossier dossier = dossiers.get(dossierId);
        earlier.stream()
                .collect(Collectors.groupingBy(Earlier::date, TreeMap::new, Collectors.toList()))
                .forEach((date, onDate) ->
                        moments.save(ContactMoment.transferred(dossierId, date, onDate, Actor.name(), clock)));
        audit.record(AuditAction.DOSSIER_UPDATE, dossier.ref(), "earlier vaccinations recorded: " + earlier.size());
    }

    @Transactional(readOnly = true)
    public ContactMoment get(UUID id) {
        return moments.findWithLines(id).orElseThrow(() -> new NotFoundException("contact moment"));
    }

    /** The vaccinations the child had (approved and given here, or entered as given earlier), for the schedule. */
    @Transactional(readOnly = true)
    public List<GivenVaccination> given(UUID dossierId) {
        return java.util.stream.Stream.concat(
                        moments.givenTo(dossierId).stream()
                                .map(v -> new GivenVaccination(v.getVaccineType(), v.getVaccinationDate())),
                        earlierVaccinations.findByDossierIdOrderByVaccinationDateAsc(dossierId).stream()
                                .map(e -> new GivenVaccination(e.getVaccineType(), e.getVaccinationDate())))
                .toList();
    }

    /**
     * The objections recorded for the child (approved objection lines: medical, or principled for that day or the
     * whole programme), oldest first, each with its vaccine type and day; and whether it objects to the programme.
     */
    @Transactional(readOnly = true)
    public Objections objections(UUID dossierId) {
        return new Objections(
                !programmeObjections
                        .findByDossierIdOrderByRecordedAtAsc(dossierId)
                        .isEmpty(),
                moments.objectionsOf(dossierId).stream()
                        .sorted(java.util.Comparator.comparing(Vaccination::getVaccinationDate))
                        .map(v -> new Objection(v.getVaccineType(), v.getVaccinationDate(), v.getObjectionReason()))
                        .toList());
    }

    /**
     * What a scan at a mass vaccination desk needs of a child's history, in one query: the vaccinations the child had
     * (as {@link #given}) and its objections (as {@link #objections}). Plain SQL, no entities: a desk scans as fast as
     * a person can. Reads what is stored; a contact moment changed but not yet flushed in the same transaction is not
     * seen (the scan changes none).
     */
    @Transactional(readOnly = true)
    public ScanHistory scanHistory(UUID dossierId) {
        List<GivenVaccination> given = new java.util.ArrayList<>();
        List<GivenVaccination> earlier = new java.util.ArrayList<>();
        List<Objection> perVaccine = new java.util.ArrayList<>();
        boolean[] programme = {false};
        jdbc.sql("""
                        select outcome as kind, vaccine_type, vaccination_date, objection_reason
                        from vaccination
                        where dossier_id = :dossier and state = 'APPROVED' and outcome in ('GIVEN', 'OBJECTION')
                        union all
                        select 'EARLIER', vaccine_type, vaccination_date, null
                        from earlier_vaccination where dossier_id = :dossier
                        union all
                        select 'PROGRAMME', null, null, null
                        where exists (select 1 from programme_objection where dossier_id = :dossier)
                        order by 3
                        """).param("dossier", dossierId).query(rs -> {
            String kind = rs.getString("kind");
            String type = rs.getString("vaccine_type");
            LocalDate date = rs.getObject("vaccination_date", LocalDate.class);
            switch (kind) {
                case "GIVEN" -> given.add(new GivenVaccination(type, date));
                case "EARLIER" -> earlier.add(new GivenVaccination(type, date));
                case "OBJECTION" ->
                    perVaccine.add(new Objection(type, date, ObjectionReason.ofCode(rs.getString("objection_reason"))));
                default -> programme[0] = true;
            }
        });
        given.addAll(earlier);
        return new ScanHistory(List.copyOf(given), new Objections(programme[0], List.copyOf(perVaccine)));
    }

    /** A child's history as a desk scan needs it: the vaccinations had and the objections. */
    public record ScanHistory(List<GivenVaccination> given, Objections objections) {}

    /** A child's objections: to the whole programme, and per vaccine type. */
    public record Objections(boolean programme, List<Objection> perVaccine) {}

    /** An objection to one vaccine type on a day. */
    public record Objection(String vaccineType, LocalDate date, ObjectionReason reason) {}

    /** Adds a vaccine type by hand (a contact moment outside the schedule, or an extra vaccination). */
    @PreAuthorize(DESK)
    @Transactional
    public void addVaccineType(UUID id, String vaccineType) {
        if (schedule.vaccineType(vaccineType).isEmpty()) {
            throw new RegistrationRefusedException("vaccineType", "vaccination.vaccineType.unknown");
        }
        draft(id).addLine(vaccineType);
    }

    @PreAuthorize(DESK)
    @Transactional
    public void removeLine(UUID id, UUID lineId) {
        draft(id).removeLine(lineId);
    }

    /**
     * Records the batch number of a vaccine line after the picker rules (rules.md §5).
     *
     * @param confirmOther the user confirmed an unknown number ("overig": registered as not checked against the list)
     * @param confirmExpiryChecked the user checked the vial of a number the list gives no expiry for
     * @return what the picker said about the number
     */
    @PreAuthorize(DESK)
    @Transactional
    public BatchCheck registerBatch(
            UUID id, UUID lineId, String typed, boolean confirmOther, boolean confirmExpiryChecked, PackInfo pack) {
        return registerBatch(id, lineId, typed, confirmOther, confirmExpiryChecked, false, pack);
    }

    /**
     * Records the batch number of a vaccine line (see {@link #registerBatch(UUID, UUID, String, boolean, boolean,
     * PackInfo)}); a number typed as "overig" is also checked against the scanned pack's own expiry (refused when
     * expired) and the list's validity period (registered outside it only when confirmed).
     *
     * @param confirmOutsideListValidity the user confirmed an "overig" number on a date the list is not valid for
     */
    @PreAuthorize(DESK)
    @Transactional
    public BatchCheck registerBatch(
            UUID id,
            UUID lineId,
            String typed,
            boolean confirmOther,
            boolean confirmExpiryChecked,
            boolean confirmOutsideListValidity,
            PackInfo pack) {
        ContactMoment moment = draft(id);
        Vaccination line = moment.line(lineId);
        if (typed == null || typed.isBlank()) {
            throw new RegistrationRefusedException("batchNumber", "batch.required");
        }
        BatchCheck check = batchNumbers.check(line.getVaccineType(), typed, moment.getMomentDate());
        switch (check.outcome()) {
            case VALID -> moment.registerGiven(lineId, choice(check, true, pack));
            case EXPIRY_UNKNOWN -> {
                if (!confirmExpiryChecked) {
                    throw new RegistrationRefusedException("batchNumber", "batch.expiryUnknown.confirm");
                }
                moment.registerGiven(lineId, choice(check, true, pack));
            }
            case EXPIRED ->
                throw new RegistrationRefusedException(
                        "batchNumber", "batch.expired", check.entry().expiry());
            case OTHER_TYPE ->
                throw new RegistrationRefusedException(
                        "batchNumber",
                        "batch.otherType",
                        vaccineName(check.entry().vaccineTypeCode()));
            case UNKNOWN -> {
                BatchListInfo list = batchNumbers.currentList().orElse(null);
                OtherNumberCheck other =
                        OtherNumberCheck.of(moment.getMomentDate(), pack == null ? null : pack.expiry(), list);
                if (other == OtherNumberCheck.PACK_EXPIRED) {
                    throw new RegistrationRefusedException("batchNumber", "batch.other.packExpired", pack.expiry());
                }
                if (!confirmOther) {
                    throw new RegistrationRefusedException("batchNumber", "batch.unknown.confirm");
                }
                if (other == OtherNumberCheck.OUTSIDE_LIST_VALIDITY && !confirmOutsideListValidity) {
                    throw new RegistrationRefusedException(
                            "batchNumber",
                            "batch.other.outsideListValidity",
                            validity(list.validFrom()),
                            validity(list.validTo()),
                            moment.getMomentDate());
                }
                moment.registerGiven(
                        lineId,
                        new BatchChoice(
                                check.batchNumber(),
                                pack == null ? null : pack.expiry(),
                                false,
                                null,
                                pack == null ? null : pack.gtin(),
                                pack == null ? null : pack.serial()));
            }
        }
        return check;
    }

    /** A bound of the list's validity period for the page ("-" when open). */
    private static Object validity(java.time.LocalDateTime bound) {
        return bound == null ? "-" : bound.toLocalDate();
    }

    private static BatchChoice choice(BatchCheck check, boolean checked, PackInfo pack) {
        return new BatchChoice(
                check.entry().batchNumber(),
                check.entry().expiry(),
                checked,
                check.entry().productName(),
                pack == null ? null : pack.gtin(),
                pack == null ? null : pack.serial());
    }

    @PreAuthorize(DESK)
    @Transactional
    public void registerObjection(
            UUID id, UUID lineId, ObjectionReason reason, ObjectionScope scope, boolean adviserConsulted) {
        draft(id).registerObjection(lineId, reason, scope, adviserConsulted);
    }

    @PreAuthorize(DESK)
    @Transactional
    public void registerPostponement(UUID id, UUID lineId, String reason) {
        draft(id).registerPostponement(lineId, reason);
    }

    /**
     * Who vaccinated (recorded apart from the professional who approves) and where the vaccine was given, when known.
     *
     * @throws RegistrationRefusedException when the contact moment is approved, or the name is too long
     */
    @PreAuthorize(DESK)
    @Transactional
    public void recordVaccinator(UUID id, String vaccinator, InjectionSite site) {
        draft(id).vaccinatedBy(vaccinator, site);
    }

    @PreAuthorize(DESK)
    @Transactional
    public void clearLine(UUID id, UUID lineId) {
        draft(id).clearLine(lineId);
    }

    /**
     * The professional's approval (akkoord): stores the vaccinations and queues the message for Praeventis in one
     * transaction. Approving what is already approved (a double click, a resubmitted form) changes nothing.
     *
     * @param expectedVersion the version the confirmation page showed; a change after it is refused
     * @return whether this call approved it (false: it was already approved)
     */
    @Transactional
    @PreAuthorize(PROFESSIONAL)
    public boolean approve(UUID id, long expectedVersion) {
        ContactMoment moment = moments.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("contact moment"));
        if (moment.getState() == RegistrationState.APPROVED && moment.getVersion() > expectedVersion) {
            return false;
        }
        if (moment.getVersion() != expectedVersion) {
            throw new RegistrationRefusedException(null, "vaccination.changedMeanwhile");
        }
        for (Vaccination line : moment.getLines()) {
            if (line.isRegistered()
                    && (moments.alreadyRegistered(
                                    moment.getDossierId(), line.getVaccineType(), line.getVaccinationDate())
                            || earlierVaccinations.existsByDossierIdAndVaccineTypeAndVaccinationDate(
                                    moment.getDossierId(), line.getVaccineType(), line.getVaccinationDate()))) {
                throw new RegistrationRefusedException(null, "vaccination.sameDay", vaccineName(line.getVaccineType()));
            }
        }
        ChildDossier dossier = dossiers.get(moment.getDossierId());
        moment.approve(Actor.name(), clock);
        try {
            moments.saveAndFlush(moment);
        } catch (DataIntegrityViolationException e) {
            throw new RegistrationRefusedException(null, "vaccination.sameDay", "");
        }
        if (moment.hasProgrammeObjection()) {
            programmeObjections.save(
                    new ProgrammeObjection(moment.getDossierId(), moment.getId(), Actor.name(), clock.instant()));
        }
        String outcome;
        if (goesOnRivmForm(dossier)) {
            moment.needsRivmForm();
            outcome = "no BSN: RIVM form";
        } else {
            // a session's child corrected before the session is closed: its new message waits for the closing too
            outcome = queueMessage(
                    moment,
                    dossier,
                    Actor.name(),
                    moment.isHeldBySession() ? Outbox.Release.HELD : Outbox.Release.AFTER_SEND_WINDOW);
        }
        audit.record(AuditAction.VACCINATION_APPROVE, dossier.ref(), outcome);
        return true;
    }

    /**
     * Approves a mass vaccination session (JGZ-2 use cases 3 and 4): one approved contact moment per child with the
     * session's vaccinations, its activity from the child's age, and its message queued as {@link #approve} does
     * (consent decides the kind; a child without BSN goes on RIVM's form) but held until the session is closed
     * ({@link #releaseSession}), so a child not vaccinated after all is taken out before anything is sent. All in one
     * transaction: every child is registered and queued, or none is.
     *
     * @return the contact moment of each child, by dossier id
     * @throws RegistrationRefusedException when a child already has one of these vaccine types on the date
     */
    @Transactional
    @PreAuthorize(PROFESSIONAL)
    public Map<UUID, UUID> approveSession(SessionApproval session) {
        List<UUID> dossierIds =
                session.children().stream().map(SessionChild::dossierId).toList();
        List<ChildDossier> children = dossiers.getAll(dossierIds);
        if (children.size() != Set.copyOf(dossierIds).size()) {
            throw new NotFoundException("dossier");
        }
        Map<UUID, SessionChild> byDossier = new java.util.HashMap<>();
        session.children().forEach(c -> byDossier.put(c.dossierId(), c));
        List<String> types = session.children().stream()
                .flatMap(c -> c.vaccines().stream())
                .map(SessionVaccine::vaccineType)
                .distinct()
                .toList();
        List<UUID> already = moments.registeredOn(dossierIds, types, session.date());
        if (!already.isEmpty()) {
            throw new RegistrationRefusedException(null, "vaccination.session.sameDay", already.size());
        }
        String by = Actor.name();
        OutgoingRegistration.Professional approver = registrationMessages.approver(by);
        Map<UUID, UUID> registered = new LinkedHashMap<>();
        List<nl.ddjgz.audit.DossierRef> refs = new java.util.ArrayList<>();
        Map<UUID, String> outcomes = new java.util.HashMap<>();
        List<OutgoingRegistration> toQueue = new java.util.ArrayList<>();
        for (ChildDossier child : children) {
            SessionChild given = byDossier.get(child.getId());
            ContactMoment moment = ContactMoment.start(
                    child.getId(),
                    child.getBirthDate(),
                    ContactActivity.forAge(child.getBirthDate(), session.date()),
                    session.date(),
                    session.locationId(),
                    by,
                    clock);
            for (SessionVaccine vaccine : given.vaccines()) {
                moment.addLine(vaccine.vaccineType())
                        .given(new BatchChoice(
                                vaccine.batchNumber(),
                                vaccine.expiry(),
                                vaccine.checkedAgainstList(),
                                vaccine.productName(),
                                null,
                                null));
            }
            moment.vaccinatedBy(given.vaccinator(), given.injectionSite());
            moment.approve(by, clock);
            moment.holdForSession();
            String outcome;
            if (goesOnRivmForm(child)) {
                moment.needsRivmForm();
                outcome = "mass session, no BSN: RIVM form";
            } else {
                Optional<OutgoingRegistration> registration = registrationMessages.build(moment, child, approver);
                registration.ifPresent(toQueue::add);
                outcome = registration
                        .map(r -> "mass session, queued " + r.kind())
                        .orElse("mass session, nothing to send");
            }
            moments.save(moment);
            refs.add(child.ref());
            outcomes.put(child.getId(), outcome);
            registered.put(child.getId(), moment.getId());
        }
        // composed and checked on every core, stored in one batch: a session is 1,600 children
        queueMessages(toQueue, by);
        moments.flush();
        audit.recordEach(AuditAction.VACCINATION_APPROVE, refs, outcomes);
        return registered;
    }

    /**
     * A mass vaccination session is closed: its contact moments' held messages become due after the organisation's
     * send window from this moment, and a later correction of one of them goes as any other (in the caller's
     * transaction).
     *
     * @return how many messages were released
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    @PreAuthorize(PROFESSIONAL)
    public int releaseSession(List<UUID> contactMomentIds, java.time.Instant closedAt) {
        if (contactMomentIds.isEmpty()) {
            return 0;
        }
        moments.releaseFromSession(contactMomentIds);
        return outbox.release(contactMomentIds, closedAt);
    }

    /**
     * "Nu verzenden": the message of an approved contact moment that waits for its send window is due at once.
     *
     * @throws RegistrationRefusedException when it has left already, or its mass vaccination session holds it
     */
    @PreAuthorize(PROFESSIONAL)
    @Transactional
    public void sendNow(UUID id) {
        ContactMoment moment = approvedForUpdate(id);
        try {
            if (!outbox.sendNow(id)) {
                throw new RegistrationRefusedException(null, "registration.sendNow.held");
            }
        } catch (AlreadySentException e) {
            throw new RegistrationRefusedException(null, "registration.sendNow.alreadySent");
        }
        audit.record(
                AuditAction.VACCINATION_SEND_NOW,
                dossiers.get(moment.getDossierId()).ref(),
                null);
    }

    /**
     * A child without BSN cannot be reported to a register that takes a paper form instead (Praeventis: RIVM's form).
     * The registers that identify the child by INSZ refuse a child without one in their adapter, with the user's
     * message.
     */
    private boolean goesOnRivmForm(ChildDossier child) {
        return outbox.profile().paperFormWithoutIdentifier() && !child.hasBsn();
    }

    /**
     * Queues the message of an approved contact moment, in the caller's transaction. A message that would not pass
     * the schema or the message rules refuses the whole approval, with the reason.
     */
    private String queueMessage(ContactMoment moment, ChildDossier child, String by, Outbox.Release release) {
        return queueMessage(moment, child, by, release, registrationMessages.approver(moment.getApprovedBy()));
    }

    /**
     * Queues the messages of a session's approved contact moments, held until the session is closed, as
     * {@link #queueMessage} does for one.
     */
    private void queueMessages(List<OutgoingRegistration> registrations, String by) {
        try {
            outbox.queueAll(registrations, by, Outbox.Release.HELD);
        } catch (InvalidRegistrationException e) {
            throw new RegistrationRefusedException(null, "vaccination.message.invalid", String.join("; ", e.reasons()));
        }
    }

    private String queueMessage(
            ContactMoment moment,
            ChildDossier child,
            String by,
            Outbox.Release release,
            OutgoingRegistration.Professional approver) {
        return registrationMessages
                .build(moment, child, approver)
                .map(registration -> {
                    try {
                        outbox.queue(registration, by, release);
                    } catch (InvalidRegistrationException e) {
                        throw new RegistrationRefusedException(
                                null, "vaccination.message.invalid", String.join("; ", e.reasons()));
                    }
                    return "queued " + registration.kind();
                })
                .orElse("nothing to send");
    }

    /**
     * Reopens an approved registration for correction before dispatch (UC2): its message is taken out of the queue
     * and never sent; a new approval queues a new one.
     *
     * @throws RegistrationRefusedException when the message has already left: record a correction request instead
     */
    @PreAuthorize(PROFESSIONAL)
    @Transactional
    public void correct(UUID id) {
        ContactMoment moment = approvedForUpdate(id);
        takeOutOfQueue(moment, "correction");
        programmeObjections.deleteByContactMomentId(id);
        moment.reopen();
        audit.record(
                AuditAction.VACCINATION_CORRECT,
                dossiers.get(moment.getDossierId()).ref(),
                null);
    }

    /** Withdraws a registration before dispatch (not given after all, registered on the wrong child). */
    @PreAuthorize(PROFESSIONAL)
    @Transactional
    public void withdraw(UUID id, String reason) {
        ContactMoment moment = moments.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("contact moment"));
        if (moment.getState() == RegistrationState.APPROVED) {
            takeOutOfQueue(moment, reason);
            programmeObjections.deleteByContactMomentId(id);
        }
        moment.withdraw(Actor.name(), reason, clock);
        audit.record(
                AuditAction.VACCINATION_WITHDRAW,
                dossiers.get(moment.getDossierId()).ref(),
                null);
    }

    private void takeOutOfQueue(ContactMoment moment, String reason) {
        if (outbox.canRetract(moment.getId())) {
            // the register accepted it and allows taking it back (Vaccinnet RegistratieService, Vaccicard): the
            // correction is a retraction, then the new approval registers again
            outbox.retract(moment.getId(), Actor.name());
            return;
        }
        try {
            outbox.withdraw(moment.getId(), Actor.name(), reason == null ? null : truncate(reason, 200));
        } catch (AlreadySentException e) {
            throw new RegistrationRefusedException(null, "vaccination.correct.alreadySent");
        }
    }

    /** After dispatch: records what is wrong and what was agreed with RIVM (rules.md §9). */
    @PreAuthorize(PROFESSIONAL)
    @Transactional
    public void requestCorrection(
            UUID id, String whatIsWrong, boolean rivmCalled, String agreement, String rivmContact, LocalDate agreedOn) {
        ContactMoment moment = get(id);
        MessageState state = outbox.stateOf(id).orElse(null);
        if (moment.getState() != RegistrationState.APPROVED || state == null || !state.hasLeft()) {
            throw new RegistrationRefusedException(null, "correctionRequest.notSent");
        }
        if (!rivmCalled) {
            throw new RegistrationRefusedException("rivmCalled", "correctionRequest.rivmCalled.required");
        }
        correctionRequests.save(new CorrectionRequest(
                id,
                moment.getDossierId(),
                whatIsWrong.strip(),
                true,
                agreement.strip(),
                rivmContact.strip(),
                agreedOn,
                Actor.name(),
                clock.instant()));
        audit.record(
                AuditAction.CORRECTION_REQUEST,
                dossiers.get(moment.getDossierId()).ref(),
                null);
    }

    /** Marks a registration of a child without BSN as reported on RIVM's form. */
    @PreAuthorize(PROFESSIONAL)
    @Transactional
    public void reportedOnRivmForm(UUID id) {
        ContactMoment moment = get(id);
        moment.reportedOnRivmForm();
        audit.record(
                AuditAction.RIVM_FORM_REPORTED,
                dossiers.get(moment.getDossierId()).ref(),
                null);
    }

    @Transactional(readOnly = true)
    public List<ProgrammeObjection> programmeObjections(UUID dossierId) {
        return programmeObjections.findByDossierIdOrderByRecordedAtAsc(dossierId);
    }

    @Transactional(readOnly = true)
    public List<CorrectionRequest> correctionRequests(UUID dossierId) {
        return correctionRequests.findByDossierIdOrderByRecordedAtAsc(dossierId);
    }

    @Transactional(readOnly = true)
    public List<ContactMoment> ofDossier(UUID dossierId) {
        List<ContactMoment> list = moments.findByDossier(dossierId);
        list.forEach(m -> m.getLines().size());
        return list;
    }

    /** Every child who received this batch (a recall), in order of vaccination date. */
    @PreAuthorize(PROFESSIONAL)
    @Transactional
    public List<Vaccination> recall(String batchNumber) {
        List<Vaccination> found = moments.givenFromBatch(BatchCheck.normalise(batchNumber));
        String detail = "batch " + BatchCheck.normalise(batchNumber) + ": " + found.size();
        audit.record(AuditAction.RECALL_QUERY, null, detail);
        // every child on the list, in the child's own trail (one batch)
        audit.recordShown(
                AuditAction.RECALL_QUERY,
                dossiers
                        .getAll(found.stream()
                                .map(Vaccination::getDossierId)
                                .distinct()
                                .toList())
                        .stream()
                        .map(ChildDossier::ref)
                        .toList(),
                "recall " + detail);
        return found;
    }

    /** The name of a vaccine type. */
    public String vaccineName(String code) {
        return schedule.vaccineType(code).map(t -> t.getName()).orElse(code);
    }

    private ContactMoment draft(UUID id) {
        ContactMoment moment = moments.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("contact moment"));
        if (!moment.isDraft()) {
            throw new RegistrationRefusedException(null, "vaccination.notDraft");
        }
        return moment;
    }

    private ContactMoment approvedForUpdate(UUID id) {
        ContactMoment moment = moments.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("contact moment"));
        if (moment.getState() != RegistrationState.APPROVED) {
            throw new RegistrationRefusedException(null, "vaccination.correct.notApproved");
        }
        return moment;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** A vaccination given before the child came here, with its batch number. */
    public record Earlier(String vaccineType, LocalDate date, String batchNumber) {}

    /** What a mass vaccination session approves: its date, location and children, each with its own vaccinations. */
    public record SessionApproval(LocalDate date, Long locationId, List<SessionChild> children) {}

    /**
     * A child of a mass vaccination session with the lots in use at its desk when it was scanned, and the vaccinator
     * working there (null when none was named) with the injection site (null when not known).
     */
    public record SessionChild(
            UUID dossierId, List<SessionVaccine> vaccines, String vaccinator, InjectionSite injectionSite) {}

    /**
     * A vaccine type of a mass vaccination session with its preset batch.
     *
     * @param checkedAgainstList false for "overig": a number confirmed by hand that is not in the register's list
     */
    public record SessionVaccine(
            String vaccineType, String batchNumber, LocalDate expiry, boolean checkedAgainstList, String productName) {}

    /** What a scanned pack told about the vial (GTIN, serial, expiry). */
    public record PackInfo(String gtin, String serial, LocalDate expiry) {}
}
