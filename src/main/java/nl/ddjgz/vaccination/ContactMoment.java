package nl.ddjgz.vaccination;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.schedule.ContactActivity;

/**
 * A contact moment at which vaccinations are registered: the aggregate that guards the lines and the approval.
 * Lines change only while it is a draft; approval (akkoord) makes it a fact; before dispatch it can be reopened for
 * correction or withdrawn.
 */
@Entity
@Table(name = "contact_moment")
public class ContactMoment {

    @Id
    private UUID id;

    private UUID dossierId;
    private String activity;
    private LocalDate momentDate;
    private Long locationId;

    @Enumerated(EnumType.STRING)
    private RegistrationState state;

    @Enumerated(EnumType.STRING)
    private RivmForm rivmForm;

    private String createdBy;
    private Instant createdAt;
    private String approvedBy;
    private String vaccinator;
    private boolean heldBySession;

    @Enumerated(EnumType.STRING)
    private InjectionSite injectionSite;

    private Instant approvedAt;
    private String withdrawnBy;
    private Instant withdrawnAt;
    private String withdrawReason;

    @Version
    private Long version;

    @OneToMany(mappedBy = "contactMoment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<Vaccination> lines = new ArrayList<>();

    protected ContactMoment() {}

    /**
     * Starts a contact moment for a child.
     *
     * @throws RegistrationRefusedException when the date is in the future or before the child's birth
     */
    static ContactMoment start(
            UUID dossierId,
            LocalDate birthDate,
            ContactActivity activity,
            LocalDate date,
            Long locationId,
            String by,
            Clock clock) {
        if (date == null) {
            throw new RegistrationRefusedException("date", "vaccination.date.required");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new RegistrationRefusedException("date", "vaccination.date.future");
        }
        if (date.isBefore(birthDate)) {
            throw new RegistrationRefusedException("date", "vaccination.date.beforeBirth");
        }
        ContactMoment moment = new ContactMoment();
        moment.id = UUID.randomUUID();
        moment.dossierId = dossierId;
        moment.activity = activity.code();
        moment.momentDate = date;
        moment.locationId = locationId;
        moment.state = RegistrationState.DRAFT;
        moment.rivmForm = RivmForm.NONE;
        moment.createdBy = by;
        moment.createdAt = clock.instant();
        return moment;
    }

    /**
     * Vaccinations given elsewhere before the child came here (a dossier transfer, W0188 activity 45): recorded as
     * approved facts. The register already has them, so no message goes out.
     */
    static ContactMoment transferred(
            UUID dossierId, LocalDate date, List<ContactMoments.Earlier> vaccinations, String by, Clock clock) {
        ContactMoment moment = new ContactMoment();
        moment.id = UUID.randomUUID();
        moment.dossierId = dossierId;
        moment.activity = ContactActivity.DOSSIER_TRANSFER.code();
        moment.momentDate = date;
        moment.state = RegistrationState.DRAFT;
        moment.rivmForm = RivmForm.NONE;
        moment.createdBy = by;
        moment.createdAt = clock.instant();
        for (ContactMoments.Earlier earlier : vaccinations) {
            Vaccination line = moment.addLine(earlier.vaccineType());
            line.given(new BatchChoice(earlier.batchNumber(), null, false, null, null, null));
        }
        moment.approve(by, clock);
        return moment;
    }

    /** Adds a line for a vaccine type (from the schedule, or chosen by hand). */
    Vaccination addLine(String vaccineType) {
        requireDraft();
        if (lines.stream().anyMatch(l -> l.getVaccineType().equals(vaccineType))) {
            throw new RegistrationRefusedException("vaccineType", "vaccination.line.duplicate");
        }
        int next = lines.stream().mapToInt(Vaccination::getLineNo).max().orElse(0) + 1;
        Vaccination line = new Vaccination(this, next, vaccineType);
        lines.add(line);
        return line;
    }

    void removeLine(UUID lineId) {
        requireDraft();
        lines.remove(line(lineId));
    }

    void registerGiven(UUID lineId, BatchChoice batch) {
        requireDraft();
        line(lineId).given(batch);
    }

    /**
     * Records an objection instead of a vaccination.
     *
     * @throws RegistrationRefusedException for a medical objection without the adviser's consultation, or a principled
     *     one without scope
     */
    void registerObjection(UUID lineId, ObjectionReason reason, ObjectionScope scope, boolean adviserConsulted) {
        requireDraft();
        if (reason == null) {
            throw new RegistrationRefusedException("reason", "objection.reason.required");
        }
        if (reason == ObjectionReason.MEDICAL && !adviserConsulted) {
            throw new RegistrationRefusedException("adviserConsulted", "objection.medical.adviserRequired");
        }
        if (reason == ObjectionReason.PRINCIPLED && scope == null) {
            throw new RegistrationRefusedException("scope", "objection.principled.scopeRequired");
        }
        line(lineId).objection(reason, scope, adviserConsulted);
    }

    void registerPostponement(UUID lineId, String reason) {
        requireDraft();
        if (reason == null || reason.isBlank()) {
            throw new RegistrationRefusedException("reason", "postponement.reason.required");
        }
        line(lineId).postponed(reason.strip());
    }

    void clearLine(UUID lineId) {
        requireDraft();
        line(lineId).clear();
    }

    /**
     * The professional's deliberate approval: every line decided, at least one vaccination or objection.
     *
     * @throws RegistrationRefusedException when it is not a draft, a line is still open, or nothing is registered
     */
    void approve(String by, Clock clock) {
        requireDraft();
        if (lines.stream().anyMatch(l -> l.getOutcome() == LineOutcome.PENDING)) {
            throw new RegistrationRefusedException(null, "vaccination.approve.openLines");
        }
        if (lines.stream().noneMatch(Vaccination::isRegistered)) {
            throw new RegistrationRefusedException(null, "vaccination.approve.nothing");
        }
        Instant now = clock.instant();
        state = RegistrationState.APPROVED;
        approvedBy = by;
        approvedAt = now;
        lines.forEach(l -> l.approved(by, now));
    }

    /**
     * Who vaccinated (the vaccinator, apart from the professional who approves) and where, when known.
     *
     * @throws RegistrationRefusedException when it is not a draft, or the name is longer than 100 characters
     */
    void vaccinatedBy(String name, InjectionSite site) {
        requireDraft();
        String stripped = name == null || name.isBlank() ? null : name.strip();
        if (stripped != null && stripped.length() > 100) {
            throw new RegistrationRefusedException("vaccinator", "vaccination.vaccinator.tooLong");
        }
        vaccinator = stripped;
        injectionSite = site;
    }

    /** Registered by a mass vaccination session that is not closed: its messages wait for the closing. */
    void holdForSession() {
        heldBySession = true;
    }

    /** Whether a mass vaccination session that is not closed yet holds this registration's messages. */
    public boolean isHeldBySession() {
        return heldBySession;
    }

    /** Marks that the registration must go on RIVM's form (a child without BSN). */
    void needsRivmForm() {
        rivmForm = RivmForm.NEEDED;
    }

    void reportedOnRivmForm() {
        if (rivmForm != RivmForm.NEEDED) {
            throw new RegistrationRefusedException(null, "rivmForm.notNeeded");
        }
        rivmForm = RivmForm.REPORTED;
    }

    /** Reopens an approved registration for correction (its message was taken out of the queue). */
    void reopen() {
        if (state != RegistrationState.APPROVED) {
            throw new RegistrationRefusedException(null, "vaccination.correct.notApproved");
        }
        state = RegistrationState.DRAFT;
        approvedBy = null;
        approvedAt = null;
        rivmForm = RivmForm.NONE;
        lines.forEach(Vaccination::reopened);
    }

    /** Withdraws the registration: not given after all, or registered on the wrong child. */
    void withdraw(String by, String reason, Clock clock) {
        if (state == RegistrationState.WITHDRAWN) {
            throw new RegistrationRefusedException(null, "vaccination.withdraw.already");
        }
        if (reason == null || reason.isBlank()) {
            throw new RegistrationRefusedException("reason", "vaccination.withdraw.reasonRequired");
        }
        state = RegistrationState.WITHDRAWN;
        withdrawnBy = by;
        withdrawnAt = clock.instant();
        withdrawReason = reason.strip();
        lines.forEach(Vaccination::withdrawn);
    }

    private void requireDraft() {
        if (state != RegistrationState.DRAFT) {
            throw new RegistrationRefusedException(null, "vaccination.notDraft");
        }
    }

    Vaccination line(UUID lineId) {
        return lines.stream()
                .filter(l -> l.getId().equals(lineId))
                .findFirst()
                .orElseThrow(() -> new RegistrationRefusedException(null, "vaccination.line.unknown"));
    }

    /** Whether a principled objection to the whole programme is among the lines. */
    boolean hasProgrammeObjection() {
        return lines.stream().anyMatch(l -> l.getObjectionScope() == ObjectionScope.PROGRAMME);
    }

    public UUID getId() {
        return id;
    }

    public UUID getDossierId() {
        return dossierId;
    }

    public ContactActivity getActivity() {
        return ContactActivity.ofCode(activity).orElseThrow();
    }

    public LocalDate getMomentDate() {
        return momentDate;
    }

    public Long getLocationId() {
        return locationId;
    }

    public RegistrationState getState() {
        return state;
    }

    public RivmForm getRivmForm() {
        return rivmForm;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    /** The vaccinator's name, or null when none was recorded. */
    public String getVaccinator() {
        return vaccinator;
    }

    /** Where the vaccine was given, or null when not known. */
    public InjectionSite getInjectionSite() {
        return injectionSite;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public Long getVersion() {
        return version;
    }

    public List<Vaccination> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public boolean isDraft() {
        return state == RegistrationState.DRAFT;
    }
}
