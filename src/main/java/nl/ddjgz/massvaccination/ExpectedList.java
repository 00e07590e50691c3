package nl.ddjgz.massvaccination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.dossier.ChildData;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.praeventis.CallLists;
import nl.ddjgz.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The children expected at a session: a birth cohort of our dossiers, an imported CSV list (previewed, then
 * confirmed), a call list Praeventis sent; the expected children without a dossier here and opening theirs from the
 * list; the call cards. One transaction per action.
 */
@Service
public class ExpectedList {

    private final Sessions sessions;
    private final ExpectedChildren expected;
    private final Dossiers dossiers;
    private final AuditTrail audit;
    private final CallLists callLists;
    private final ShownChildren shown;
    private final int importMaxRows;
    private final Clock clock;

    ExpectedList(
            Sessions sessions,
            ExpectedChildren expected,
            Dossiers dossiers,
            AuditTrail audit,
            CallLists callLists,
            ShownChildren shown,
            @Value("${ddjgz.massvaccination.import-max-rows:5000}") int importMaxRows,
            Clock clock) {
        this.sessions = sessions;
        this.expected = expected;
        this.dossiers = dossiers;
        this.audit = audit;
        this.callLists = callLists;
        this.shown = shown;
        this.importMaxRows = importMaxRows;
        this.clock = clock;
    }

    /**
     * Adds the children of our dossiers born in this year (with a BSN; with an INSZ for a Belgian organisation) to the
     * expected list.
     *
     * @return how many were added (children already on the list are skipped)
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public int addCohort(UUID sessionId, int birthYear) {
        sessions.open(sessionId);
        IdentifierKind kind = sessions.identifierKind();
        List<ExpectedChild> children =
                dossiers.findBornBetween(LocalDate.of(birthYear, 1, 1), LocalDate.of(birthYear, 12, 31)).stream()
                        .filter(d -> kind == IdentifierKind.INSZ ? d.hasInsz() : d.hasBsn())
                        .map(d -> ExpectedChild.fromCohort(sessionId, d, kind))
                        .toList();
        return expected.add(sessionId, children, null, true);
    }

    /**
     * Reads an expected list and stores what it accepts, unconfirmed: it counts only after {@link #confirmImport}.
     * A file refused as a whole stores nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public ImportPreview previewImport(UUID sessionId, byte[] content) {
        sessions.open(sessionId);
        ExpectedListCsv.Result result = ExpectedListCsv.read(
                content,
                expected.identifiers(sessionId),
                sessions.identifierKind(),
                importMaxRows,
                LocalDate.now(clock));
        UUID importId = UUID.randomUUID();
        int withoutDossier = 0;
        if (result.fileError() == null && !result.accepted().isEmpty()) {
            expected.add(
                    sessionId,
                    result.accepted().stream()
                            .map(r -> ExpectedChild.fromCsv(sessionId, r))
                            .toList(),
                    importId,
                    false);
            List<String> numbers = result.accepted().stream()
                    .map(ExpectedListCsv.Row::identifier)
                    .toList();
            Set<String> known = withDossier(numbers);
            withoutDossier =
                    (int) numbers.stream().filter(n -> !known.contains(n)).count();
        }
        return new ImportPreview(importId, result, withoutDossier);
    }

    /**
     * Makes the session's expected list from a call list Praeventis sent (one action, audited): every child on it with
     * a BSN joins the list at once, with the list's name, birth date, gender and address (to open a dossier from). A
     * child already on the list is skipped; a child without BSN (only an RIVM number) cannot be scanned and is counted.
     *
     * @throws SessionRefusedException when the session is approved, or the organisation identifies children by INSZ
     * @throws NotFoundException when there is no such call list
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public CallListImport addCallList(UUID sessionId, UUID callListId) {
        sessions.open(sessionId);
        if (sessions.identifierKind() != IdentifierKind.BSN) {
            throw new SessionRefusedException(null, "mass.callList.belgian");
        }
        CallLists.ReceivedList list = callLists.list(callListId).orElseThrow(() -> new NotFoundException("call list"));
        List<CallLists.CalledChild> called = callLists.children(callListId);
        List<ExpectedChild> children = called.stream()
                .filter(c -> c.bsn() != null)
                .map(c -> new ExpectedChild(
                        UUID.randomUUID(),
                        sessionId,
                        c.bsn(),
                        IdentifierKind.BSN,
                        c.familyName() == null ? "?" : c.familyName(),
                        c.givenNames(),
                        c.birthDate(),
                        "CALL",
                        new ExpectedChild.Listed(
                                c.namePrefix(),
                                c.gender(),
                                c.street(),
                                c.houseNumber(),
                                c.houseNumberSuffix(),
                                c.postcode(),
                                c.city())))
                .toList();
        int added = expected.add(sessionId, children, null, true, callListId);
        audit.record(
                AuditAction.EXPECTED_LIST_FROM_CALL_LIST,
                null,
                "call list of " + list.children() + " children: " + added + " added to the expected list");
        return new CallListImport(
                added,
                called.size() - children.size(),
                missingDossiers(sessionId).size());
    }

    /** The call lists Praeventis sent, newest first (campaign, vaccine types, number of children). */
    @Transactional(readOnly = true)
    public List<CallLists.ReceivedList> callLists() {
        return callLists.lists();
    }

    /**
     * The children on the session's expected list who have no dossier here (by BSN, or INSZ for a Belgian
     * organisation), in the list's order. One audit line for the look-up.
     */
    @Transactional
    public List<ExpectedChild> missingDossiers(UUID sessionId) {
        List<ExpectedChild> list = expected.confirmed(sessionId);
        if (list.isEmpty()) {
            return List.of();
        }
        List<String> numbers = list.stream().map(ExpectedChild::identifier).toList();
        Set<String> known = withDossier(numbers);
        return list.stream().filter(e -> !known.contains(e.identifier())).toList();
    }

    /**
     * Opens a dossier for every expected child without one here, from the list's data (name, birth date, and from a
     * call list gender and address), in one transaction and audited (each dossier's creation, and one line for the
     * action). A child whose list data cannot make a dossier (no given names, for instance) is left for the
     * professional and counted.
     */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public OpenedDossiers openMissingDossiers(UUID sessionId) {
        sessions.open(sessionId);
        int opened = 0;
        List<ExpectedChild> left = new ArrayList<>();
        for (ExpectedChild child : missingDossiers(sessionId)) {
            Optional<ChildData> data = child.dossierData();
            if (data.isEmpty()) {
                left.add(child);
                continue;
            }
            dossiers.open(data.get());
            opened++;
        }
        audit.record(
                AuditAction.DOSSIERS_OPENED_FROM_LIST,
                null,
                "mass session expected list: " + opened + " dossiers opened, " + left.size() + " left");
        return new OpenedDossiers(opened, left);
    }

    /** The most children one expected list may hold (a longer file is refused as a whole). */
    public int importMaxRows() {
        return importMaxRows;
    }

    /** Confirms an import: its children join the expected list. Returns how many. */
    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public int confirmImport(UUID sessionId, UUID importId) {
        sessions.open(sessionId);
        return expected.confirm(sessionId, importId);
    }

    @Transactional
    @PreAuthorize("hasRole('JGZ_PROFESSIONAL')")
    public void discardImport(UUID sessionId, UUID importId) {
        expected.discard(sessionId, importId);
    }

    /**
     * The expected children, for their call cards (names and BSN or INSZ barcodes): one audit line per child with a
     * dossier here, in one batch.
     */
    @Transactional
    public List<ExpectedChild> expectedChildren(UUID sessionId) {
        List<ExpectedChild> children = expected.confirmed(sessionId);
        shown.recordShown(List.of(), children, "mass session call cards");
        return children;
    }

    /** One expected child, for the barcode of its call card (the number itself): audited when it has a dossier. */
    @Transactional
    public ExpectedChild expectedChild(UUID sessionId, UUID id) {
        ExpectedChild child = expected.find(sessionId, id).orElseThrow(() -> new NotFoundException("expected child"));
        shown.recordShown(List.of(), List.of(child), "mass session call card barcode");
        return child;
    }

    /** Which of these numbers (BSN, or INSZ for a Belgian organisation) have a dossier here. */
    private Set<String> withDossier(List<String> numbers) {
        return sessions.identifierKind() == IdentifierKind.INSZ
                ? dossiers.withDossierByInsz(numbers)
                : dossiers.withDossierByBsn(numbers);
    }

    /**
     * An expected list made from a call list.
     *
     * @param withoutBsn children on the call list without a BSN (not on the expected list)
     * @param withoutDossier children on the session's expected list without a dossier here
     */
    public record CallListImport(int added, int withoutBsn, int withoutDossier) {}

    /** Dossiers opened from the expected list, and the children whose list data could not make one. */
    public record OpenedDossiers(int opened, List<ExpectedChild> left) {}

    /**
     * An import waiting for confirmation, with what was refused line by line.
     *
     * @param withoutDossier how many of the accepted children have no dossier here
     */
    public record ImportPreview(UUID importId, ExpectedListCsv.Result result, int withoutDossier) {}
}
