package nl.ddjgz.vaccination;

import java.time.Clock;
import java.util.UUID;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.registry.AlreadySentException;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.shared.Actor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professional's approval (akkoord) of a contact moment at the desk, which queues its message for the register in
 * the same transaction; "nu verzenden"; and the mark that a registration went on RIVM's form. One transaction per
 * user action; every change is audited.
 */
@Service
public class DeskApproval {

    private final ContactMomentRepository moments;
    private final ProgrammeObjectionRepository programmeObjections;
    private final EarlierVaccinationRepository earlierVaccinations;
    private final Dossiers dossiers;
    private final VaccinationSchedule schedule;
    private final ApprovalQueue queue;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    DeskApproval(
            ContactMomentRepository moments,
            ProgrammeObjectionRepository programmeObjections,
            EarlierVaccinationRepository earlierVaccinations,
            Dossiers dossiers,
            VaccinationSchedule schedule,
            ApprovalQueue queue,
            Outbox outbox,
            AuditTrail audit,
            Clock clock) {
        this.moments = moments;
        this.programmeObjections = programmeObjections;
        this.earlierVaccinations = earlierVaccinations;
        this.dossiers = dossiers;
        this.schedule = schedule;
        this.queue = queue;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The professional's approval (akkoord): stores the vaccinations and queues the message for Praeventis in one
     * transaction. Approving what is already approved (a double click, a resubmitted form) changes nothing.
     *
     * @param expectedVersion the version the confirmation page showed; a change after it is refused
     * @return whether this call approved it (false: it was already approved)
     */
    @Transactional
    @PreAuthorize(ContactMoments.PROFESSIONAL)
    public boolean approve(UUID id, long expectedVersion) {
        ContactMoment moment = moments.lockedOrNotFound(id);
        if (moment.getState() == RegistrationState.APPROVED && moment.getVersion() > expectedVersion) {
            return false;
        }
        if (moment.getVersion() != expectedVersion) {
            throw new RegistrationRefusedException(null, "vaccination.changedMeanwhile");
        }
        for (Vaccination line : moment.getLines()) {
            if (line.isRegistered()
                    && (moments.alreadyRegistered(
                                    moment.getDossierId(), line.getVaccineType(), line.getVaccinationDate())
                            || earlierVaccinations.existsByDossierIdAndVaccineTypeAndVaccinationDate(
                                    moment.getDossierId(), line.getVaccineType(), line.getVaccinationDate()))) {
                throw new RegistrationRefusedException(
                        null, "vaccination.sameDay", schedule.vaccineName(line.getVaccineType()));
            }
        }
        ChildDossier dossier = dossiers.get(moment.getDossierId());
        moment.approve(Actor.name(), clock);
        try {
            moments.saveAndFlush(moment);
        } catch (DataIntegrityViolationException e) {
            throw new RegistrationRefusedException(null, "vaccination.sameDay", "");
        }
        if (moment.hasProgrammeObjection()) {
            programmeObjections.save(
                    new ProgrammeObjection(moment.getDossierId(), moment.getId(), Actor.name(), clock.instant()));
        }
        // a session's child corrected before the session is closed: its new message waits for the closing too
        String outcome = queue.queue(
                moment,
                dossier,
                Actor.name(),
                moment.isHeldBySession() ? Outbox.Release.HELD : Outbox.Release.AFTER_SEND_WINDOW);
        audit.record(AuditAction.VACCINATION_APPROVE, dossier.ref(), outcome);
        return true;
    }

    /**
     * "Nu verzenden": the message of an approved contact moment that waits for its send window is due at once.
     *
     * @throws RegistrationRefusedException when it has left already, or its mass vaccination session holds it
     */
    @PreAuthorize(ContactMoments.PROFESSIONAL)
    @Transactional
    public void sendNow(UUID id) {
        ContactMoment moment = moments.approvedForUpdate(id);
        try {
            if (!outbox.sendNow(id)) {
                throw new RegistrationRefusedException(null, "registration.sendNow.held");
            }
        } catch (AlreadySentException e) {
            throw new RegistrationRefusedException(null, "registration.sendNow.alreadySent");
        }
        audit.record(
                AuditAction.VACCINATION_SEND_NOW,
                dossiers.get(moment.getDossierId()).ref(),
                null);
    }

    /** Marks a registration of a child without BSN as reported on RIVM's form. */
    @PreAuthorize(ContactMoments.PROFESSIONAL)
    @Transactional
    public void reportedOnRivmForm(UUID id) {
        ContactMoment moment = moments.withLinesOrNotFound(id);
        moment.reportedOnRivmForm();
        audit.record(
                AuditAction.RIVM_FORM_REPORTED,
                dossiers.get(moment.getDossierId()).ref(),
                null);
    }
}
