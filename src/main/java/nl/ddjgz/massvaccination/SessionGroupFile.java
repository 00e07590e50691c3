package nl.ddjgz.massvaccination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.audit.DossierRef;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.registry.GroupFileExport;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.shared.NotFoundException;
import nl.ddjgz.vaccination.ContactMoments;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vaccinnet's CSV group upload of an open session, per vaccine type: which children went in a downloaded file, and
 * whether each child of the session was in the file of every vaccine type (the approval withdraws their web-service
 * messages). One transaction per action.
 */
@Service
public class SessionGroupFile {

    private final Sessions sessions;
    private final Scans scans;
    private final Dossiers dossiers;
    private final ContactMoments contactMoments;
    private final GroupFiles groupFiles;
    private final GroupFileExport groupFileWriter;
    private final AuditTrail audit;
    private final Clock clock;

    SessionGroupFile(
            Sessions sessions,
            Scans scans,
            Dossiers dossiers,
            ContactMoments contactMoments,
            GroupFiles groupFiles,
            GroupFileExport groupFileWriter,
            AuditTrail audit,
            Clock clock) {
        this.sessions = sessions;
        this.scans = scans;
        this.dossiers = dossiers;
        this.contactMoments = contactMoments;
        this.groupFiles = groupFiles;
        this.groupFileWriter = groupFileWriter;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the organisation's register takes a group file of a session (Vaccinnet's CSV group upload). */
    public boolean offersGroupFile() {
        return sessions.offersGroupFile();
    }

    /**
     * Vaccinnet's CSV group upload for one vaccine type of an open session (same day, vaccine and lot): the children
     * in the session with an INSZ. Offered only before approval: the children in it are recorded, and the approval
     * withdraws their web-service messages in its own transaction, so that nothing is registered twice. Each child's
     * dossier read is audited.
     *
     * @throws NotFoundException when the organisation does not report to Vaccinnet, or the session has no such type
     * @throws SessionRefusedException when the session is approved, or the register cannot take a file of the vaccine
     *     type (Vaccinnet: it has no CNK code); then nothing is recorded
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public GroupFile groupFile(UUID sessionId, String vaccineType) {
        if (!offersGroupFile()) {
            throw new NotFoundException("group file");
        }
        MassVaccinationSession session = sessions.forShare(sessionId);
        SessionVaccine vaccine = session.getVaccines().stream()
                .filter(v -> v.getVaccineType().equals(vaccineType))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("vaccine type of the session"));
        if (!session.isOpen()) {
            throw new SessionRefusedException(null, "mass.groupfile.approved");
        }
        List<Scan> inFile = scans.ofSession(sessionId).stream()
                .filter(Scan::toRegister)
                .filter(s -> s.identifierKind() == IdentifierKind.INSZ && s.identifier() != null)
                .toList();
        Map<UUID, ChildDossier> children =
                dossiers.getAll(inFile.stream().map(Scan::dossierId).distinct().toList()).stream()
                        .collect(Collectors.toMap(ChildDossier::getId, Function.identity()));
        List<GroupFileExport.Person> persons = new ArrayList<>();
        List<DossierRef> refs = new ArrayList<>();
        Map<UUID, String> details = new HashMap<>();
        for (Scan scan : inFile) {
            ChildDossier child = children.get(scan.dossierId());
            persons.add(new GroupFileExport.Person(
                    scan.identifier(),
                    (child.getNamePrefix() == null || child.getNamePrefix().isBlank()
                                    ? ""
                                    : child.getNamePrefix() + " ")
                            + child.getFamilyName(),
                    child.getGivenNames(),
                    child.getBirthDate()));
            refs.add(child.ref());
            details.put(child.getId(), "mass session Vaccinnet group file " + vaccineType);
        }
        persons.sort(Comparator.comparing(GroupFileExport.Person::familyName)
                .thenComparing(p -> p.givenNames() == null ? "" : p.givenNames()));
        byte[] content;
        try {
            content = groupFileWriter.write(
                    new GroupFileExport.Batch(
                            session.getSessionDate(),
                            vaccineType,
                            contactMoments.vaccineName(vaccineType),
                            vaccine.getProductName(),
                            vaccine.getBatchNumber()),
                    persons);
        } catch (GroupFileExport.Refused e) {
            throw new SessionRefusedException(e.field(), e.messageKey(), e.args());
        }
        groupFiles.mark(inFile.stream().map(Scan::id).toList(), vaccineType, Actor.name(), clock.instant());
        audit.recordEach(AuditAction.DOSSIER_READ, refs, details);
        return new GroupFile(
                groupFileWriter.fileName(session.getSessionDate(), vaccineType),
                content,
                groupFileWriter.charset(),
                persons.size());
    }

    /** How many children of the session were in a downloaded Vaccinnet group file (and not taken out). */
    @Transactional(readOnly = true)
    public int groupFileChildren(UUID sessionId) {
        Set<UUID> inFiles = groupFiles.typesByScan(sessionId).keySet();
        return (int) scans.ofSession(sessionId).stream()
                .filter(Scan::toRegister)
                .filter(s -> inFiles.contains(s.id()))
                .count();
    }

    /** A Vaccinnet group file to download; its name holds no INSZ. */
    public record GroupFile(String fileName, byte[] content, java.nio.charset.Charset charset, int persons) {}
}
