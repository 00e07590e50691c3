package nl.ddjgz.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox of messages for the organisation's register. {@link #queue} must run inside the approval's transaction
 * (it refuses to run without one), so an approval and its message are stored together or not at all. The message is
 * built and checked by the register's {@link RegistryAdapter} at queueing, and delivered by the same adapter.
 */
@Service
public class Outbox {

    private final RegistryMessageRepository messages;
    private final JsonMapper json;
    private final Map<Registry, RegistryAdapter> adapters = new HashMap<>();
    private final OrganisationSettings organisation;
    private final RegisterChoice register;
    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(
            RegistryMessageRepository messages,
            JsonMapper json,
            List<RegistryAdapter> adapters,
            OrganisationSettings organisation,
            RegisterChoice register,
            JdbcClient jdbc,
            Clock clock) {
        this.messages = messages;
        this.json = json;
        adapters.forEach(a -> this.adapters.put(a.registry(), a));
        this.organisation = organisation;
        this.register = register;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The register the organisation reports to now ({@link RegisterChoice}). */
    public Registry registry() {
        return register.current();
    }

    /** What the organisation's register asks and offers ({@link RegisterChoice#profile}). */
    public RegisterProfile profile() {
        return register.profile();
    }

    /** Whether the organisation's register takes objections (Vaccinnet: administered vaccinations only). */
    public boolean registersObjections() {
        return register.profile().takesObjections();
    }

    private RegistryAdapter adapter(Registry registry) {
        RegistryAdapter adapter = adapters.get(registry);
        if (adapter == null) {
            throw new IllegalStateException("no adapter for " + registry);
        }
        return adapter;
    }

    /**
     * Puts a message for this registration in the queue (state QUEUED), in the caller's transaction, built and
     * checked by the adapter of the organisation's register.
     *
     * @param release when it may leave: at once, after the organisation's send window, or held until {@link #release}
     * @throws UnsendableRegistrationException when the register cannot take it as it is (the user's message)
     * @throws InvalidRegistrationException when the built message fails its schema or rules
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RegistryMessage queue(OutgoingRegistration registration, String by, Release release) {
        Registry registry = registry();
        String content = json.writeValueAsString(registration);
        String messageId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        String payload = adapter(registry).compose(registration, messageId, now);
        return messages.save(
                RegistryMessage.queue(registry, registration, content, messageId, payload, by, now, due(release, now)));
    }

    private Instant due(Release release, Instant now) {
        return switch (release) {
            case AT_ONCE -> now;
            case AFTER_SEND_WINDOW -> organisation.sendWindow().dueAfter(now);
            case HELD -> null;
        };
    }

    /** When a queued message may leave. */
    public enum Release {
        /** Due at once. */
        AT_ONCE,
        /** Due when the organisation's send window after the approval has passed. */
        AFTER_SEND_WINDOW,
        /** Not due until {@link #release} (a mass vaccination session that is not closed yet). */
        HELD
    }

    /**
     * Makes the held messages of these contact moments due after the organisation's send window from this moment (a
     * mass vaccination session is closed), in the caller's transaction.
     *
     * @return how many messages were released
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int release(Collection<UUID> contactMomentIds, Instant from) {
        if (contactMomentIds.isEmpty()) {
            return 0;
        }
        Instant due = organisation.sendWindow().dueAfter(from);
        return jdbc.sql("""
                        update registry_message set state = :to, next_attempt_at = :due
                        where contact_moment_id in (:ids) and state in (:from) and next_attempt_at is null
                        """)
                .param("to", MessageTransition.RELEASE.to().name())
                .param("from", MessageTransition.RELEASE.from())
                .param("due", Timestamp.from(due))
                .param("ids", List.copyOf(contactMomentIds))
                .update();
    }

    /**
     * A professional sends a message that waits for its send window now ("nu verzenden"). Locks the row, so a
     * dispatcher cannot claim it at the same time.
     *
     * @return whether it was made due (false: nothing waits for this contact moment, or a session still holds it)
     * @throws AlreadySentException when it has left or is leaving
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean sendNow(UUID contactMomentId) {
        Optional<RegistryMessage> live = messages.findLiveForUpdate(contactMomentId);
        return live.isPresent() && live.get().sendNow(clock.instant());
    }

    /**
     * When the live message of a contact moment leaves, while it waits in the queue: the moment it is due, or held
     * until its session is closed. Empty once it has left (or when there is none).
     */
    @Transactional(readOnly = true)
    public Optional<Departure> departure(UUID contactMomentId) {
        Instant now = clock.instant();
        return messages.findLive(contactMomentId)
                .filter(m -> m.getState() == MessageState.QUEUED)
                .map(m -> new Departure(
                        m.getNextAttemptAt(), m.isHeld() || m.getNextAttemptAt().isAfter(now)));
    }

    /**
     * When a queued message leaves.
     *
     * @param dueAt when it is due; null while a mass vaccination session holds it
     * @param waiting whether it still waits (held, or due later than now); false: it leaves with the next round
     */
    public record Departure(Instant dueAt, boolean waiting) {

        public boolean held() {
            return dueAt == null;
        }
    }

    /**
     * Puts a message for each registration in the queue, in the caller's transaction, as {@link #queue} does for one
     * (a session's approval). The messages are composed and checked on every core where the register's adapter
     * allows it ({@link RegistryAdapter.Composer#concurrent}), then stored in one batch.
     *
     * @return the queued messages, in the order of the registrations
     * @throws UnsendableRegistrationException when the register cannot take one as it is (nothing is queued)
     * @throws InvalidRegistrationException when a built message fails its schema or rules (nothing is queued)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<RegistryMessage> queueAll(List<OutgoingRegistration> registrations, String by, Release release) {
        Registry registry = registry();
        RegistryAdapter.Composer composer = adapter(registry).composer();
        Instant at = clock.instant();
        Instant due = due(release, at);
        Stream<OutgoingRegistration> each = composer.concurrent() && registrations.size() > 1
                ? registrations.parallelStream()
                : registrations.stream();
        List<Composed> composed = each.map(registration -> {
                    String messageId = UUID.randomUUID().toString();
                    try {
                        return new Composed(
                                registration,
                                json.writeValueAsString(registration),
                                messageId,
                                composer.compose(registration, messageId, at),
                                null);
                    } catch (RuntimeException e) {
                        // rethrown below on the caller's thread, the first in the registrations' order
                        return new Composed(registration, null, messageId, null, e);
                    }
                })
                .toList();
        for (Composed c : composed) {
            if (c.refusal() != null) {
                throw c.refusal();
            }
        }
        return messages.saveAll(composed.stream()
                .map(c -> RegistryMessage.queue(
                        registry, c.registration(), c.content(), c.messageId(), c.payload(), by, at, due))
                .toList());
    }

    private record Composed(
            OutgoingRegistration registration,
            String content,
            String messageId,
            String payload,
            RuntimeException refusal) {}

    /**
     * Whether a registration that has left can still be corrected by this module: its register accepted it (or, when
     * it refused part of it, returned the ids of what it took) and allows taking it back by a message (Vaccinnet
     * RegistratieService, Vaccicard).
     */
    @Transactional(readOnly = true)
    public boolean canRetract(UUID contactMomentId) {
        return messages.findLive(contactMomentId)
                .filter(RegistryMessage::retractable)
                .filter(m -> adapter(m.getRegistry()).retractsAfterDispatch())
                .isPresent();
    }

    /**
     * Takes back a registration its register accepted (a correction after dispatch, where the register allows it):
     * queues the retraction message, in the caller's transaction. A new approval queues the new registration after
     * it. The two need no order at the register: the new registration carries new identifiers (Vaccicard business
     * identifier, Vaccinnet transaction ids), so removing the old and adding the new are independent; a retraction
     * the register refuses goes to a person (NEEDS_ACTION) like any refused message.
     *
     * @return whether there was a registration to take back
     * @throws AlreadySentException when the register does not allow it, or has not accepted it yet
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean retract(UUID contactMomentId, String by) {
        Optional<RegistryMessage> live = messages.findLiveForUpdate(contactMomentId);
        if (live.isEmpty()) {
            return false;
        }
        RegistryMessage accepted = live.get();
        RegistryAdapter adapter = adapter(accepted.getRegistry());
        if (!accepted.retractable() || !adapter.retractsAfterDispatch()) {
            throw new AlreadySentException();
        }
        String messageId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        String payload = adapter.composeRetraction(
                new RegistryAdapter.Pending(
                        accepted.getId(),
                        accepted.getMessageId(),
                        RegistryAdapter.Operation.REGISTER,
                        accepted.getDisclosure(),
                        accepted.getPayload(),
                        registrationOf(accepted),
                        accepted.getRemoteId(),
                        accepted.getAttempts(),
                        accepted.getQueuedAt()),
                messageId,
                now);
        messages.save(accepted.retraction(messageId, payload, by, now));
        // the accepted message leaves the live index now, so a new approval in the same transaction can queue
        messages.flush();
        return true;
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
        Optional<RegistryMessage> live = messages.findLiveForUpdate(contactMomentId);
        live.ifPresent(m -> m.withdraw(by, reason, clock.instant()));
        return live.isPresent();
    }

    /** The state of the live message of a contact moment, if it has one. */
    @Transactional(readOnly = true)
    public Optional<MessageState> stateOf(UUID contactMomentId) {
        return messages.findLive(contactMomentId).map(RegistryMessage::getState);
    }

    /** The states of the live messages of these contact moments. */
    @Transactional(readOnly = true)
    public Map<UUID, MessageState> statesOf(Collection<UUID> contactMomentIds) {
        if (contactMomentIds.isEmpty()) {
            return Map.of();
        }
        return messages.findByContactMomentIdIn(contactMomentIds).stream()
                .filter(m -> m.getState() != MessageState.WITHDRAWN && m.getState() != MessageState.RETRACTED)
                .filter(m -> m.getOperation() == RegistryAdapter.Operation.REGISTER)
                .collect(Collectors.toMap(RegistryMessage::getContactMomentId, RegistryMessage::getState));
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
        jdbc.sql("select state, count(*) as n from registry_message group by state")
                .query((rs, i) -> Map.entry(MessageState.valueOf(rs.getString("state")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        // min() over no rows is one row holding null
        Timestamp now = Timestamp.from(clock.instant());
        // a message waiting for its send window (or held by its session) is not late: only what is due counts
        Timestamp oldest = jdbc.sql("select min(queued_at) from registry_message where (state = 'QUEUED'"
                        + " and next_attempt_at <= :now) or state = 'SENDING'")
                .param("now", now)
                .query((rs, i) -> rs.getTimestamp(1))
                .list()
                .get(0);
        Scheduled scheduled = jdbc.sql("select count(*) filter (where next_attempt_at > :now) as later,"
                        + " count(*) filter (where next_attempt_at is null) as held"
                        + " from registry_message where state = 'QUEUED'")
                .param("now", now)
                .query((rs, i) -> new Scheduled(rs.getLong("later"), rs.getLong("held")))
                .single();
        Latency latency = jdbc.sql(LATENCY)
                .param("since", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .query((rs, i) -> new Latency(
                        rs.getLong("n"),
                        rs.getDouble("p50"),
                        rs.getDouble("p90"),
                        rs.getDouble("p99"),
                        rs.getDouble("max")))
                .single();
        return new QueueOverview(counts, oldest == null ? null : oldest.toInstant(), latency, scheduled);
    }

    private static final String LATENCY = "select count(*) as n,"
            + " percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - queued_at)) as p50,"
            + " percentile_cont(0.9) within group (order by extract(epoch from acknowledged_at - queued_at)) as p90,"
            + " percentile_cont(0.99) within group (order by extract(epoch from acknowledged_at - queued_at)) as p99,"
            + " max(extract(epoch from acknowledged_at - queued_at)) as max"
            + " from registry_message where state = 'ACKNOWLEDGED' and acknowledged_at > :since";

    /** Counts per state, the oldest message still waiting, the approval-to-acknowledgement times of the last day. */
    public record QueueOverview(
            Map<MessageState, Long> counts, Instant oldestWaiting, Latency latency, Scheduled scheduled) {

        public long waiting() {
            return counts.get(MessageState.QUEUED) + counts.get(MessageState.SENDING);
        }
    }

    /**
     * Queued messages that are not due yet.
     *
     * @param later waiting for their send window
     * @param held held until their mass vaccination session is closed
     */
    public record Scheduled(long later, long held) {}

    /** Seconds from approval to acknowledgement over the last day: how many, median, 90th, 99th percentile, max. */
    public record Latency(long count, double p50, double p90, double p99, double max) {}

    /** The registration a message carries. */
    public OutgoingRegistration registrationOf(RegistryMessage message) {
        return json.readValue(message.getContent(), OutgoingRegistration.class);
    }

    /** A message waiting in the queue, with what it carries (for the queue page). */
    public record Waiting(RegistryMessage message, OutgoingRegistration registration) {}
}
