package nl.ddjgz.vaccination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One vaccine line of a contact moment: a vaccination with its batch number, an objection, or a postponement. Changed
 * only through its {@link ContactMoment}.
 */
@Entity
@Table(name = "vaccination")
public class Vaccination {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_moment_id")
    private ContactMoment contactMoment;

    private UUID dossierId;
    private int lineNo;
    private String vaccineType;
    private LocalDate vaccinationDate;

    @Enumerated(EnumType.STRING)
    private LineOutcome outcome;

    private String batchNumber;
    private LocalDate batchExpiry;
    private boolean batchChecked;
    private String productName;
    private String packGtin;
    private String packSerial;

    @Column(name = "objection_reason")
    private String objectionReasonCode;

    @Enumerated(EnumType.STRING)
    private ObjectionScope objectionScope;

    private Boolean medicalAdviserConsulted;
    private String postponementReason;

    @Enumerated(EnumType.STRING)
    private RegistrationState state;

    private String approvedBy;
    private Instant approvedAt;

    protected Vaccination() {}

    Vaccination(ContactMoment contactMoment, int lineNo, String vaccineType) {
        this.id = UUID.randomUUID();
        this.contactMoment = contactMoment;
        this.dossierId = contactMoment.getDossierId();
        this.lineNo = lineNo;
        this.vaccineType = vaccineType;
        this.vaccinationDate = contactMoment.getMomentDate();
        this.outcome = LineOutcome.PENDING;
        this.state = RegistrationState.DRAFT;
    }

    void given(BatchChoice batch) {
        clear();
        this.outcome = LineOutcome.GIVEN;
        this.batchNumber = batch.batchNumber();
        this.batchExpiry = batch.expiry();
        this.batchChecked = batch.checkedAgainstList();
        this.productName = batch.productName();
        this.packGtin = batch.gtin();
        this.packSerial = batch.serial();
    }

    void objection(ObjectionReason reason, ObjectionScope scope, boolean adviserConsulted) {
        clear();
        this.outcome = LineOutcome.OBJECTION;
        this.objectionReasonCode = reason.code();
        this.objectionScope = reason == ObjectionReason.PRINCIPLED ? scope : null;
        this.medicalAdviserConsulted = reason == ObjectionReason.MEDICAL ? adviserConsulted : null;
    }

    void postponed(String reason) {
        clear();
        this.outcome = LineOutcome.POSTPONED;
        this.postponementReason = reason;
    }

    void clear() {
        outcome = LineOutcome.PENDING;
        batchNumber = null;
        batchExpiry = null;
        batchChecked = false;
        productName = null;
        packGtin = null;
        packSerial = null;
        objectionReasonCode = null;
        objectionScope = null;
        medicalAdviserConsulted = null;
        postponementReason = null;
    }

    void approved(String by, Instant at) {
        state = RegistrationState.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    void reopened() {
        state = RegistrationState.DRAFT;
        approvedBy = null;
        approvedAt = null;
    }

    void withdrawn() {
        state = RegistrationState.WITHDRAWN;
    }

    /** Whether this line goes to the register (a vaccination or an objection; a postponement never does). */
    public boolean isRegistered() {
        return outcome == LineOutcome.GIVEN || outcome == LineOutcome.OBJECTION;
    }

    public UUID getId() {
        return id;
    }

    public UUID getDossierId() {
        return dossierId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getVaccineType() {
        return vaccineType;
    }

    public LocalDate getVaccinationDate() {
        return vaccinationDate;
    }

    public LineOutcome getOutcome() {
        return outcome;
    }

    public String getBatchNumber() {
        return batchNumber;
    }

    public LocalDate getBatchExpiry() {
        return batchExpiry;
    }

    public boolean isBatchChecked() {
        return batchChecked;
    }

    public String getProductName() {
        return productName;
    }

    public String getPackGtin() {
        return packGtin;
    }

    public ObjectionReason getObjectionReason() {
        return ObjectionReason.ofCode(objectionReasonCode);
    }

    public ObjectionScope getObjectionScope() {
        return objectionScope;
    }

    public Boolean getMedicalAdviserConsulted() {
        return medicalAdviserConsulted;
    }

    public String getPostponementReason() {
        return postponementReason;
    }

    public RegistrationState getState() {
        return state;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
