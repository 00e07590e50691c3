package nl.ddjgz.vaccination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.batch.BatchCheck;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.schedule.GivenVaccination;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a child had and objected to (for the schedule, the dossier and a desk scan), the contact moments, programme
 * objections and correction requests of a dossier, and the recall list of a batch. Reads only; the recall is audited.
 */
@Service
public class VaccinationHistory {

    private final ContactMomentRepository moments;
    private final ProgrammeObjectionRepository programmeObjections;
    private final CorrectionRequestRepository correctionRequests;
    private final EarlierVaccinationRepository earlierVaccinations;
    private final Dossiers dossiers;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    VaccinationHistory(
            ContactMomentRepository moments,
            ProgrammeObjectionRepository programmeObjections,
            CorrectionRequestRepository correctionRequests,
            EarlierVaccinationRepository earlierVaccinations,
            Dossiers dossiers,
            AuditTrail audit,
            JdbcClient jdbc) {
        this.moments = moments;
        this.programmeObjections = programmeObjections;
        this.correctionRequests = correctionRequests;
        this.earlierVaccinations = earlierVaccinations;
        this.dossiers = dossiers;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The vaccinations the child had (approved and given here, or entered as given earlier), for the schedule. */
    @Transactional(readOnly = true)
    public List<GivenVaccination> given(UUID dossierId) {
        return Stream.concat(
                        moments.givenTo(dossierId).stream()
                                .map(v -> new GivenVaccination(v.getVaccineType(), v.getVaccinationDate())),
                        earlierVaccinations.findByDossierIdOrderByVaccinationDateAsc(dossierId).stream()
                                .map(e -> new GivenVaccination(e.getVaccineType(), e.getVaccinationDate())))
                .toList();
    }

    /**
     * The objections recorded for the child (approved objection lines: medical, or principled for that day or the
     * whole programme), oldest first, each with its vaccine type and day; and whether it objects to the programme.
     */
    @Transactional(readOnly = true)
    public Objections objections(UUID dossierId) {
        return new Objections(
                !programmeObjections
                        .findByDossierIdOrderByRecordedAtAsc(dossierId)
                        .isEmpty(),
                moments.objectionsOf(dossierId).stream()
                        .sorted(Comparator.comparing(Vaccination::getVaccinationDate))
                        .map(v -> new Objection(v.getVaccineType(), v.getVaccinationDate(), v.getObjectionReason()))
                        .toList());
    }

    /**
     * What a scan at a mass vaccination desk needs of a child's history, in one query: the vaccinations the child had
     * (as {@link #given}) and its objections (as {@link #objections}). Plain SQL, no entities: a desk scans as fast as
     * a person can. Reads what is stored; a contact moment changed but not yet flushed in the same transaction is not
     * seen (the scan changes none).
     */
    @Transactional(readOnly = true)
    public ScanHistory scanHistory(UUID dossierId) {
        List<GivenVaccination> given = new ArrayList<>();
        List<GivenVaccination> earlier = new ArrayList<>();
        List<Objection> perVaccine = new ArrayList<>();
        boolean[] programme = {false};
        jdbc.sql("""
                        select outcome as kind, vaccine_type, vaccination_date, objection_reason
                        from vaccination
                        where dossier_id = :dossier and state = 'APPROVED' and outcome in ('GIVEN', 'OBJECTION')
                        union all
                        select 'EARLIER', vaccine_type, vaccination_date, null
                        from earlier_vaccination where dossier_id = :dossier
                        union all
                        select 'PROGRAMME', null, null, null
                        where exists (select 1 from programme_objection where dossier_id = :dossier)
                        order by 3
                        """).param("dossier", dossierId).query(rs -> {
            String kind = rs.getString("kind");
            String type = rs.getString("vaccine_type");
            LocalDate date = rs.getObject("vaccination_date", LocalDate.class);
            switch (kind) {
                case "GIVEN" -> given.add(new GivenVaccination(type, date));
                case "EARLIER" -> earlier.add(new GivenVaccination(type, date));
                case "OBJECTION" ->
                    perVaccine.add(new Objection(type, date, ObjectionReason.ofCode(rs.getString("objection_reason"))));
                default -> programme[0] = true;
            }
        });
        given.addAll(earlier);
        return new ScanHistory(List.copyOf(given), new Objections(programme[0], List.copyOf(perVaccine)));
    }

    @Transactional(readOnly = true)
    public List<ProgrammeObjection> programmeObjections(UUID dossierId) {
        return programmeObjections.findByDossierIdOrderByRecordedAtAsc(dossierId);
    }

    @Transactional(readOnly = true)
    public List<CorrectionRequest> correctionRequests(UUID dossierId) {
        return correctionRequests.findByDossierIdOrderByRecordedAtAsc(dossierId);
    }

    @Transactional(readOnly = true)
    public List<ContactMoment> ofDossier(UUID dossierId) {
        List<ContactMoment> list = moments.findByDossier(dossierId);
        list.forEach(m -> m.getLines().size());
        return list;
    }

    /** Every child who received this batch (a recall), in order of vaccination date. */
    @PreAuthorize(ContactMoments.PROFESSIONAL)
    @Transactional
    public List<Vaccination> recall(String batchNumber) {
        List<Vaccination> found = moments.givenFromBatch(BatchCheck.normalise(batchNumber));
        String detail = "batch " + BatchCheck.normalise(batchNumber) + ": " + found.size();
        audit.record(AuditAction.RECALL_QUERY, null, detail);
        // every child on the list, in the child's own trail (one batch)
        audit.recordShown(
                AuditAction.RECALL_QUERY,
                dossiers
                        .getAll(found.stream()
                                .map(Vaccination::getDossierId)
                                .distinct()
                                .toList())
                        .stream()
                        .map(ChildDossier::ref)
                        .toList(),
                "recall " + detail);
        return found;
    }

    /** A child's history as a desk scan needs it: the vaccinations had and the objections. */
    public record ScanHistory(List<GivenVaccination> given, Objections objections) {}

    /** A child's objections: to the whole programme, and per vaccine type. */
    public record Objections(boolean programme, List<Objection> perVaccine) {}

    /** An objection to one vaccine type on a day. */
    public record Objection(String vaccineType, LocalDate date, ObjectionReason reason) {}
}
