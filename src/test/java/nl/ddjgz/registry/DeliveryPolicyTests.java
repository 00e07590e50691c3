package nl.ddjgz.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What happens after each kind of answer, and how long the dispatcher waits before trying again. */
class DeliveryPolicyTests {

    private final DeliveryPolicy policy = new DeliveryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void anAcceptanceIsFinalAndTheRegistersRefusalsGoToAPerson() {
        assertThat(policy.after(Delivery.Outcome.ACCEPTED, 1)).isEqualTo(MessageState.ACKNOWLEDGED);
        assertThat(policy.after(Delivery.Outcome.ERROR, 1)).isEqualTo(MessageState.NEEDS_ACTION);
        assertThat(policy.after(Delivery.Outcome.REJECTED, 3)).isEqualTo(MessageState.NEEDS_ACTION);
    }

    @Test
    void transportFaultsAreRetriedUntilTheAttemptsRunOutThenTheMessageIsStuck() {
        assertThat(policy.after(Delivery.Outcome.RETRYABLE, 1)).isEqualTo(MessageState.QUEUED);
        assertThat(policy.after(Delivery.Outcome.RETRYABLE, 4)).isEqualTo(MessageState.QUEUED);
        assertThat(policy.after(Delivery.Outcome.RETRYABLE, 5)).isEqualTo(MessageState.STUCK);
        assertThat(policy.after(Delivery.Outcome.MISCONFIGURED, 1)).isEqualTo(MessageState.STUCK);
    }

    @Test
    void serverErrorsTimeoutsAndThrottlingAreRetryableOtherStatusesAreNot() {
        assertThat(DeliveryPolicy.ofHttpStatus(503)).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(DeliveryPolicy.ofHttpStatus(500)).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(DeliveryPolicy.ofHttpStatus(408)).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(DeliveryPolicy.ofHttpStatus(429)).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(DeliveryPolicy.ofHttpStatus(401)).isEqualTo(Delivery.Outcome.MISCONFIGURED);
        assertThat(DeliveryPolicy.ofHttpStatus(404)).isEqualTo(Delivery.Outcome.MISCONFIGURED);
    }

    @Test
    void theWaitDoublesPerAttemptWithJitterAndIsCapped() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            Duration first = policy.backoff(1, random);
            assertThat(first).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
            Duration third = policy.backoff(3, random);
            assertThat(third).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
            Duration late = policy.backoff(40, random);
            assertThat(late).isBetween(Duration.ofMinutes(5).dividedBy(2), Duration.ofMinutes(5));
        }
    }

    @Test
    void twoNodesThatFailedTogetherDoNotRetryTogether() {
        Random random = new Random();
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> policy.backoff(4, random))
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(40);
    }
}
