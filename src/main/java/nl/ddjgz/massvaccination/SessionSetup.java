package nl.ddjgz.massvaccination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.batch.BatchCheck;
import nl.ddjgz.batch.BatchListInfo;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.batch.OtherNumberCheck;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.vaccination.ContactMoments;
import nl.ddjgz.vaccination.InjectionSite;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a session up and what its desks work with: the day's vaccine types with their checked batches, a lot
 * switched at a desk during the session, the vaccinator working at a desk. One transaction per action.
 */
@Service
public class SessionSetup {

    private final Sessions sessions;
    private final BatchNumbers batchNumbers;
    private final ContactMoments contactMoments;
    private final DeskSettings deskSettings;
    private final Clock clock;

    SessionSetup(
            Sessions sessions,
            BatchNumbers batchNumbers,
            ContactMoments contactMoments,
            DeskSettings deskSettings,
            Clock clock) {
        this.sessions = sessions;
        this.batchNumbers = batchNumbers;
        this.contactMoments = contactMoments;
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
        MassVaccinationSession session = sessions.forUpdate(sessionId);
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
    public DeskSetting setVaccinator(UUID sessionId, String desk, String vaccinator, InjectionSite site) {
        MassVaccinationSession session = sessions.forUpdate(sessionId);
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
        return deskSetting(sessions.get(sessionId), desk);
    }

    private DeskSetting deskSetting(MassVaccinationSession session, String desk) {
        return deskSettings.current(session.getId(), desk).orElseGet(() -> DeskSetting.preset(session, desk));
    }

    /** Every change at the session's desks (lot switched, vaccinator), first first: who, what, when. */
    @Transactional(readOnly = true)
    public List<DeskSetting> deskChanges(UUID sessionId) {
        return List.copyOf(deskSettings.ofSession(sessionId).values());
    }

    /** The number the organisation identifies children by: the INSZ when it reports to a Belgian register. */
    public IdentifierKind identifierKind() {
        return sessions.identifierKind();
    }

    @Transactional(readOnly = true)
    public MassVaccinationSession get(UUID id) {
        return sessions.get(id);
    }

    @Transactional(readOnly = true)
    public List<MassVaccinationSession> recent() {
        return sessions.recent();
    }

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
}
