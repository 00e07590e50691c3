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
 */
public final class Faults {

    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger loseAcknowledgements = new AtomicInteger();
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> downUntil = new AtomicReference<>(Instant.MIN);
    private final Set<String> errorForChild = ConcurrentHashMap.newKeySet();

    /** The next {@code n} requests fail with HTTP 503 (nothing is stored). */
    public void failNext(int n) {
        failNext.set(n);
    }

    /** The next {@code n} registrations are stored, then the connection drops before the acknowledgement. */
    public void loseAcknowledgements(int n) {
        loseAcknowledgements.set(n);
    }

    /** Every answer takes this long. */
    public void slow(Duration answerDelay) {
        delay.set(answerDelay);
    }

    /** Down (HTTP 503) until this moment. */
    public void downUntil(Instant until) {
        downUntil.set(until);
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
