package nl.ddjgz.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** The faults the simulator injects, set by configuration or by a test/administrator call. Thread-safe. */
public final class Faults {

    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger loseAcknowledgements = new AtomicInteger();
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> downUntil = new AtomicReference<>(Instant.MIN);
    private final Set<String> errorForBsn = ConcurrentHashMap.newKeySet();

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

    /** Registrations for this BSN get CE: "child unknown to the register". */
    public void errorFor(String bsn) {
        errorForBsn.add(bsn);
    }

    /** Back to normal. */
    public void clear() {
        failNext.set(0);
        loseAcknowledgements.set(0);
        delay.set(Duration.ZERO);
        downUntil.set(Instant.MIN);
        errorForBsn.clear();
    }

    boolean refuseNow(Instant now) {
        if (now.isBefore(downUntil.get())) {
            return true;
        }
        return failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    boolean loseThisAcknowledgement() {
        return loseAcknowledgements.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    Duration delay() {
        return delay.get();
    }

    boolean errorFor(String bsn, boolean unused) {
        return bsn != null && errorForBsn.contains(bsn);
    }
}
