package nl.ddjgz.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dispatcher's side of the outbox for one node: the claims (with {@code FOR UPDATE SKIP LOCKED} and a lease, so
 * several nodes on one database never send the same message at once, and a node that dies mid-send frees its
 * messages when the lease runs out) and the transitions that end them, one method per {@link MessageTransition}.
 * Written set-wise in SQL for speed; the source states come from {@link MessageTransition} and what an answer does
 * from {@link RegistryMessage#answered}. A transition that ends a claim only touches a message this node still holds,
 * so a message whose lease ran out and that another node took over is left as that node records it.
 */
final class DeliveryQueue {

    private static final String DUE = "payload is not null and ((state = 'QUEUED' and next_attempt_at <= :now)"
            + " or (state = 'SENDING' and lease_until < :now))";
    private static final String POLL_DUE =
            "state = 'SUBMITTED' and poll_at <= :now and (lease_until is null or lease_until < :now)";
    private static final String RETURNING =
            " returning m.id, m.message_id, m.operation, m.kind, m.payload, m.remote_id, m.attempts, m.queued_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String node;
    private final Duration lease;

    DeliveryQueue(JdbcClient jdbc, JsonMapper json, String node, Duration lease) {
        this.jdbc = jdbc;
        this.json = json;
        this.node = node;
        this.lease = lease;
    }

    /** The registers with messages due for sending (or whose lease ran out). */
    List<Registry> registersWithDue(Instant now) {
        return registersWhere(DUE, now);
    }

    /** The registers with messages due to be asked for their outcome. */
    List<Registry> registersWithPollsDue(Instant now) {
        return registersWhere(POLL_DUE, now);
    }

    private List<Registry> registersWhere(String condition, Instant now) {
        return jdbc.sql("select distinct registry from registry_message where " + condition)
                .param("now", Timestamp.from(now))
                .query((rs, i) -> Registry.valueOf(rs.getString(1)))
                .list();
    }

    /**
     * {@link MessageTransition#CLAIM}: claims at most {@code limit} due messages of a register for sending, oldest
     * approval first, each attempt counted.
     *
     * @param withRegistration whether to read what each message carries as approved (its JSON), for an adapter that
     *     sends it ({@link RegistryAdapter#sendsRegistration()}); null in the messages otherwise
     * @return the claimed messages in order of approval
     */
    List<RegistryAdapter.Pending> claim(Registry registry, int limit, Instant now, boolean withRegistration) {
        return claimWhere(
                "update registry_message m set state = :to, claimed_by = :node, lease_until = :leaseUntil,"
                        + " attempts = m.attempts + 1",
                DUE,
                MessageTransition.CLAIM,
                registry,
                limit,
                now,
                withRegistration);
    }

    /**
     * {@link MessageTransition#CLAIM_POLL}: claims at most {@code limit} messages of a register due to be asked for
     * their outcome, oldest approval first.
     *
     * @return the claimed messages in order of approval
     */
    List<RegistryAdapter.Pending> claimPolls(Registry registry, int limit, Instant now) {
        return claimWhere(
                "update registry_message m set state = :to, claimed_by = :node, lease_until = :leaseUntil",
                POLL_DUE,
                MessageTransition.CLAIM_POLL,
                registry,
                limit,
                now,
                true);
    }

    private List<RegistryAdapter.Pending> claimWhere(
            String update,
            String due,
            MessageTransition transition,
            Registry registry,
            int limit,
            Instant now,
            boolean withRegistration) {
        return jdbc
                .sql(update + " where m.id in (select id from registry_message where registry = :registry"
                        + " and state in (:from) and " + due
                        + " order by queued_at limit :limit for update skip locked)" + RETURNING
                        + (withRegistration ? ", m.content" : ""))
                .param("to", transition.to().name())
                .param("from", transition.from())
                .param("node", node)
                .param("registry", registry.name())
                .param("leaseUntil", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, i) -> pending(rs, withRegistration))
                .list()
                .stream()
                // RETURNING gives no order: send in order of approval
                .sorted(Comparator.comparing(RegistryAdapter.Pending::queuedAt))
                .toList();
    }

    private RegistryAdapter.Pending pending(ResultSet rs, boolean withRegistration) throws SQLException {
        return new RegistryAdapter.Pending(
                rs.getObject("id", UUID.class),
                rs.getString("message_id"),
                RegistryAdapter.Operation.valueOf(rs.getString("operation")),
                Disclosure.ofCode(rs.getString("kind")),
                rs.getString("payload"),
                withRegistration ? json.readValue(rs.getString("content"), OutgoingRegistration.class) : null,
                rs.getString("remote_id"),
                rs.getInt("attempts"),
                rs.getTimestamp("queued_at").toInstant());
    }

    /**
     * {@link MessageTransition#PUT_BACK}: gives a claim back untried; the attempt does not count and the message keeps
     * its place in the queue.
     */
    void putBack(RegistryAdapter.Pending message) {
        jdbc.sql("update registry_message set state = :to, claimed_by = null, lease_until = null,"
                        + " attempts = attempts - 1 where id = :id and claimed_by = :node and state in (:from)")
                .param("to", MessageTransition.PUT_BACK.to().name())
                .param("from", MessageTransition.PUT_BACK.from())
                .param("id", message.id())
                .param("node", node)
                .update();
    }

    /**
     * {@link MessageTransition#POLL_LATER}: the outcome is not there yet (or could not be asked for): ask again at
     * {@code pollAt}.
     *
     * @param error what went wrong asking, or null
     */
    void pollLater(RegistryAdapter.Pending message, Instant pollAt, String error) {
        jdbc.sql("update registry_message set state = :to, claimed_by = null, lease_until = null, poll_at = :pollAt,"
                        + " last_error = :error where id = :id and claimed_by = :node and state in (:from)")
                .param("to", MessageTransition.POLL_LATER.to().name())
                .param("from", MessageTransition.POLL_LATER.from())
                .param("pollAt", Timestamp.from(pollAt))
                .param("error", RegistryMessage.truncate(error, 500))
                .param("id", message.id())
                .param("node", node)
                .update();
    }

    /** What the register answered to one claimed message, and when its request started. */
    record Attempt(RegistryAdapter.Pending message, Delivery delivery, Instant started) {}

    /**
     * {@link MessageTransition#ANSWER}: records the answers to a run of claimed messages, and each attempt in the
     * attempt log, in one statement (one durable commit for the run, not one a message): the answers go to the
     * database as one JSON array, which updates the messages still ours and appends every attempt set-wise.
     *
     * @return per attempt, in order, the message's new state; null where the message was not ours any more
     */
    List<MessageState> answer(List<Attempt> attempts, DeliveryPolicy policy, Instant now) {
        if (attempts.isEmpty()) {
            return List.of();
        }
        List<RegistryMessage.Answer> answers = new ArrayList<>(attempts.size());
        List<Map<String, Object>> rows = new ArrayList<>(attempts.size());
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            Delivery delivery = attempt.delivery();
            RegistryMessage.Answer answer =
                    RegistryMessage.answered(delivery, attempt.message().attempts(), policy, now);
            answers.add(answer);
            Map<String, Object> row = new HashMap<>();
            row.put("i", i);
            row.put("id", attempt.message().id().toString());
            row.put("state", answer.state().name());
            row.put("next_attempt_at", text(answer.nextAttemptAt()));
            row.put("sent_at", text(answer.sentAt()));
            row.put("acknowledged_at", text(answer.acknowledgedAt()));
            row.put("ack_code", answer.ackCode());
            row.put("keeps_text", answer.keepsText());
            row.put("ack_text", answer.ackText());
            row.put("remote_id", answer.remoteId());
            row.put("poll_at", text(answer.pollAt()));
            row.put("last_error", answer.lastError());
            row.put("started_at", text(attempt.started()));
            row.put("outcome", delivery.outcome().name());
            row.put("http_status", delivery.httpStatus() == 0 ? null : delivery.httpStatus());
            row.put("detail", RegistryMessage.truncate(delivery.detail(), 500));
            rows.add(row);
        }
        Set<UUID> ours = new HashSet<>(jdbc.sql("""
                        with answer as (
                            select * from jsonb_to_recordset(cast(:answers as jsonb)) as a(
                                i integer, id uuid, state varchar, next_attempt_at timestamptz, sent_at timestamptz,
                                acknowledged_at timestamptz, ack_code varchar, keeps_text boolean, ack_text text,
                                remote_id varchar, poll_at timestamptz, last_error varchar, started_at timestamptz,
                                outcome varchar, http_status integer, detail varchar)),
                        attempt as (
                            insert into registry_attempt (message, node, started_at, finished_at, outcome,
                                                          http_status, detail)
                            select id, :node, started_at, :finished, outcome, http_status, detail
                            from answer order by i)
                        update registry_message m
                        set state = a.state, claimed_by = null, lease_until = null,
                            next_attempt_at = coalesce(a.next_attempt_at, m.next_attempt_at),
                            sent_at = coalesce(m.sent_at, a.sent_at),
                            acknowledged_at = coalesce(a.acknowledged_at, m.acknowledged_at),
                            ack_code = coalesce(a.ack_code, m.ack_code),
                            ack_text = case when a.keeps_text then a.ack_text else m.ack_text end,
                            remote_id = coalesce(a.remote_id, m.remote_id),
                            poll_at = coalesce(a.poll_at, m.poll_at),
                            last_error = a.last_error
                        from answer a
                        where m.id = a.id and m.claimed_by = :node and m.state in (:from)
                        returning m.id
                        """)
                .param("answers", json.writeValueAsString(rows))
                .param("node", node)
                .param("finished", Timestamp.from(now))
                .param("from", MessageTransition.ANSWER.from())
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list());
        List<MessageState> states = new ArrayList<>(attempts.size());
        for (int i = 0; i < attempts.size(); i++) {
            states.add(
                    ours.contains(attempts.get(i).message().id())
                            ? answers.get(i).state()
                            : null);
        }
        return states;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
