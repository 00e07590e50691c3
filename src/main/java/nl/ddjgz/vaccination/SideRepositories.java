package nl.ddjgz.vaccination;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface ProgrammeObjectionRepository extends Repository<ProgrammeObjection, UUID> {

    ProgrammeObjection save(ProgrammeObjection objection);

    List<ProgrammeObjection> findByDossierIdOrderByRecordedAtAsc(UUID dossierId);

    void deleteByContactMomentId(UUID contactMomentId);
}

interface CorrectionRequestRepository extends Repository<CorrectionRequest, UUID> {

    CorrectionRequest save(CorrectionRequest request);

    List<CorrectionRequest> findByDossierIdOrderByRecordedAtAsc(UUID dossierId);
}
