package nl.ddjgz.registry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the outbox, whatever the register: each round claims due messages per register, oldest approval first,
 * with {@code FOR UPDATE SKIP LOCKED} and a lease (so several nodes on one database never send the same message at
 * once, and a node that dies mid-send frees its messages when the lease runs out), hands them to the register's
 * {@link RegistryAdapter} in requests of at most {@link RegistryAdapter#maxPerRequest()} (outside any transaction),
 * and records every attempt. The message id stays the same on every retry, so a re-send after a lost answer is
 * recognised by the register. Messages a register took on for later processing (SUBMITTED) are polled when their
 * {@code poll_at} comes, under the same kind of claim.
 *
 * <p>A transport fault is a fault of the register or the network, not of one message: the message goes back to the
 * queue at its place and this node pauses, exponentially longer (with jitter) while the faults go on. So when the
 * register comes back the queue drains in order of approval; each message's attempts still count towards STUCK.
 */
public class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private static final String DUE = "payload is not null and ((state = 'QUEUED' and next_attempt_at <= :now)"
            + " or (state = 'SENDING' and lease_until < :now))";
    private static final String POLL_DUE =
            "state = 'SUBMITTED' and poll_at <= :now and (lease_until is null or lease_until < :now)";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Map<Registry, RegistryAdapter> adapters;
    private final JsonMapper json;
    private final DeliveryPolicy policy;
    private final RegistryProperties.Dispatcher settings;
    private final String node;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final Timer sendTimer;
    private final Timer approvalToAcknowledgement;
    private final MeterRegistry meters;
    private volatile boolean running;
    private Thread loop;
    private ExecutorService senders;

    Dispatcher(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            List<RegistryAdapter> adapters,
            JsonMapper json,
            RegistryProperties.Dispatcher settings,
            String node,
            Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.adapters = new LinkedHashMap<>();
        adapters.forEach(a -> this.adapters.put(a.registry(), a));
        this.json = json;
        this.settings = settings;
        this.policy = new DeliveryPolicy(settings.maxAttempts(), settings.initialBackoff(), settings.maxBackoff());
        this.node = node;
        this.clock = clock;
        this.meters = meters;
        this.sendTimer = Timer.builder("ddjgz.registry.send")
                .description("time of one request to the register")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        this.approvalToAcknowledgement = Timer.builder("ddjgz.registry.approval.to.acknowledgement")
                .description("from approval to the register's acceptance")
                .publishPercentiles(0.5, 0.9, 0.99)
                .register(meters);
    }

    /** One round: for each register with due messages, claim, send, record; then poll what is due for polling. */
    Round drainOnce() {
        // started lazily so that tests can drive rounds without starting the loop
        ensureSenders();
        int handled = 0;
        boolean transportFault = false;
        for (Registry registry : registriesWith(DUE)) {
            RegistryAdapter adapter = adapters.get(registry);
            if (adapter == null) {
                continue;
            }
            Round round = sendRound(adapter);
            handled += round.handled();
            transportFault |= round.transportFault();
        }
        for (Registry registry : registriesWith(POLL_DUE)) {
            RegistryAdapter adapter = adapters.get(registry);
            if (adapter == null) {
                continue;
            }
            Round round = pollRound(adapter);
            handled += round.handled();
            transportFault |= round.transportFault();
        }
        return new Round(handled, transportFault);
    }

    /** What a round did: how many messages, and whether the register could not be reached for some. */
    record Round(int handled, boolean transportFault) {}

    private List<Registry> registriesWith(String condition) {
        return jdbc.sql("select distinct registry from registry_message where " + condition)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, i) -> Registry.valueOf(rs.getString(1)))
                .list();
    }

    private Round sendRound(RegistryAdapter adapter) {
        int max = Math.max(1, adapter.maxPerRequest());
        List<RegistryAdapter.Pending> claimed = claim(adapter.registry(), Math.max(settings.batchSize(), max));
        if (claimed.isEmpty()) {
            return new Round(0, false);
        }
        List<List<RegistryAdapter.Pending>> requests = chunks(claimed, max);
        // one task per sender thread, each with a run of consecutive requests whose outcomes it records together
        int perTask = Math.max(1, (requests.size() + settings.parallelism() - 1) / Math.max(1, settings.parallelism()));
        List<Future<Boolean>> sends = new ArrayList<>();
        AtomicBoolean unreachable = new AtomicBoolean();
        for (List<List<RegistryAdapter.Pending>> task : chunks(requests, perTask)) {
            sends.add(senders.submit(() -> deliver(adapter, task, unreachable)));
        }
        return new Round(claimed.size(), await(sends));
    }

    private Round pollRound(RegistryAdapter adapter) {
        int max = Math.max(1, adapter.maxPerRequest());
        List<RegistryAdapter.Pending> claimed = claimPolls(adapter.registry(), Math.max(settings.batchSize(), max));
        if (claimed.isEmpty()) {
            return new Round(0, false);
        }
        List<Future<Boolean>> polls = new ArrayList<>();
        for (List<RegistryAdapter.Pending> request : chunks(claimed, max)) {
            polls.add(senders.submit(() -> poll(adapter, request)));
        }
        return new Round(claimed.size(), await(polls));
    }

    private boolean await(List<Future<Boolean>> work) {
        boolean transportFault = false;
        for (Future<Boolean> one : work) {
            try {
                transportFault |= one.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            } catch (Exception e) {
                log.error("Delivery round failed", e);
                transportFault = true;
            }
        }
        return transportFault;
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }

    private List<RegistryAdapter.Pending> claim(Registry registry, int limit) {
        Instant now = clock.instant();
        return jdbc
                .sql("""
                        update registry_message m
                        set state = 'SENDING', claimed_by = :node, lease_until = :leaseUntil, attempts = m.attempts + 1
                        where m.id in (
                            select id from registry_message
                            where registry = :registry and payload is not null
                              and ((state = 'QUEUED' and next_attempt_at <= :now)
                                   or (state = 'SENDING' and lease_until < :now))
                            order by queued_at
                            limit :limit
                            for update skip locked)
                        returning m.id, m.message_id, m.operation, m.kind, m.payload, m.content, m.remote_id,
                                  m.attempts, m.queued_at
                        """)
                .param("node", node)
                .param("registry", registry.name())
                .param("leaseUntil", Timestamp.from(now.plus(settings.lease())))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, i) -> pending(rs))
                .list()
                .stream()
                // RETURNING gives no order: send in order of approval
                .sorted(Comparator.comparing(RegistryAdapter.Pending::queuedAt))
                .toList();
    }

    private List<RegistryAdapter.Pending> claimPolls(Registry registry, int limit) {
        Instant now = clock.instant();
        return jdbc
                .sql("""
                        update registry_message m
                        set claimed_by = :node, lease_until = :leaseUntil
                        where m.id in (
                            select id from registry_message
                            where registry = :registry and state = 'SUBMITTED' and poll_at <= :now
                              and (lease_until is null or lease_until < :now)
                            order by queued_at
                            limit :limit
                            for update skip locked)
                        returning m.id, m.message_id, m.operation, m.kind, m.payload, m.content, m.remote_id,
                                  m.attempts, m.queued_at
                        """)
                .param("node", node)
                .param("registry", registry.name())
                .param("leaseUntil", Timestamp.from(now.plus(settings.lease())))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, i) -> pending(rs))
                .list()
                .stream()
                .sorted(Comparator.comparing(RegistryAdapter.Pending::queuedAt))
                .toList();
    }

    private RegistryAdapter.Pending pending(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RegistryAdapter.Pending(
                rs.getObject("id", UUID.class),
                rs.getString("message_id"),
                RegistryAdapter.Operation.valueOf(rs.getString("operation")),
                MessageKind.valueOf(rs.getString("kind")),
                rs.getString("payload"),
                json.readValue(rs.getString("content"), OutgoingRegistration.class),
                rs.getString("remote_id"),
                rs.getInt("attempts"),
                rs.getTimestamp("queued_at").toInstant());
    }

    /**
     * Sends the requests one after the other, unless the register proved unreachable in this round: then the claims
     * of the requests not yet sent are released untried, so the messages keep their place and the queue later drains
     * in order of approval. What the register answered is recorded for all of them in one transaction.
     *
     * @return whether the register could not be reached
     */
    private boolean deliver(
            RegistryAdapter adapter, List<List<RegistryAdapter.Pending>> requests, AtomicBoolean unreachable) {
        List<Outcome> outcomes = new ArrayList<>();
        boolean fault = false;
        try {
            for (List<RegistryAdapter.Pending> request : requests) {
                if (unreachable.get()) {
                    request.forEach(this::release);
                    fault = true;
                    continue;
                }
                Instant started = clock.instant();
                long t0 = System.nanoTime();
                List<Delivery> deliveries;
                try {
                    deliveries = adapter.send(request);
                } catch (RuntimeException e) {
                    log.warn(
                            "{} adapter failed: {}",
                            adapter.registry(),
                            e.getClass().getSimpleName());
                    deliveries = request.stream()
                            .map(m -> Delivery.retryable(
                                    0, "adapter: " + e.getClass().getSimpleName()))
                            .toList();
                }
                sendTimer.record(Duration.ofNanos(System.nanoTime() - t0));
                boolean requestFault = false;
                for (int i = 0; i < request.size(); i++) {
                    Delivery delivery = i < deliveries.size() ? deliveries.get(i) : Delivery.retryable(0, "no answer");
                    requestFault |= delivery.outcome() == Delivery.Outcome.RETRYABLE;
                    outcomes.add(new Outcome(request.get(i), delivery, started));
                }
                if (requestFault) {
                    unreachable.set(true);
                    fault = true;
                }
            }
        } finally {
            record(outcomes);
        }
        return fault;
    }

    /** What the register answered to one message, and when its request started. */
    private record Outcome(RegistryAdapter.Pending message, Delivery delivery, Instant started) {}

    /** @return whether the register could not be reached */
    private boolean poll(RegistryAdapter adapter, List<RegistryAdapter.Pending> request) {
        List<Delivery> answers;
        try {
            answers = adapter.poll(request);
        } catch (RuntimeException e) {
            log.warn(
                    "{} adapter poll failed: {}",
                    adapter.registry(),
                    e.getClass().getSimpleName());
            answers = request.stream()
                    .map(m -> Delivery.retryable(0, "adapter: " + e.getClass().getSimpleName()))
                    .toList();
        }
        boolean fault = false;
        Instant now = clock.instant();
        List<Outcome> finals = new ArrayList<>();
        for (int i = 0; i < request.size(); i++) {
            Delivery answer = i < answers.size() ? answers.get(i) : Delivery.retryable(0, "no answer");
            RegistryAdapter.Pending message = request.get(i);
            switch (answer.outcome()) {
                case PENDING, SUBMITTED ->
                    releasePoll(
                            message, answer.pollAt() == null ? now.plus(settings.pollRetry()) : answer.pollAt(), null);
                case RETRYABLE -> {
                    fault = true;
                    releasePoll(message, now.plus(settings.pollRetry()), truncate(answer.detail(), 500));
                }
                default -> finals.add(new Outcome(message, answer, now));
            }
        }
        record(finals);
        return fault;
    }

    private void release(RegistryAdapter.Pending message) {
        jdbc.sql("update registry_message set state = 'QUEUED', claimed_by = null, lease_until = null,"
                        + " attempts = attempts - 1 where id = :id and claimed_by = :node and state = 'SENDING'")
                .param("id", message.id())
                .param("node", node)
                .update();
    }

    private void releasePoll(RegistryAdapter.Pending message, Instant pollAt, String error) {
        jdbc.sql("update registry_message set claimed_by = null, lease_until = null, poll_at = :pollAt,"
                        + " last_error = :error where id = :id and claimed_by = :node and state = 'SUBMITTED'")
                .param("pollAt", Timestamp.from(pollAt))
                .param("error", error)
                .param("id", message.id())
                .param("node", node)
                .update();
    }

    /**
     * Records the outcomes in one transaction (one durable commit for a run of messages, not one each). A message
     * whose lease ran out and that another node took over is left as that node records it.
     */
    private void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<MessageState> recorded = transactions.execute(status -> outcomes.stream()
                .map(o -> recordOne(o.message(), o.delivery(), o.started(), now))
                .toList());
        for (int i = 0; i < outcomes.size(); i++) {
            MessageState next = recorded == null ? null : recorded.get(i);
            if (next == null) {
                // our lease ran out and another node took the message over: its result counts
                continue;
            }
            Outcome o = outcomes.get(i);
            if (next == MessageState.ACKNOWLEDGED) {
                approvalToAcknowledgement.record(Duration.between(o.message().queuedAt(), now));
            } else if (next != MessageState.SUBMITTED) {
                Counter.builder("ddjgz.registry.failures")
                        .tag("outcome", o.delivery().outcome().name())
                        .register(meters)
                        .increment();
            }
        }
    }

    /** @return the message's new state, or null when it was not ours any more */
    private MessageState recordOne(RegistryAdapter.Pending message, Delivery delivery, Instant started, Instant now) {
        MessageState next = policy.after(delivery.outcome(), message.attempts());
        // a retryable message keeps its place in the queue; the node itself backs off (see run())
        Instant nextAttempt = next == MessageState.QUEUED ? now : null;
        boolean answered = delivery.code() != null
                || delivery.outcome() == Delivery.Outcome.ACCEPTED
                || delivery.outcome() == Delivery.Outcome.ERROR
                || delivery.outcome() == Delivery.Outcome.REJECTED;
        boolean submitted = next == MessageState.SUBMITTED;
        String text = truncate(delivery.detail(), 2000);
        int rows = jdbc.sql("""
                        update registry_message
                        set state = :state, claimed_by = null, lease_until = null,
                            next_attempt_at = coalesce(:nextAttempt, next_attempt_at),
                            sent_at = case when :answered or :submitted then coalesce(sent_at, :now)
                                           else sent_at end,
                            acknowledged_at = case when :answered and not :submitted then :now
                                                   else acknowledged_at end,
                            ack_code = coalesce(:ackCode, ack_code),
                            ack_text = case when :answered then :text else ack_text end,
                            remote_id = coalesce(:remoteId, remote_id),
                            poll_at = case when :submitted then :pollAt else poll_at end,
                            last_error = case when :answered or :submitted then null else :error end
                        where id = :id and claimed_by = :node and state in ('SENDING', 'SUBMITTED')
                        """)
                .param("state", next.name())
                .param("nextAttempt", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                .param("answered", answered)
                .param("submitted", submitted)
                .param("now", Timestamp.from(now))
                .param("ackCode", truncate(delivery.code(), 40))
                .param("text", text)
                .param("remoteId", truncate(delivery.remoteId(), 2000))
                .param("pollAt", Timestamp.from(delivery.pollAt() == null ? now : delivery.pollAt()))
                .param("error", truncate(delivery.detail(), 500))
                .param("id", message.id())
                .param("node", node)
                .update();
        jdbc.sql("""
                        insert into registry_attempt (message, node, started_at, finished_at, outcome, http_status,
                                                      detail)
                        values (:id, :node, :started, :finished, :outcome, :status, :detail)
                        """)
                .param("id", message.id())
                .param("node", node)
                .param("started", Timestamp.from(started))
                .param("finished", Timestamp.from(now))
                .param("outcome", delivery.outcome().name())
                .param("status", delivery.httpStatus() == 0 ? null : delivery.httpStatus())
                .param("detail", truncate(delivery.detail(), 500))
                .update();
        return rows == 0 ? null : next;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private synchronized void ensureSenders() {
        if (senders == null) {
            senders = Executors.newFixedThreadPool(Math.max(1, settings.parallelism()), r -> {
                Thread t = new Thread(r, "registry-send");
                t.setDaemon(true);
                return t;
            });
        }
    }

    @Override
    public void start() {
        ensureSenders();
        running = true;
        loop = new Thread(this::run, "registry-dispatcher");
        loop.setDaemon(true);
        loop.start();
        log.info("Registry dispatcher started on node {}", node);
    }

    private void run() {
        int faultsInARow = 0;
        while (running) {
            try {
                Round round = drainOnce();
                if (round.transportFault()) {
                    faultsInARow++;
                    Thread.sleep(policy.backoff(faultsInARow, random).toMillis());
                } else if (round.handled() == 0) {
                    faultsInARow = 0;
                    Thread.sleep(settings.pollInterval().toMillis());
                } else {
                    faultsInARow = 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn(
                        "Dispatcher round failed; trying again shortly: {}",
                        e.getClass().getSimpleName());
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
            try {
                loop.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (senders != null) {
            // let sends under way finish (their answers are recorded); a hard stop is covered by the lease
            senders.shutdown();
            try {
                senders.awaitTermination(settings.readTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
