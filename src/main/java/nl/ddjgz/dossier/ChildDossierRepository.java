package nl.ddjgz.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ChildDossierRepository extends Repository<ChildDossier, UUID> {

    ChildDossier save(ChildDossier dossier);

    ChildDossier saveAndFlush(ChildDossier dossier);

    Optional<ChildDossier> findById(UUID id);

    Optional<ChildDossier> findByBsn(Bsn bsn);

    boolean existsByBsnAndIdNot(Bsn bsn, UUID id);

    boolean existsByBsn(Bsn bsn);

    Optional<ChildDossier> findByInsz(Insz insz);

    boolean existsByInszAndIdNot(Insz insz, UUID id);

    boolean existsByInsz(Insz insz);

    @Query("""
            select d from ChildDossier d
            where lower(d.familyName) = lower(:familyName) and d.birthDate = :birthDate
            order by d.givenNames
            """)
    List<ChildDossier> findByFamilyNameAndBirthDate(String familyName, LocalDate birthDate);

    long count();

    List<ChildDossier> findByIdIn(java.util.Collection<UUID> ids);

    @Query("select d from ChildDossier d where d.birthDate between :from and :to order by d.familyName, d.givenNames")
    List<ChildDossier> findBornBetween(LocalDate from, LocalDate to);

    @Query(value = "select bsn from child_dossier where bsn in (:numbers)", nativeQuery = true)
    List<String> knownBsns(java.util.Collection<String> numbers);

    @Query(value = "select insz from child_dossier where insz in (:numbers)", nativeQuery = true)
    List<String> knownInszs(java.util.Collection<String> numbers);
}
