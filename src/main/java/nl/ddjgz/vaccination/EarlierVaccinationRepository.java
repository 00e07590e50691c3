package nl.ddjgz.vaccination;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EarlierVaccinationRepository extends JpaRepository<EarlierVaccination, UUID> {

    List<EarlierVaccination> findByDossierIdOrderByVaccinationDateAsc(UUID dossierId);

    boolean existsByDossierIdAndVaccineTypeAndVaccinationDate(UUID dossierId, String vaccineType, LocalDate date);
}
