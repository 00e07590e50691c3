package nl.ddjgz.vaccination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.registry.AlreadySentException;
import nl.ddjgz.registry.MessageState;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a professional does about an approved registration (UC2, rules.md §9): reopen it for correction or withdraw it
 * before dispatch (its message is taken out of the queue, or retracted where the register allows it), or record a
 * correction request agreed with RIVM after dispatch. One transaction per user action; every change is audited.
 */
@Service
public class Corrections {

    private final ContactMomentRepository moments;
    private final ProgrammeObjectionRepository programmeObjections;
    private final CorrectionRequestRepository correctionRequests;
    private final Dossiers dossiers;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    Corrections(
            ContactMomentRepository moments,
            ProgrammeObjectionRepository programmeObjections,
            CorrectionRequestRepository correctionRequests,
            Dossiers dossiers,
            Outbox outbox,
            AuditTrail audit,
            Clock clock) {
        this.moments = moments;
        this.programmeObjections = programmeObjections;
        this.correctionRequests = correctionRequests;
        this.dossiers = dossiers;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reopens an approved registration for correction before dispatch (UC2): its message is taken out of the queue
     * and never sent; a new approval queues a new one.
     *
     * @throws RegistrationRefusedException when the message has already left: record a correction request instead
     */
    @PreAuthorize(ContactMoments.PROFESSIONAL)
    @Transactional
    public void correct(UUID id) {
        ContactMoment moment = moments.approvedForUpdate(id);
        takeOutOfQueue(moment, "correction");
        programmeObjections.deleteByContactMomentId(id);
        moment.reopen();
        audit.record(
                AuditAction.VACCINATION_CORRECT,
                dossiers.get(moment.getDossierId()).ref(),
                null);
    }

    /** Withdraws a registration before dispatch (not given after all, registered on the wrong child). */
    @PreAuthorize(ContactMoments.PROFESSIONAL)
    @Transactional
    public void withdraw(UUID id, String reason) {
        ContactMoment moment = moments.lockedOrNotFound(id);
        if (moment.getState() == RegistrationState.APPROVED) {
            takeOutOfQueue(moment, reason);
            programmeObjections.deleteByContactMomentId(id);
        }
        moment.withdraw(Actor.name(), reason, clock);
        audit.record(
                AuditAction.VACCINATION_WITHDRAW,
                dossiers.get(moment.getDossierId()).ref(),
                null);
    }

    private void takeOutOfQueue(ContactMoment moment, String reason) {
        if (outbox.canRetract(moment.getId())) {
            // the register accepted it and allows taking it back (Vaccinnet RegistratieService, Vaccicard): the
            // correction is a retraction, then the new approval registers again
            outbox.retract(moment.getId(), Actor.name());
            return;
        }
        try {
            outbox.withdraw(moment.getId(), Actor.name(), reason == null ? null : truncate(reason, 200));
        } catch (AlreadySentException e) {
            throw new RegistrationRefusedException(null, "vaccination.correct.alreadySent");
        }
    }

    /** After dispatch: records what is wrong and what was agreed with RIVM (rules.md §9). */
    @PreAuthorize(ContactMoments.PROFESSIONAL)
    @Transactional
    public void requestCorrection(
            UUID id, String whatIsWrong, boolean rivmCalled, String agreement, String rivmContact, LocalDate agreedOn) {
        ContactMoment moment = moments.withLinesOrNotFound(id);
        MessageState state = outbox.stateOf(id).orElse(null);
        if (moment.getState() != RegistrationState.APPROVED || state == null || !state.hasLeft()) {
            throw new RegistrationRefusedException(null, "correctionRequest.notSent");
        }
        if (!rivmCalled) {
            throw new RegistrationRefusedException("rivmCalled", "correctionRequest.rivmCalled.required");
        }
        correctionRequests.save(new CorrectionRequest(
                id,
                moment.getDossierId(),
                whatIsWrong.strip(),
                true,
                agreement.strip(),
                rivmContact.strip(),
                agreedOn,
                Actor.name(),
                clock.instant()));
        audit.record(
                AuditAction.CORRECTION_REQUEST,
                dossiers.get(moment.getDossierId()).ref(),
                null);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
