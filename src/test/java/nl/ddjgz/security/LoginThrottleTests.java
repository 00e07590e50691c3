package nl.ddjgz.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private static final String HERE = "10.0.0.7";
    private static final String ELSEWHERE = "10.0.0.8";

    private Instant now = Instant.parse("2026-03-09T08:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private final LoginThrottle throttle =
            new LoginThrottle(new SecurityProperties(3, 5, Duration.ofSeconds(1), Duration.ofMinutes(15)), clock);

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    @Test
    void theFreeAttemptsCostNothingThenTheDelaysDouble() {
        fail("arts", HERE, 2);
        assertThat(throttle.waitFor("arts", HERE)).isZero();
        fail("arts", HERE, 1);
        assertThat(throttle.waitFor("arts", HERE)).isEqualTo(Duration.ofSeconds(1));
        fail("arts", HERE, 1);
        assertThat(throttle.waitFor("arts", HERE)).isEqualTo(Duration.ofSeconds(2));
        fail("arts", HERE, 1);
        assertThat(throttle.waitFor("arts", HERE)).isEqualTo(Duration.ofSeconds(4));
        now = now.plusSeconds(4);
        assertThat(throttle.waitFor("arts", HERE)).isZero();
    }

    @Test
    void theDelayNeverExceedsTheMaximum() {
        fail("arts", HERE, 40);
        assertThat(throttle.waitFor("arts", HERE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void someoneGuessingElsewhereDoesNotSlowDownTheUserAtHerOwnWorkstation() {
        fail("arts", ELSEWHERE, 4);
        assertThat(throttle.waitFor("arts", ELSEWHERE)).isPositive();
        assertThat(throttle.waitFor("arts", HERE)).isZero();
        assertThat(throttle.waitFor("ARTS ", ELSEWHERE))
                .as("names compare without case")
                .isPositive();
    }

    @Test
    void anAddressTryingManyNamesIsSlowedDownForEveryName() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("name-" + i, ELSEWHERE);
        }
        assertThat(throttle.waitFor("someone-else", ELSEWHERE)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("someone-else", HERE)).isZero();
    }

    @Test
    void theRightPasswordStartsThatAccountAfresh() {
        fail("arts", HERE, 3);
        now = now.plusSeconds(1);
        throttle.succeeded("arts", HERE);
        throttle.failed("arts", HERE);
        assertThat(throttle.waitFor("arts", HERE)).isZero();
    }
}
