package nl.ddjgz.vaccination;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ddjgz.shared.NotFoundException;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ContactMomentRepository extends Repository<ContactMoment, UUID> {

    ContactMoment save(ContactMoment moment);

    ContactMoment saveAndFlush(ContactMoment moment);

    void flush();

    @Query("select c from ContactMoment c left join fetch c.lines where c.id = :id")
    Optional<ContactMoment> findWithLines(UUID id);

    /** Locks the contact moment row (its lines load when first used, in the same transaction). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ContactMoment c where c.id = :id")
    Optional<ContactMoment> findByIdForUpdate(UUID id);

    /** The contact moment with its lines, or not found (a 404 for the user). */
    default ContactMoment withLinesOrNotFound(UUID id) {
        return findWithLines(id).orElseThrow(() -> new NotFoundException("contact moment"));
    }

    /** Locks the contact moment row (see {@link #findByIdForUpdate}), or not found. */
    default ContactMoment lockedOrNotFound(UUID id) {
        return findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("contact moment"));
    }

    /**
     * Locks an approved contact moment's row.
     *
     * @throws RegistrationRefusedException when it is not approved
     */
    default ContactMoment approvedForUpdate(UUID id) {
        ContactMoment moment = lockedOrNotFound(id);
        if (moment.getState() != RegistrationState.APPROVED) {
            throw new RegistrationRefusedException(null, "vaccination.correct.notApproved");
        }
        return moment;
    }

    @Query("select c from ContactMoment c where c.dossierId = :dossierId order by c.momentDate desc, c.createdAt desc")
    List<ContactMoment> findByDossier(UUID dossierId);

    @Query("""
            select count(v) > 0 from Vaccination v
            where v.dossierId = :dossierId and v.vaccineType = :vaccineType and v.vaccinationDate = :date
              and v.state = nl.ddjgz.vaccination.RegistrationState.APPROVED
              and v.outcome in (nl.ddjgz.vaccination.LineOutcome.GIVEN, nl.ddjgz.vaccination.LineOutcome.OBJECTION)
            """)
    boolean alreadyRegistered(UUID dossierId, String vaccineType, LocalDate date);

    @Query("""
            select v from Vaccination v
            where v.dossierId = :dossierId and v.state = nl.ddjgz.vaccination.RegistrationState.APPROVED
              and v.outcome = nl.ddjgz.vaccination.LineOutcome.GIVEN
            """)
    List<Vaccination> givenTo(UUID dossierId);

    @Query("""
            select v from Vaccination v
            where v.dossierId = :dossierId and v.state = nl.ddjgz.vaccination.RegistrationState.APPROVED
              and v.outcome = nl.ddjgz.vaccination.LineOutcome.OBJECTION
            """)
    List<Vaccination> objectionsOf(UUID dossierId);

    @Query("""
            select v from Vaccination v join fetch v.contactMoment
            where upper(v.batchNumber) = upper(:batchNumber) and v.state = nl.ddjgz.vaccination.RegistrationState.APPROVED
            order by v.vaccinationDate
            """)
    List<Vaccination> givenFromBatch(String batchNumber);

    @Query("""
            select distinct v.dossierId from Vaccination v
            where v.dossierId in :dossierIds and v.vaccineType in :vaccineTypes and v.vaccinationDate = :date
              and v.state = nl.ddjgz.vaccination.RegistrationState.APPROVED
              and v.outcome in (nl.ddjgz.vaccination.LineOutcome.GIVEN, nl.ddjgz.vaccination.LineOutcome.OBJECTION)
            """)
    List<UUID> registeredOn(
            java.util.Collection<UUID> dossierIds, java.util.Collection<String> vaccineTypes, LocalDate date);

    /** A mass vaccination session was closed: its contact moments are no longer held by it. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update ContactMoment m set m.heldBySession = false where m.id in :ids")
    int releaseFromSession(java.util.Collection<UUID> ids);
}
