package nl.ddjgz.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * What a {@link Faults} says, for the Vaccinnet BatchUpload simulator in {@code simulator.vaccinnet} (the questions
 * are package-private to {@link Faults}, which this keeps as it is).
 */
public final class BatchUploadSimulatorFaultChecks {

    private BatchUploadSimulatorFaultChecks() {}

    /** Whether this request must fail with HTTP 503 (down for a while, or one of the next N). */
    public static boolean refuseNow(Faults faults, Instant now) {
        return faults.refuseNow(now);
    }

    /** Whether the answer to this upload is lost after it was stored. */
    public static boolean loseThisAnswer(Faults faults) {
        return faults.loseThisAcknowledgement();
    }

    /** How long every answer takes. */
    public static Duration delay(Faults faults) {
        return faults.delay();
    }

    /** Whether the registry does not find this person ({@link Faults#errorFor(String)} with the INSZ). */
    public static boolean unknownPerson(Faults faults, String insz) {
        return faults.errorFor(insz, true);
    }
}
