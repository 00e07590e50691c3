package nl.ddjgz.praeventis;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox of messages for Praeventis. {@link #queue} must run inside the approval's transaction (it refuses to
 * run without one), so an approval and its message are stored together or not at all.
 */
@Service
public class Outbox {

    private final PraeventisMessageRepository messages;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(PraeventisMessageRepository messages, JsonMapper json, Clock clock) {
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** Puts a message for this registration in the queue (state QUEUED), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PraeventisMessage queue(OutgoingRegistration registration, String by) {
        String content = json.writeValueAsString(registration);
        return messages.save(PraeventisMessage.queue(registration, content, by, clock.instant()));
    }

    /**
     * Takes the live message of a contact moment out of the queue (a correction before dispatch), in the caller's
     * transaction. Locks the row, so a dispatcher cannot claim it at the same time.
     *
     * @return whether there was a message to withdraw (a child without BSN has none)
     * @throws AlreadySentException when the message has left or is leaving
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean withdraw(UUID contactMomentId, String by, String reason) {
        Optional<PraeventisMessage> live = messages.findLiveForUpdate(contactMomentId);
        live.ifPresent(m -> m.withdraw(by, reason, clock.instant()));
        return live.isPresent();
    }

    /** The state of the live message of a contact moment, if it has one. */
    @Transactional(readOnly = true)
    public Optional<MessageState> stateOf(UUID contactMomentId) {
        return messages.findLive(contactMomentId).map(PraeventisMessage::getState);
    }

    /** The states of the live messages of these contact moments. */
    @Transactional(readOnly = true)
    public Map<UUID, MessageState> statesOf(Collection<UUID> contactMomentIds) {
        if (contactMomentIds.isEmpty()) {
            return Map.of();
        }
        return messages.findByContactMomentIdIn(contactMomentIds).stream()
                .filter(m -> m.getState() != MessageState.WITHDRAWN)
                .collect(Collectors.toMap(PraeventisMessage::getContactMomentId, PraeventisMessage::getState));
    }

    /** What is waiting to be sent, oldest first, optionally for one location and/or one user. */
    @Transactional(readOnly = true)
    public List<Waiting> waiting(Long locationId, String queuedBy) {
        return messages.findByStateOrderByQueuedAtAsc(MessageState.QUEUED).stream()
                .filter(m -> locationId == null || locationId.equals(m.getLocationId()))
                .filter(m -> queuedBy == null || queuedBy.equals(m.getQueuedBy()))
                .map(m -> new Waiting(m, registrationOf(m)))
                .toList();
    }

    /** The registration a message carries. */
    public OutgoingRegistration registrationOf(PraeventisMessage message) {
        return json.readValue(message.getContent(), OutgoingRegistration.class);
    }

    /** A message waiting in the queue, with what it carries (for the queue page). */
    public record Waiting(PraeventisMessage message, OutgoingRegistration registration) {}
}
