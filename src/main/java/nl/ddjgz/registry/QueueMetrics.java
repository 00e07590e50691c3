package nl.ddjgz.registry;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Queue depth per state and the age of the oldest waiting message on the Prometheus endpoint
 * ({@code ddjgz_registry_queue_depth{state=…}}, {@code ddjgz_registry_queue_oldest_seconds}). Read from the
 * database at most every few seconds, however often they are scraped; the dispatcher adds send latency, failures and
 * approval-to-acknowledgement time.
 */
@Component
class QueueMetrics {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final Outbox outbox;
    private final Clock clock;
    private volatile Outbox.QueueOverview overview;
    private volatile Instant readAt = Instant.MIN;

    QueueMetrics(Outbox outbox, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.clock = clock;
        for (MessageState state : MessageState.values()) {
            Gauge.builder(
                            "ddjgz.registry.queue.depth",
                            this,
                            m -> m.overview().counts().get(state))
                    .tag("state", state.name())
                    .description("messages for the register per state")
                    .register(meters);
        }
        Gauge.builder("ddjgz.registry.queue.oldest", this, QueueMetrics::oldestSeconds)
                .baseUnit("seconds")
                .description("age of the oldest message waiting to be sent")
                .register(meters);
    }

    private double oldestSeconds() {
        Instant oldest = overview().oldestWaiting();
        return oldest == null ? 0 : Duration.between(oldest, clock.instant()).toMillis() / 1000.0;
    }

    private synchronized Outbox.QueueOverview overview() {
        Instant now = clock.instant();
        if (overview == null || readAt.plus(FRESH).isBefore(now)) {
            overview = outbox.overview();
            readAt = now;
        }
        return overview;
    }
}
