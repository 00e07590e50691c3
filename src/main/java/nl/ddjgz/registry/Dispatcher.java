package nl.ddjgz.registry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the outbox, whatever the register: each round claims due messages per register, oldest approval first,
 * with {@code FOR UPDATE SKIP LOCKED} and a lease (so several nodes on one database never send the same message at
 * once, and a node that dies mid-send frees its messages when the lease runs out), hands them to the register's
 * {@link RegistryAdapter} in requests of at most {@link RegistryAdapter#maxPerRequest()} (outside any transaction),
 * and records every attempt. The claims and the transitions that end them are {@link DeliveryQueue}'s. The message id stays the same on every retry, so a re-send after a lost answer is
 * recognised by the register. Messages a register took on for later processing (SUBMITTED) are polled when their
 * {@code poll_at} comes, under the same kind of claim.
 *
 * <p>A transport fault is a fault of the register or the network, not of one message: the message goes back to the
 * queue at its place and this node pauses, exponentially longer (with jitter) while the faults go on. So when the
 * register comes back the queue drains in order of approval; each message's attempts still count towards STUCK.
 */
public class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final DeliveryQueue queue;
    private final Map<Registry, RegistryAdapter> adapters;
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
            List<RegistryAdapter> adapters,
            JsonMapper json,
            RegistryProperties.Dispatcher settings,
            String node,
            Clock clock,
            MeterRegistry meters) {
        this.queue = new DeliveryQueue(jdbc, json, node, settings.lease());
        this.adapters = new LinkedHashMap<>();
        adapters.forEach(a -> this.adapters.put(a.registry(), a));
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
        for (Registry registry : queue.registersWithDue(clock.instant())) {
            RegistryAdapter adapter = adapters.get(registry);
            if (adapter == null) {
                continue;
            }
            Round round = sendRound(adapter);
            handled += round.handled();
            transportFault |= round.transportFault();
        }
        for (Registry registry : queue.registersWithPollsDue(clock.instant())) {
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

    private Round sendRound(RegistryAdapter adapter) {
        int max = Math.max(1, adapter.maxPerRequest());
        List<RegistryAdapter.Pending> claimed = queue.claim(
                adapter.registry(), Math.max(settings.batchSize(), max), clock.instant(), adapter.sendsRegistration());
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
        List<RegistryAdapter.Pending> claimed =
                queue.claimPolls(adapter.registry(), Math.max(settings.batchSize(), max), clock.instant());
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

    /**
     * Sends the requests one after the other, unless the register proved unreachable in this round: then the claims
     * of the requests not yet sent are released untried, so the messages keep their place and the queue later drains
     * in order of approval. What the register answered is recorded for all of them in one transaction.
     *
     * @return whether the register could not be reached
     */
    private boolean deliver(
            RegistryAdapter adapter, List<List<RegistryAdapter.Pending>> requests, AtomicBoolean unreachable) {
        List<DeliveryQueue.Attempt> outcomes = new ArrayList<>();
        boolean fault = false;
        try {
            for (List<RegistryAdapter.Pending> request : requests) {
                if (unreachable.get()) {
                    request.forEach(queue::putBack);
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
                    outcomes.add(new DeliveryQueue.Attempt(request.get(i), delivery, started));
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
        List<DeliveryQueue.Attempt> finals = new ArrayList<>();
        for (int i = 0; i < request.size(); i++) {
            Delivery answer = i < answers.size() ? answers.get(i) : Delivery.retryable(0, "no answer");
            RegistryAdapter.Pending message = request.get(i);
            switch (answer.outcome()) {
                case PENDING, SUBMITTED ->
                    queue.pollLater(
                            message, answer.pollAt() == null ? now.plus(settings.pollRetry()) : answer.pollAt(), null);
                case RETRYABLE -> {
                    fault = true;
                    queue.pollLater(message, now.plus(settings.pollRetry()), answer.detail());
                }
                default -> finals.add(new DeliveryQueue.Attempt(message, answer, now));
            }
        }
        record(finals);
        return fault;
    }

    /**
     * Records the answers in one transaction (one durable commit for a run of messages, not one each) and counts
     * them in the metrics.
     */
    private void record(List<DeliveryQueue.Attempt> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<MessageState> recorded = queue.answer(attempts, policy, now);
        for (int i = 0; i < recorded.size(); i++) {
            MessageState next = recorded.get(i);
            if (next == null) {
                // our lease ran out and another node took the message over: its result counts
                continue;
            }
            DeliveryQueue.Attempt attempt = attempts.get(i);
            if (next == MessageState.ACKNOWLEDGED) {
                approvalToAcknowledgement.record(
                        Duration.between(attempt.message().queuedAt(), now));
            } else if (next != MessageState.SUBMITTED) {
                Counter.builder("ddjgz.registry.failures")
                        .tag("outcome", attempt.delivery().outcome().name())
                        .register(meters)
                        .increment();
            }
        }
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

    /** A node whose dispatcher is switched off ({@code ddjgz.registry.dispatcher.enabled=false}) sends nothing. */
    @Override
    public boolean isAutoStartup() {
        return settings.enabled();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
