package nl.ddjgz.registry;

import java.time.Instant;

/**
 * The result of one attempt to deliver (or to learn the outcome of) a message.
 *
 * @param httpStatus the HTTP status, or 0 when there was none (connection failed, timed out)
 * @param code the register's answer code (Praeventis CA/CE/CR, Vaccinnet resultCode/foutCode, FHIR issue code)
 * @param detail the register's text or what went wrong in transport; shown to a person
 * @param remoteId what the register returned to keep: a transaction id to poll, or the ids of what it stored
 * @param pollAt for {@link Outcome#SUBMITTED} and {@link Outcome#PENDING}: when to ask again
 */
public record Delivery(Outcome outcome, int httpStatus, String code, String detail, String remoteId, Instant pollAt) {

    public Delivery(Outcome outcome, int httpStatus, String code, String detail) {
        this(outcome, httpStatus, code, detail, null, null);
    }

    public enum Outcome {
        /** The register has it (Praeventis CA, Vaccinnet processed OK, Vaccicard 201/200). */
        ACCEPTED,
        /** The register could not take it on (e.g. unknown child); a person must act. */
        ERROR,
        /** The register refused it (e.g. invalid); a person must act. */
        REJECTED,
        /** Transport fault, timeout, 5xx, 429: try again later. */
        RETRYABLE,
        /** Any other HTTP answer (401/403/404): our set-up is wrong; the administrator must look. */
        MISCONFIGURED,
        /** Taken on for processing later (Vaccinnet BatchUpload): ask for the outcome at {@code pollAt}. */
        SUBMITTED,
        /** Asked for the outcome: not processed yet; ask again at {@code pollAt}. */
        PENDING
    }

    public static Delivery accepted(int httpStatus, String code, String detail, String remoteId) {
        return new Delivery(Outcome.ACCEPTED, httpStatus, code, detail, remoteId, null);
    }

    public static Delivery refused(Outcome outcome, int httpStatus, String code, String detail) {
        return new Delivery(outcome, httpStatus, code, detail, null, null);
    }

    public static Delivery retryable(int httpStatus, String detail) {
        return new Delivery(Outcome.RETRYABLE, httpStatus, null, detail);
    }

    public static Delivery submitted(String transactionId, Instant pollAt) {
        return new Delivery(Outcome.SUBMITTED, 200, null, null, transactionId, pollAt);
    }

    public static Delivery pending(Instant pollAt) {
        return new Delivery(Outcome.PENDING, 200, null, null, null, pollAt);
    }

    /** How an HTTP status without a readable answer counts: 5xx, 408 and 429 are retried, others are set-up errors. */
    public static Delivery ofHttpStatus(int status, String detail) {
        return new Delivery(DeliveryPolicy.ofHttpStatus(status), status, null, detail);
    }
}
