package nl.ddjgz.registry;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * What to do after an attempt (praeventis-messages.md §6 decision): CA is final; CE and CR go to a person; transport
 * faults, timeouts and HTTP 5xx (and 408/429) are retried with exponential backoff and jitter until the attempts run
 * out (then STUCK); any other HTTP status means our set-up is wrong and goes to the administrator at once.
 */
final class DeliveryPolicy {

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    DeliveryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** The state after an attempt with this outcome, the attempt being the {@code attempt}-th (1-based). */
    MessageState after(Delivery.Outcome outcome, int attempt) {
        return switch (outcome) {
            case ACCEPTED -> MessageState.ACKNOWLEDGED;
            case ERROR, REJECTED -> MessageState.NEEDS_ACTION;
            case RETRYABLE -> attempt >= maxAttempts ? MessageState.STUCK : MessageState.QUEUED;
            case MISCONFIGURED -> MessageState.STUCK;
            case SUBMITTED, PENDING -> MessageState.SUBMITTED;
        };
    }

    /**
     * Wait before the next attempt: initial × 2^(attempt-1), capped, with "full jitter" between half and all of it,
     * so nodes that failed together do not retry together.
     */
    Duration backoff(int attempt, RandomGenerator random) {
        long base = initialBackoff.toMillis();
        long cap = maxBackoff.toMillis();
        long exponential = attempt >= 31 ? cap : Math.min(cap, base * (1L << Math.max(0, attempt - 1)));
        long half = exponential / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }

    /** How an HTTP status without a readable acknowledgement counts. */
    static Delivery.Outcome ofHttpStatus(int status) {
        if (status >= 500 || status == 408 || status == 429) {
            return Delivery.Outcome.RETRYABLE;
        }
        return Delivery.Outcome.MISCONFIGURED;
    }
}
