package nl.ddjgz.registry;

/** Where a message to the register stands. */
public enum MessageState {
    /** Approved and waiting to be sent; can still be corrected or withdrawn. */
    QUEUED,
    /** Claimed by the dispatcher, being sent. */
    SENDING,
    /** Delivered; the answer is not processed yet. */
    SENT,
    /** Taken on by a register that processes later (Vaccinnet BatchUpload); its outcome is asked for. */
    SUBMITTED,
    /** The register accepted it: final (unless the register allows retracting it). */
    ACKNOWLEDGED,
    /** The register refused it: a person must fix the data. */
    NEEDS_ACTION,
    /** Could not be delivered after all retries: the administrator must look. */
    STUCK,
    /** Taken out of the queue by a correction: never sent. */
    WITHDRAWN,
    /** Accepted by the register and then taken back by a retraction message (correction after dispatch). */
    RETRACTED;

    /** Whether the message has (possibly) left: the dossier can no longer change the registration by itself. */
    public boolean hasLeft() {
        return this == SENDING || this == SENT || this == SUBMITTED || this == ACKNOWLEDGED;
    }
}
