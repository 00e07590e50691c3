package nl.ddjgz.registry;

import static nl.ddjgz.registry.MessageState.ACKNOWLEDGED;
import static nl.ddjgz.registry.MessageState.NEEDS_ACTION;
import static nl.ddjgz.registry.MessageState.QUEUED;
import static nl.ddjgz.registry.MessageState.RETRACTED;
import static nl.ddjgz.registry.MessageState.SENDING;
import static nl.ddjgz.registry.MessageState.STUCK;
import static nl.ddjgz.registry.MessageState.SUBMITTED;
import static nl.ddjgz.registry.MessageState.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The state machine of a message to the register, in one place: each way a message changes state, from which states
 * it may happen and where it leads. {@link RegistryMessage} checks the transitions a person causes against it, and
 * {@link DeliveryQueue} (the dispatcher's claims and answers, written set-wise in SQL for speed) takes its source
 * states from it, so the rules cannot drift apart.
 */
enum MessageTransition {
    /** The dispatcher claims a due message for sending, or takes over one whose node's lease ran out. */
    CLAIM(SENDING, QUEUED, SENDING),
    /** A claim given back untried (the register proved unreachable this round): the message keeps its place. */
    PUT_BACK(QUEUED, SENDING),
    /** The dispatcher claims a message the register took on for later processing, to ask for its outcome. */
    CLAIM_POLL(SUBMITTED, SUBMITTED),
    /** The register has not processed it yet (or could not be asked): asked again later. */
    POLL_LATER(SUBMITTED, SUBMITTED),
    /** The register answered a send or a poll (or the transport failed): the next state is the delivery policy's. */
    ANSWER(null, SENDING, SUBMITTED),
    /** A correction before dispatch takes the message out of the queue: it is never sent. */
    WITHDRAW(WITHDRAWN, QUEUED, NEEDS_ACTION, STUCK),
    /** A professional sends a message that waits for its send window now. */
    SEND_NOW(QUEUED, QUEUED),
    /** A closed mass vaccination session makes its held messages due after the send window. */
    RELEASE(QUEUED, QUEUED),
    /** The administrator sends a stuck message again. */
    RETRY(QUEUED, STUCK),
    /** A correction after dispatch takes back what the register holds of it (where the register allows that). */
    RETRACT(RETRACTED, ACKNOWLEDGED, NEEDS_ACTION);

    private final MessageState to;
    private final Set<MessageState> from;

    MessageTransition(MessageState to, MessageState first, MessageState... more) {
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    /** Whether a message in this state may take this transition. */
    boolean allowedFrom(MessageState state) {
        return from.contains(state);
    }

    /**
     * Where the transition leads.
     *
     * @return the new state; null for {@link #ANSWER}, where the delivery policy decides
     */
    MessageState to() {
        return to;
    }

    /** The source states by name, for a query's {@code state in (:from)}. */
    List<String> from() {
        return from.stream().map(MessageState::name).toList();
    }

    /**
     * Checks that a message in this state may take this transition.
     *
     * @throws AlreadySentException when it may not (it has left, is leaving, or is no longer live)
     */
    void requireFrom(MessageState state) {
        if (!allowedFrom(state)) {
            throw new AlreadySentException();
        }
    }
}
