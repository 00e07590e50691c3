package nl.ddjgz.praeventis;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ddjgz.praeventis.hl7.InvalidMessageException;
import nl.ddjgz.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final MessageComposer composer;
    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(
            PraeventisMessageRepository messages,
            JsonMapper json,
            MessageComposer composer,
            JdbcClient jdbc,
            Clock clock) {
        this.messages = messages;
        this.json = json;
        this.composer = composer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Puts a message for this registration in the queue (state QUEUED), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PraeventisMessage queue(OutgoingRegistration registration, String by) {
        String content = json.writeValueAsString(registration);
        String messageId = UUID.randomUUID().toString();
        String payload;
        try {
            payload = composer.compose(registration, messageId, clock.instant());
        } catch (InvalidMessageException e) {
            throw new InvalidRegistrationException(
                    e.errors().stream().map(Object::toString).limit(10).toList());
        }
        return messages.save(PraeventisMessage.queue(registration, content, messageId, payload, by, clock.instant()));
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

    /** The administrator sends a STUCK message again. */
    @Transactional
    public void retry(UUID messageId) {
        messages.findById(messageId)
                .orElseThrow(() -> new NotFoundException("message"))
                .retry(clock.instant());
    }

    /** Messages a person must look at: refused by the register (with its text) or stuck. */
    @Transactional(readOnly = true)
    public List<Waiting> needingAttention() {
        return messages.findByStateInOrderByQueuedAtAsc(List.of(MessageState.NEEDS_ACTION, MessageState.STUCK)).stream()
                .map(m -> new Waiting(m, registrationOf(m)))
                .toList();
    }

    /** Counts per state, the oldest waiting message and the time from approval to acknowledgement. */
    @Transactional(readOnly = true)
    public QueueOverview overview() {
        Map<MessageState, Long> counts = new EnumMap<>(MessageState.class);
        for (MessageState state : MessageState.values()) {
            counts.put(state, 0L);
        }
        jdbc.sql("select state, count(*) as n from praeventis_message group by state")
                .query((rs, i) -> Map.entry(MessageState.valueOf(rs.getString("state")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        // min() over no rows is one row holding null
        Timestamp oldest = jdbc.sql(
                        "select min(queued_at) from praeventis_message where state in ('QUEUED', 'SENDING')")
                .query((rs, i) -> rs.getTimestamp(1))
                .list()
                .get(0);
        Latency latency = jdbc.sql(LATENCY)
                .param("since", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .query((rs, i) -> new Latency(
                        rs.getLong("n"),
                        rs.getDouble("p50"),
                        rs.getDouble("p90"),
                        rs.getDouble("p99"),
                        rs.getDouble("max")))
                .single();
        return new QueueOverview(counts, oldest == null ? null : oldest.toInstant(), latency);
    }

    private static final String LATENCY = "select count(*) as n,"
            + " percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - queued_at)) as p50,"
            + " percentile_cont(0.9) within group (order by extract(epoch from acknowledged_at - queued_at)) as p90,"
            + " percentile_cont(0.99) within group (order by extract(epoch from acknowledged_at - queued_at)) as p99,"
            + " max(extract(epoch from acknowledged_at - queued_at)) as max"
            + " from praeventis_message where state = 'ACKNOWLEDGED' and acknowledged_at > :since";

    /** Counts per state, the oldest message still waiting, the approval-to-acknowledgement times of the last day. */
    public record QueueOverview(Map<MessageState, Long> counts, Instant oldestWaiting, Latency latency) {

        public long waiting() {
            return counts.get(MessageState.QUEUED) + counts.get(MessageState.SENDING);
        }
    }

    /** Seconds from approval to acknowledgement over the last day: how many, median, 90th, 99th percentile, max. */
    public record Latency(long count, double p50, double p90, double p99, double max) {}

    /** The registration a message carries. */
    public OutgoingRegistration registrationOf(PraeventisMessage message) {
        return json.readValue(message.getContent(), OutgoingRegistration.class);
    }

    /** A message waiting in the queue, with what it carries (for the queue page). */
    public record Waiting(PraeventisMessage message, OutgoingRegistration registration) {}
}
