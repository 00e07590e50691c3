package nl.ddjgz.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * What a {@link Faults} says, for the Vaccinnet RegistratieService simulator in {@code simulator.vaccinnet} (the
 * questions are package-private to {@link Faults}, which this keeps as it is).
 */
public final class RegistratieSimulatorFaults {

    private RegistratieSimulatorFaults() {}

    /** Whether this request must fail (down for a while, or one of the next N). Counts the request. */
    public static boolean refuseNow(Faults faults, Instant now) {
        return faults.refuseNow(now);
    }

    /** Whether the answer to this request is lost after storing. Counts the request. */
    public static boolean loseThisAnswer(Faults faults) {
        return faults.loseThisAcknowledgement();
    }

    /** How long every answer takes. */
    public static Duration delay(Faults faults) {
        return faults.delay();
    }

    /** Whether requests for this person are refused (set by {@link Faults#errorFor(String)}). */
    public static boolean refused(Faults faults, String insz) {
        return faults.errorFor(insz, true);
    }
}
