package nl.ddjgz.vaccination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.audit.DossierRef;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.schedule.ContactActivity;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mass vaccination session's children registered as approved contact moments (JGZ-2 use cases 3 and 4), their
 * messages queued as at the desk ({@link ApprovalQueue}) but held until the session is closed, then released.
 */
@Service
public class SessionRegistrations {

    private final ContactMomentRepository moments;
    private final Dossiers dossiers;
    private final ApprovalQueue queue;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    SessionRegistrations(
            ContactMomentRepository moments,
            Dossiers dossiers,
            ApprovalQueue queue,
            Outbox outbox,
            AuditTrail audit,
            Clock clock) {
        this.moments = moments;
        this.dossiers = dossiers;
        this.queue = queue;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Approves a mass vaccination session: one approved contact moment per child with the session's vaccinations,
     * its activity from the child's age, and its message queued as {@link DeskApproval#approve} does (consent decides
     * the kind; a child without BSN goes on RIVM's form) but held until the session is closed ({@link #release}), so
     * a child not vaccinated after all is taken out before anything is sent. All in one transaction: every child is
     * registered and queued, or none is.
     *
     * @return the contact moment of each child, by dossier id
     * @throws RegistrationRefusedException when a child already has one of these vaccine types on the date
     */
    @Transactional
    @PreAuthorize(ContactMoments.PROFESSIONAL)
    public Map<UUID, UUID> approve(SessionApproval session) {
        List<UUID> dossierIds =
                session.children().stream().map(SessionChild::dossierId).toList();
        List<ChildDossier> children = dossiers.getAll(dossierIds);
        if (children.size() != Set.copyOf(dossierIds).size()) {
            throw new NotFoundException("dossier");
        }
        Map<UUID, SessionChild> byDossier = new HashMap<>();
        session.children().forEach(c -> byDossier.put(c.dossierId(), c));
        List<String> types = session.children().stream()
                .flatMap(c -> c.vaccines().stream())
                .map(SessionVaccine::vaccineType)
                .distinct()
                .toList();
        List<UUID> already = moments.registeredOn(dossierIds, types, session.date());
        if (!already.isEmpty()) {
            throw new RegistrationRefusedException(null, "vaccination.session.sameDay", already.size());
        }
        String by = Actor.name();
        RegistrationMessages.Approval approval = queue.approval(by);
        Map<UUID, UUID> registered = new LinkedHashMap<>();
        List<DossierRef> refs = new ArrayList<>();
        Map<UUID, String> outcomes = new HashMap<>();
        List<ApprovalQueue.Decided> toQueue = new ArrayList<>();
        for (ChildDossier child : children) {
            ContactMoment moment = approvedMoment(session, child, byDossier.get(child.getId()), by);
            ApprovalQueue.Decided decided = queue.decide(moment, child, approval);
            toQueue.add(decided);
            moments.save(moment);
            refs.add(child.ref());
            outcomes.put(child.getId(), "mass session, " + decided.outcome());
            registered.put(child.getId(), moment.getId());
        }
        // composed and checked on every core, stored in one batch: a session is 1,600 children
        queue.queueAll(toQueue, by, Outbox.Release.HELD);
        moments.flush();
        audit.recordEach(AuditAction.VACCINATION_APPROVE, refs, outcomes);
        return registered;
    }

    /** A child's contact moment of the session, approved and held by it. */
    private ContactMoment approvedMoment(SessionApproval session, ChildDossier child, SessionChild given, String by) {
        ContactMoment moment = ContactMoment.start(
                child.getId(),
                child.getBirthDate(),
                ContactActivity.forAge(child.getBirthDate(), session.date()),
                session.date(),
                session.locationId(),
                by,
                clock);
        for (SessionVaccine vaccine : given.vaccines()) {
            moment.addLine(vaccine.vaccineType())
                    .given(new BatchChoice(
                            vaccine.batchNumber(),
                            vaccine.expiry(),
                            vaccine.checkedAgainstList(),
                            vaccine.productName(),
                            null,
                            null));
        }
        moment.vaccinatedBy(given.vaccinator(), given.injectionSite());
        moment.approve(by, clock);
        moment.holdForSession();
        return moment;
    }

    /**
     * A mass vaccination session is closed: its contact moments' held messages become due after the organisation's
     * send window from this moment, and a later correction of one of them goes as any other (in the caller's
     * transaction).
     *
     * @return how many messages were released
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(ContactMoments.PROFESSIONAL)
    public int release(List<UUID> contactMomentIds, Instant closedAt) {
        if (contactMomentIds.isEmpty()) {
            return 0;
        }
        moments.releaseFromSession(contactMomentIds);
        return outbox.release(contactMomentIds, closedAt);
    }

    /** What a mass vaccination session approves: its date, location and children, each with its own vaccinations. */
    public record SessionApproval(LocalDate date, Long locationId, List<SessionChild> children) {}

    /**
     * A child of a mass vaccination session with the lots in use at its desk when it was scanned, and the vaccinator
     * working there (null when none was named) with the injection site (null when not known).
     */
    public record SessionChild(
            UUID dossierId, List<SessionVaccine> vaccines, String vaccinator, InjectionSite injectionSite) {}

    /**
     * A vaccine type of a mass vaccination session with its preset batch.
     *
     * @param checkedAgainstList false for "overig": a number confirmed by hand that is not in the register's list
     */
    public record SessionVaccine(
            String vaccineType, String batchNumber, LocalDate expiry, boolean checkedAgainstList, String productName) {}
}
