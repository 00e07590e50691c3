package nl.ddjgz.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The faults a simulated register injects, set by configuration or by a test/administrator call. Each simulator
 * (Praeventis, Vaccinnet BatchUpload and RegistratieService, Vaccicard) has its own. Thread-safe.
 *
 * <p>Every fault ends: a slow answer waits at most {@code maxDelay} (a request thread never hangs longer, whatever
 * was asked for) and "down" lasts at most {@code maxDown} (settings {@code ddjgz.simulator.faults.max-delay} and
 * {@code max-down}, see {@link #bounded}).
 */
public final class Faults {

    /** The longest a simulated answer waits, unless configured otherwise. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(30);

    /** The longest a simulated register stays down, unless configured otherwise. */
    public static final Duration DEFAULT_MAX_DOWN = Duration.ofMinutes(10);

    private final Duration maxDelay;
    private final Duration maxDown;

    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger loseAcknowledgements = new AtomicInteger();
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> downUntil = new AtomicReference<>(Instant.MIN);
    private final Set<String> errorForChild = ConcurrentHashMap.newKeySet();

    /** Faults with the default bounds. */
    public Faults() {
        this(DEFAULT_MAX_DELAY, DEFAULT_MAX_DOWN);
    }

    /** Faults whose slow answers wait at most {@code maxDelay} and whose "down" lasts at most {@code maxDown}. */
    public Faults(Duration maxDelay, Duration maxDown) {
        if (maxDelay.isNegative() || maxDown.isNegative()) {
            throw new IllegalArgumentException("the bounds of simulator faults cannot be negative");
        }
        this.maxDelay = maxDelay;
        this.maxDown = maxDown;
    }

    /**
     * Faults bounded by the settings {@code ddjgz.simulator.faults.max-delay} (DDJGZ_SIMULATOR_FAULTS_MAX_DELAY,
     * default 30s) and {@code ddjgz.simulator.faults.max-down} (DDJGZ_SIMULATOR_FAULTS_MAX_DOWN, default 10m).
     */
    public static Faults bounded(org.springframework.core.env.Environment environment) {
        return new Faults(
                duration(environment, "ddjgz.simulator.faults.max-delay", DEFAULT_MAX_DELAY),
                duration(environment, "ddjgz.simulator.faults.max-down", DEFAULT_MAX_DOWN));
    }

    private static Duration duration(
            org.springframework.core.env.Environment environment, String key, Duration fallback) {
        String value = environment.getProperty(key);
        return value == null || value.isBlank()
                ? fallback
                : org.springframework.boot.convert.DurationStyle.detectAndParse(value.strip());
    }

    /** The next {@code n} requests fail with HTTP 503 (nothing is stored). */
    public void failNext(int n) {
        failNext.set(n);
    }

    /** The next {@code n} registrations are stored, then the connection drops before the acknowledgement. */
    public void loseAcknowledgements(int n) {
        loseAcknowledgements.set(n);
    }

    /** Every answer takes this long, at most the bound ({@code max-delay}); a negative delay is none. */
    public void slow(Duration answerDelay) {
        Duration wanted = answerDelay == null || answerDelay.isNegative() ? Duration.ZERO : answerDelay;
        delay.set(wanted.compareTo(maxDelay) > 0 ? maxDelay : wanted);
    }

    /** Down (HTTP 503) until this moment. */
    public void downUntil(Instant until) {
        downUntil.set(until);
    }

    /** Down (HTTP 503) for this long from now, at most the bound ({@code max-down}). */
    public void downFor(Instant now, Duration period) {
        Duration wanted = period == null || period.isNegative() ? Duration.ZERO : period;
        downUntil.set(now.plus(wanted.compareTo(maxDown) > 0 ? maxDown : wanted));
    }

    /** Registrations for this child (BSN or INSZ) are refused: "child unknown to the register". */
    public void errorFor(String childNumber) {
        errorForChild.add(childNumber);
    }

    /** Back to normal. */
    public void clear() {
        failNext.set(0);
        loseAcknowledgements.set(0);
        delay.set(Duration.ZERO);
        downUntil.set(Instant.MIN);
        errorForChild.clear();
    }

    /** Down, or one of the next failing requests: answer 503 (counts one "fail next"). */
    public boolean refuseNow(Instant now) {
        if (now.isBefore(downUntil.get())) {
            return true;
        }
        return failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** Store, then drop the connection before the answer (counts one "lose next"). */
    public boolean loseThisAnswer() {
        return loseAcknowledgements.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    /** How long each answer takes. */
    public Duration delay() {
        return delay.get();
    }

    /** Whether registrations for this child (BSN or INSZ) are refused. */
    public boolean refuses(String childNumber) {
        return childNumber != null && errorForChild.contains(childNumber);
    }
}
