package nl.ddjgz.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * Reads a {@link Faults} for the simulators in the sub-packages of this module (its checks are package-private, so
 * that only simulators act on them): whether to refuse now, whether to lose this answer, how long to wait.
 */
public final class FaultReadout {

    private FaultReadout() {}

    /** Down, or one of the next failing requests: answer 503 (and consume one "fail next"). */
    public static boolean refuseNow(Faults faults, Instant now) {
        return faults.refuseNow(now);
    }

    /** Store, then drop the connection before the answer (and consume one "lose next"). */
    public static boolean loseThisAnswer(Faults faults) {
        return faults.loseThisAcknowledgement();
    }

    /** How long each answer takes. */
    public static Duration delay(Faults faults) {
        return faults.delay();
    }
}
