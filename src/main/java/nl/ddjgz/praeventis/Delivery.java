package nl.ddjgz.praeventis;

/**
 * The result of one attempt to deliver a message.
 *
 * @param httpStatus the HTTP status, or 0 when there was none (connection failed, timed out)
 * @param ackCode CA, CE or CR when an acknowledgement was read
 * @param detail the register's text (CE/CR) or what went wrong in transport; shown to a person
 */
record Delivery(Outcome outcome, int httpStatus, String ackCode, String detail) {

    enum Outcome {
        /** CA: the register has it. */
        ACCEPTED,
        /** CE: the register could not take it on (e.g. unknown child); a person must act. */
        ERROR,
        /** CR: the register refused it (e.g. invalid); a person must act. */
        REJECTED,
        /** Transport fault, timeout, 5xx: try again later. */
        RETRYABLE,
        /** Any other HTTP answer: our set-up is wrong; the administrator must look. */
        MISCONFIGURED
    }

    static Delivery retryable(int httpStatus, String detail) {
        return new Delivery(Outcome.RETRYABLE, httpStatus, null, detail);
    }
}
