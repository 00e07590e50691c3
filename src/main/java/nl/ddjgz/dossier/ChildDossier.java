package nl.ddjgz.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.ddjgz.audit.DossierRef;
import nl.ddjgz.schedule.ChildFacts;
import nl.ddjgz.schedule.DktpSchedule;
import nl.ddjgz.schedule.MaternalPertussis;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Postcode;
import org.hibernate.annotations.Generated;

/** The vaccination part of a child's JGZ dossier. Guards its own data: see {@link #check(ChildData, Clock)}. */
@Entity
@Table(name = "child_dossier")
public class ChildDossier {

    /** Children older than this are not in youth health care. */
    static final int MAX_AGE_YEARS = 19;

    @Id
    private UUID id;

    @Generated
    @Column(insertable = false, updatable = false)
    private Long dossierNumber;

    @Convert(converter = BsnConverter.class)
    private Bsn bsn;

    @Convert(converter = InszConverter.class)
    private Insz insz;

    private String givenNames;
    private String namePrefix;
    private String familyName;
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Embedded
    private Address address;

    @Convert(converter = DktpScheduleConverter.class)
    private DktpSchedule dktpSchedule;

    @Column(name = "mother_hbsag_positive")
    private boolean motherHbsagPositive;

    @Embedded
    private Consent consent;

    @Enumerated(EnumType.STRING)
    @Column(name = "maternal_pertussis")
    private MaternalPertussis.Given maternalPertussis;

    @Column(name = "maternal_pertussis_date")
    private LocalDate maternalPertussisDate;

    @Column(name = "maternal_pertussis_week")
    private Integer maternalPertussisWeek;

    @Column(name = "weeks_at_birth")
    private Integer weeksAtBirth;

    @Column(name = "maternal_pertussis_by")
    private String maternalPertussisBy;

    @Column(name = "maternal_pertussis_at")
    private Instant maternalPertussisAt;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    protected ChildDossier() {}

    /** A new dossier for a child who is not known here yet (born here, or moved from another JGZ organisation). */
    static ChildDossier open(ChildData data, Clock clock) {
        check(data, clock);
        ChildDossier dossier = new ChildDossier();
        dossier.id = UUID.randomUUID();
        dossier.createdAt = clock.instant();
        dossier.apply(data, clock);
        return dossier;
    }

    /** Changes the child's data (after the same checks as when opening). */
    void change(ChildData data, Clock clock) {
        check(data, clock);
        apply(data, clock);
    }

    private void apply(ChildData data, Clock clock) {
        this.bsn = data.bsn();
        this.insz = data.insz();
        this.givenNames = data.givenNames().strip();
        this.namePrefix = data.namePrefix() == null || data.namePrefix().isBlank()
                ? null
                : data.namePrefix().strip();
        this.familyName = data.familyName().strip();
        this.birthDate = data.birthDate();
        this.gender = data.gender();
        this.address = data.address() == null ? Address.none() : data.address();
        this.dktpSchedule = data.dktpSchedule();
        this.motherHbsagPositive = data.motherHbsagPositive();
        this.consent = data.consent() == null ? Consent.unknown() : data.consent();
        this.updatedAt = clock.instant();
    }

    /** The domain rules a form cannot fully check; each refusal names the field and a message key. */
    static void check(ChildData data, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (data.givenNames() == null || data.givenNames().isBlank()) {
            throw new InvalidChildDataException("givenNames", "dossier.givenNames.required");
        }
        if (data.familyName() == null || data.familyName().isBlank()) {
            throw new InvalidChildDataException("familyName", "dossier.familyName.required");
        }
        if (data.birthDate() == null) {
            throw new InvalidChildDataException("birthDate", "dossier.birthDate.required");
        }
        if (data.birthDate().isAfter(today)) {
            throw new InvalidChildDataException("birthDate", "dossier.birthDate.future");
        }
        if (data.birthDate().isBefore(today.minusYears(MAX_AGE_YEARS))) {
            throw new InvalidChildDataException("birthDate", "dossier.birthDate.tooOld");
        }
        if (data.gender() == null) {
            throw new InvalidChildDataException("gender", "dossier.gender.required");
        }
        Address address = data.address();
        if (address != null && address.postcode() != null && !Postcode.isValid(address.postcode())) {
            throw new InvalidChildDataException("postcode", "dossier.postcode.invalid");
        }
        checkConsent(data.consent(), data.birthDate(), today);
    }

    private static void checkConsent(Consent consent, LocalDate birthDate, LocalDate today) {
        if (consent == null || consent.given() == null) {
            return;
        }
        if (consent.source() == null) {
            throw new InvalidChildDataException("consentSource", "dossier.consent.source.required");
        }
        if (consent.way() == null) {
            throw new InvalidChildDataException("consentWay", "dossier.consent.way.required");
        }
        if (consent.date() == null) {
            throw new InvalidChildDataException("consentDate", "dossier.consent.date.required");
        }
        if (consent.date().isAfter(today) || consent.date().isBefore(birthDate)) {
            throw new InvalidChildDataException("consentDate", "dossier.consent.date.range");
        }
        if (consent.endDate() != null && consent.endDate().isBefore(consent.date())) {
            throw new InvalidChildDataException("consentEndDate", "dossier.consent.endDate.beforeStart");
        }
    }

    /** What the RVP schedule needs to know of this child. */
    public ChildFacts facts() {
        return new ChildFacts(birthDate, dktpSchedule, motherHbsagPositive, getMaternalPertussis());
    }

    /** How many weeks before birth a maternal vaccination can at most be given: the longest pregnancy recorded. */
    static final int LONGEST_PREGNANCY_WEEKS = 45;

    /**
     * Records the mother's pertussis vaccination in pregnancy.
     *
     * @throws InvalidChildDataException when it does not fit the birth: a date after the birth or before the
     *     pregnancy, a week after the end of the pregnancy, given without date or week, or a date or week when not given
     */
    void recordMaternalPertussis(MaternalPertussis maternal, String by, Clock clock) {
        checkMaternalPertussis(maternal, birthDate);
        this.maternalPertussis = maternal.given();
        this.maternalPertussisDate = maternal.date();
        this.maternalPertussisWeek = maternal.pregnancyWeek();
        this.weeksAtBirth = maternal.weeksAtBirth();
        this.maternalPertussisBy = by;
        this.maternalPertussisAt = clock.instant();
        this.updatedAt = clock.instant();
    }

    static void checkMaternalPertussis(MaternalPertussis maternal, LocalDate birthDate) {
        Integer atBirth = maternal.weeksAtBirth();
        if (atBirth != null && (atBirth < 20 || atBirth > LONGEST_PREGNANCY_WEEKS)) {
            throw new InvalidChildDataException("weeksAtBirth", "maternalPertussis.weeksAtBirth.range");
        }
        if (maternal.given() != MaternalPertussis.Given.YES) {
            if (maternal.date() != null || maternal.pregnancyWeek() != null) {
                throw new InvalidChildDataException("given", "maternalPertussis.notGiven.noDate");
            }
            return;
        }
        if (maternal.date() == null && maternal.pregnancyWeek() == null) {
            throw new InvalidChildDataException("date", "maternalPertussis.dateOrWeek.required");
        }
        if (maternal.date() != null) {
            if (maternal.date().isAfter(birthDate)) {
                throw new InvalidChildDataException("date", "maternalPertussis.date.afterBirth");
            }
            if (maternal.date().isBefore(birthDate.minusWeeks(LONGEST_PREGNANCY_WEEKS))) {
                throw new InvalidChildDataException("date", "maternalPertussis.date.beforePregnancy");
            }
        }
        Integer week = maternal.pregnancyWeek();
        if (week != null && (week < 1 || week > LONGEST_PREGNANCY_WEEKS)) {
            throw new InvalidChildDataException("pregnancyWeek", "maternalPertussis.week.range");
        }
        if (week != null && atBirth != null && week > atBirth) {
            throw new InvalidChildDataException("pregnancyWeek", "maternalPertussis.week.afterBirth");
        }
    }

    /** The mother's pertussis vaccination in pregnancy, or null when nothing is recorded. */
    public MaternalPertussis getMaternalPertussis() {
        return maternalPertussis == null
                ? null
                : new MaternalPertussis(maternalPertussis, maternalPertussisDate, maternalPertussisWeek, weeksAtBirth);
    }

    /** Who recorded the maternal pertussis vaccination, or null. */
    public String getMaternalPertussisBy() {
        return maternalPertussisBy;
    }

    public Instant getMaternalPertussisAt() {
        return maternalPertussisAt;
    }

    /** How the audit trail refers to this dossier. */
    public DossierRef ref() {
        return new DossierRef(id, dossierNumber == null ? 0 : dossierNumber);
    }

    /** Whose consent is needed at the child's age on the date. */
    public ConsentAuthority consentAuthorityOn(LocalDate date) {
        return ConsentAuthority.at(birthDate, date);
    }

    /** Children without BSN exist: nothing can go to Praeventis for them. */
    public boolean hasBsn() {
        return bsn != null;
    }

    /** Belgian children are identified by their INSZ (rijksregisternummer); others may have none. */
    public boolean hasInsz() {
        return insz != null;
    }

    /** "Jan de Vries" style display name. */
    public String fullName() {
        return givenNames + " " + (namePrefix == null ? "" : namePrefix + " ") + familyName;
    }

    public UUID getId() {
        return id;
    }

    public Long getDossierNumber() {
        return dossierNumber;
    }

    public Bsn getBsn() {
        return bsn;
    }

    /** The INSZ, or null when the child has none. */
    public Insz getInsz() {
        return insz;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public String getNamePrefix() {
        return namePrefix;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public Address getAddress() {
        return address;
    }

    public DktpSchedule getDktpSchedule() {
        return dktpSchedule;
    }

    public boolean isMotherHbsagPositive() {
        return motherHbsagPositive;
    }

    /**
     * The consent; never null. JPA loads an embeddable whose columns are all null as null, which is how a dossier
     * opened without any consent data comes back from the database.
     */
    public Consent getConsent() {
        return consent == null ? Consent.unknown() : consent;
    }

    public Long getVersion() {
        return version;
    }
}
