package nl.ddjgz.praeventis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

/**
 * Delivers the outbox. Each round claims due messages, oldest approval first, with {@code FOR UPDATE SKIP LOCKED}
 * and a lease (so several nodes on one database never send the same message at once, and a node that dies mid-send
 * frees its messages when the lease runs out), sends them outside any transaction, and records every attempt. The
 * HL7 message id stays the same on every retry, so a re-send after a lost acknowledgement is recognised by the
 * register.
 *
 * <p>A transport fault is a fault of the register or the network, not of one message: the message goes back to the
 * queue at its place and this node pauses, exponentially longer (with jitter) while the faults go on. So when the
 * register comes back the queue drains in order of approval; each message's attempts still count towards STUCK.
 */
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RegisterClient register;
    private final DeliveryPolicy policy;
    private final PraeventisProperties.Dispatcher settings;
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
            RegisterClient register,
            PraeventisProperties.Dispatcher settings,
            String node,
            Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.register = register;
        this.settings = settings;
        this.policy = new DeliveryPolicy(settings.maxAttempts(), settings.initialBackoff(), settings.maxBackoff());
        this.node = node;
        this.clock = clock;
        this.meters = meters;
        this.sendTimer = Timer.builder("ddjgz.praeventis.send")
                .description("time of one delivery attempt to Praeventis")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        this.approvalToAcknowledgement = Timer.builder("ddjgz.praeventis.approval.to.acknowledgement")
                .description("from approval to the register's acceptance")
                .publishPercentiles(0.5, 0.9, 0.99)
                .register(meters);
    }

    /** One round: claim, send, record. */
    Round drainOnce() {
        List<Claimed> claimed = claim();
        if (claimed.isEmpty()) {
            return new Round(0, false);
        }
        List<Future<Delivery>> sends = new ArrayList<>(claimed.size());
        AtomicBoolean unreachable = new AtomicBoolean();
        for (Claimed message : claimed) {
            sends.add(senders.submit((java.util.concurrent.Callable<Delivery>) () -> deliver(message, unreachable)));
        }
        boolean transportFault = false;
        for (Future<Delivery> send : sends) {
            try {
                transportFault |= send.get().outcome() == Delivery.Outcome.RETRYABLE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Round(claimed.size(), true);
            } catch (Exception e) {
                log.error("Delivery round failed", e);
                transportFault = true;
            }
        }
        return new Round(claimed.size(), transportFault);
    }

    /** What a round did: how many messages, and whether the register could not be reached for some. */
    record Round(int handled, boolean transportFault) {}

    private List<Claimed> claim() {
        Instant now = clock.instant();
        return jdbc
                .sql("""
                        update praeventis_message m
                        set state = 'SENDING', claimed_by = :node, lease_until = :leaseUntil, attempts = m.attempts + 1
                        where m.id in (
                            select id from praeventis_message
                            where payload is not null
                              and ((state = 'QUEUED' and next_attempt_at <= :now)
                                   or (state = 'SENDING' and lease_until < :now))
                            order by queued_at
                            limit :limit
                            for update skip locked)
                        returning m.id, m.message_id, m.kind, m.payload, m.attempts, m.queued_at
                        """)
                .param("node", node)
                .param("leaseUntil", Timestamp.from(now.plus(settings.lease())))
                .param("now", Timestamp.from(now))
                .param("limit", settings.batchSize())
                .query((rs, i) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getString("message_id"),
                        MessageKind.valueOf(rs.getString("kind")),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("queued_at").toInstant()))
                .list()
                .stream()
                // RETURNING gives no order: send in order of approval
                .sorted(Comparator.comparing(Claimed::queuedAt))
                .toList();
    }

    /**
     * Sends one claimed message, unless the register already proved unreachable in this round: then the claim is
     * released untried, so the message keeps its place and the queue later drains in order of approval.
     */
    private Delivery deliver(Claimed message, AtomicBoolean unreachable) {
        if (unreachable.get()) {
            release(message);
            return Delivery.retryable(0, "not tried: register unreachable");
        }
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Delivery delivery = register.send(
                message.payload().getBytes(StandardCharsets.UTF_8),
                message.kind().interaction());
        sendTimer.record(Duration.ofNanos(System.nanoTime() - t0));
        if (delivery.outcome() == Delivery.Outcome.RETRYABLE) {
            unreachable.set(true);
        }
        record(message, delivery, started);
        return delivery;
    }

    private void release(Claimed message) {
        jdbc.sql("update praeventis_message set state = 'QUEUED', claimed_by = null, lease_until = null,"
                        + " attempts = attempts - 1 where id = :id and claimed_by = :node and state = 'SENDING'")
                .param("id", message.id())
                .param("node", node)
                .update();
    }

    private void record(Claimed message, Delivery delivery, Instant started) {
        Instant now = clock.instant();
        MessageState next = policy.after(delivery.outcome(), message.attempts());
        // a retryable message keeps its place in the queue; the node itself backs off (see run())
        Instant nextAttempt = next == MessageState.QUEUED ? now : null;
        boolean answered = delivery.ackCode() != null;
        String text = truncate(delivery.detail(), 2000);
        Integer updated = transactions.execute(status -> {
            int rows = jdbc.sql("""
                            update praeventis_message
                            set state = :state, claimed_by = null, lease_until = null,
                                next_attempt_at = coalesce(:nextAttempt, next_attempt_at),
                                sent_at = case when :answered then :now else sent_at end,
                                acknowledged_at = case when :answered then :now else acknowledged_at end,
                                ack_code = coalesce(:ackCode, ack_code),
                                ack_text = case when :answered then :text else ack_text end,
                                last_error = case when :answered then null else :error end
                            where id = :id and claimed_by = :node and state = 'SENDING'
                            """)
                    .param("state", next.name())
                    .param("nextAttempt", nextAttempt == null ? null : Timestamp.from(nextAttempt))
                    .param("answered", answered)
                    .param("now", Timestamp.from(now))
                    .param("ackCode", delivery.ackCode())
                    .param("text", text)
                    .param("error", truncate(delivery.detail(), 500))
                    .param("id", message.id())
                    .param("node", node)
                    .update();
            jdbc.sql("""
                            insert into praeventis_attempt (message, node, started_at, finished_at, outcome, http_status,
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
            return rows;
        });
        if (updated == null || updated == 0) {
            // our lease ran out and another node took the message over: its result counts
            return;
        }
        if (next == MessageState.ACKNOWLEDGED) {
            approvalToAcknowledgement.record(Duration.between(message.queuedAt(), now));
        } else {
            Counter.builder("ddjgz.praeventis.failures")
                    .tag("outcome", delivery.outcome().name())
                    .register(meters)
                    .increment();
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public void start() {
        senders = Executors.newFixedThreadPool(Math.max(1, settings.parallelism()), r -> {
            Thread t = new Thread(r, "praeventis-send");
            t.setDaemon(true);
            return t;
        });
        running = true;
        loop = new Thread(this::run, "praeventis-dispatcher");
        loop.setDaemon(true);
        loop.start();
        log.info("Praeventis dispatcher started on node {}", node);
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

    /** A message this node claimed. */
    record Claimed(UUID id, String messageId, MessageKind kind, String payload, int attempts, Instant queuedAt) {}
}
