package nl.ddjgz.massvaccination;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MassVaccinationSessionRepository extends Repository<MassVaccinationSession, UUID> {

    MassVaccinationSession save(MassVaccinationSession session);

    Optional<MassVaccinationSession> findById(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from MassVaccinationSession s where s.id = :id")
    Optional<MassVaccinationSession> findByIdForUpdate(UUID id);

    /** Shares the session row with the other desks' scans; an approval waits until they are done. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select s from MassVaccinationSession s where s.id = :id")
    Optional<MassVaccinationSession> findByIdForShare(UUID id);

    @Query("select s from MassVaccinationSession s order by s.sessionDate desc, s.createdAt desc limit 50")
    List<MassVaccinationSession> recent();
}
