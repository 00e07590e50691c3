package nl.ddjgz.massvaccination;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.audit.DossierRef;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import org.springframework.stereotype.Component;

/**
 * The children a page shows, read in one batch, and the audit of it: one line per child with a dossier, written in
 * one insert (a session of 1,600 children costs one). No transaction of its own: the service method's holds.
 */
@Component
class ShownChildren {

    private final Dossiers dossiers;
    private final AuditTrail audit;

    ShownChildren(Dossiers dossiers, AuditTrail audit) {
        this.dossiers = dossiers;
        this.audit = audit;
    }

    /** The dossiers of these scans (the scans without one left out), by id. */
    Map<UUID, ChildDossier> dossiersOf(List<Scan> list) {
        return dossiers
                .getAll(list.stream()
                        .map(Scan::dossierId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(ChildDossier::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The scans with the child's name, birth date and dossier (when a dossier was found). */
    List<ScanLine> lines(List<Scan> list) {
        Map<UUID, ChildDossier> children = dossiersOf(list);
        return list.stream()
                .map(s -> {
                    ChildDossier d = s.dossierId() == null ? null : children.get(s.dossierId());
                    return d == null
                            ? new ScanLine(s, null, null, null, null)
                            : new ScanLine(s, d.fullName(), d.getBirthDate(), d.ref(), null);
                })
                .toList();
    }

    /** One audit line per dossier shown. */
    void recordShown(List<DossierRef> refs, String shownOn) {
        audit.recordShown(AuditAction.DOSSIER_READ, refs, shownOn);
    }

    /**
     * One audit line per child shown: every scanned child with a dossier and every expected child with a dossier
     * here (once), in one batch.
     */
    void recordShown(List<ScanLine> scanned, List<ExpectedChild> expectedList, String shownOn) {
        List<DossierRef> refs = new ArrayList<>();
        scanned.stream().map(ScanLine::dossier).filter(Objects::nonNull).forEach(refs::add);
        Set<UUID> scannedIds = new HashSet<>();
        refs.forEach(r -> scannedIds.add(r.id()));
        if (!expectedList.isEmpty()) {
            Map<String, DossierRef> byIdentifier = dossiers.refsByIdentifier(
                    expectedList.stream().map(ExpectedChild::identifier).toList());
            expectedList.stream()
                    .map(e -> byIdentifier.get(e.identifier()))
                    .filter(r -> r != null && !scannedIds.contains(r.id()))
                    .forEach(refs::add);
        }
        recordShown(refs, shownOn);
    }
}
