package nl.ddjgz.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Every simulated fault ends: a slow answer and an outage are bounded, whatever a test or a form post asks for. */
class FaultsTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aSlowAnswerWaitsAtMostTheBound() {
        Faults faults = new Faults(Duration.ofSeconds(5), Duration.ofMinutes(1));

        faults.slow(Duration.ofMillis(200));
        assertThat(faults.delay()).isEqualTo(Duration.ofMillis(200));
        faults.slow(Duration.ofDays(3));
        assertThat(faults.delay()).isEqualTo(Duration.ofSeconds(5));
        faults.slow(Duration.ofMillis(-1));
        assertThat(faults.delay()).isZero();
    }

    @Test
    void anOutageEndsAtTheBound() {
        Faults faults = new Faults(Duration.ofSeconds(5), Duration.ofMinutes(1));

        faults.downFor(NOW, Duration.ofDays(365));

        assertThat(faults.refuseNow(NOW.plusSeconds(59))).isTrue();
        assertThat(faults.refuseNow(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void theBoundsComeFromTheSettingsWithDefaults() {
        Faults configured = Faults.bounded(new MockEnvironment()
                .withProperty("ddjgz.simulator.faults.max-delay", "2s")
                .withProperty("ddjgz.simulator.faults.max-down", "30s"));
        configured.slow(Duration.ofHours(1));
        configured.downFor(NOW, Duration.ofHours(1));
        assertThat(configured.delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(configured.refuseNow(NOW.plusSeconds(30))).isFalse();

        Faults defaults = Faults.bounded(new MockEnvironment());
        defaults.slow(Duration.ofHours(1));
        assertThat(defaults.delay()).isEqualTo(Faults.DEFAULT_MAX_DELAY);
        assertThatThrownBy(() -> new Faults(Duration.ofSeconds(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
