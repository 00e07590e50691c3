package nl.ddjgz.vaccination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
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
import nl.ddjgz.schedule.ContactActivity;
import nl.ddjgz.schedule.DueVaccination;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation desk's preparation of a contact moment: start it, fill its vaccine lines (batch number, objection,
 * postponement, who vaccinated), and record vaccinations given before the child came here. The professional's
 * approval is {@link DeskApproval}, what follows it {@link Corrections}; what a child had is
 * {@link VaccinationHistory}; a mass vaccination session is registered by {@link SessionRegistrations}. One
 * transaction per user action; every change is audited.
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
    private final Dossiers dossiers;
    private final VaccinationSchedule schedule;
    private final BatchNumbers batchNumbers;
    private final VaccinationHistory history;
    private final AuditTrail audit;
    private final Clock clock;

    ContactMoments(
            ContactMomentRepository moments,
            Dossiers dossiers,
            VaccinationSchedule schedule,
            BatchNumbers batchNumbers,
            VaccinationHistory history,
            AuditTrail audit,
            Clock clock) {
        this.moments = moments;
        this.dossiers = dossiers;
        this.schedule = schedule;
        this.batchNumbers = batchNumbers;
        this.history = history;
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
        for (DueVaccination due :
                schedule.forContactMoment(dossier.facts(), activity, date, history.given(dossierId))) {
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
        return moments.withLinesOrNotFound(id);
    }

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

    /** The name of a vaccine type. */
    public String vaccineName(String code) {
        return schedule.vaccineName(code);
    }

    private ContactMoment draft(UUID id) {
        ContactMoment moment = moments.lockedOrNotFound(id);
        if (!moment.isDraft()) {
            throw new RegistrationRefusedException(null, "vaccination.notDraft");
        }
        return moment;
    }

    /** A vaccination given before the child came here, with its batch number. */
    public record Earlier(String vaccineType, LocalDate date, String batchNumber) {}

    /** What a scanned pack told about the vial (GTIN, serial, expiry). */
    public record PackInfo(String gtin, String serial, LocalDate expiry) {}
}
