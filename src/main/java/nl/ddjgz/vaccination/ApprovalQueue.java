package nl.ddjgz.vaccination;

import java.util.List;
import java.util.Optional;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.registry.InvalidRegistrationException;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.OutgoingRegistration;
import org.springframework.stereotype.Component;

/**
 * The one step after an approval, at the desk ({@link DeskApproval}) and for a mass vaccination session
 * ({@link SessionRegistrations}): an approved contact moment of a child without BSN goes on RIVM's form, any other has
 * its message built and queued, in the caller's transaction. A message that would not pass the schema or the message
 * rules refuses the whole approval, with the reason.
 */
@Component
class ApprovalQueue {

    private final Outbox outbox;
    private final RegistrationMessages registrationMessages;

    ApprovalQueue(Outbox outbox, RegistrationMessages registrationMessages) {
        this.outbox = outbox;
        this.registrationMessages = registrationMessages;
    }

    /** Who approves and what every message shares, read once per approval (see {@link RegistrationMessages#build}). */
    RegistrationMessages.Approval approval(String username) {
        return registrationMessages.approval(username);
    }

    /** Decides and queues what one approved contact moment sends; returns the audit line's words. */
    String queue(ContactMoment moment, ChildDossier child, String by, Outbox.Release release) {
        Decided decided = decide(moment, child, approval(by));
        queueAll(List.of(decided), by, release);
        return decided.outcome();
    }

    /**
     * Decides what an approved contact moment sends, before the caller stores it: the RIVM form (marked on the
     * moment) or its message, or nothing.
     */
    Decided decide(ContactMoment moment, ChildDossier child, RegistrationMessages.Approval approval) {
        if (goesOnRivmForm(child)) {
            moment.needsRivmForm();
            return new Decided(Optional.empty(), "no BSN: RIVM form");
        }
        Optional<OutgoingRegistration> registration = registrationMessages.build(moment, child, approval);
        return new Decided(
                registration,
                registration.map(r -> "queued " + r.disclosure().code()).orElse("nothing to send"));
    }

    /** Queues the decided messages: composed and checked together, stored in one batch (a session is 1,600). */
    void queueAll(List<Decided> decided, String by, Outbox.Release release) {
        List<OutgoingRegistration> registrations =
                decided.stream().flatMap(d -> d.registration().stream()).toList();
        if (registrations.isEmpty()) {
            return;
        }
        try {
            outbox.queueAll(registrations, by, release);
        } catch (InvalidRegistrationException e) {
            throw new RegistrationRefusedException(null, "vaccination.message.invalid", String.join("; ", e.reasons()));
        }
    }

    /**
     * A child without BSN cannot be reported to Praeventis and goes on RIVM's form. The Belgian registers identify
     * the child by INSZ: their adapter refuses a child without one, with the user's message.
     */
    private boolean goesOnRivmForm(ChildDossier child) {
        return outbox.profile().paperFormWithoutIdentifier() && !child.hasBsn();
    }

    /**
     * What an approved contact moment sends.
     *
     * @param registration its message, empty when it goes on RIVM's form or has nothing to send
     * @param outcome the audit line's words
     */
    record Decided(Optional<OutgoingRegistration> registration, String outcome) {}
}
