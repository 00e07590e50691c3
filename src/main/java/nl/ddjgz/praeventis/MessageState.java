package nl.ddjgz.praeventis;

/** Where a message to Praeventis stands. */
public enum MessageState {
    /** Approved and waiting to be sent; can still be corrected or withdrawn. */
    QUEUED,
    /** Claimed by the dispatcher, being sent. */
    SENDING,
    /** Delivered; the acknowledgement is not processed yet. */
    SENT,
    /** The register accepted it (CA): final. */
    ACKNOWLEDGED,
    /** The register refused it (CE/CR): a person must fix the data. */
    NEEDS_ACTION,
    /** Could not be delivered after all retries: the administrator must look. */
    STUCK,
    /** Taken out of the queue by a correction: never sent. */
    WITHDRAWN;

    /** Whether the message has (possibly) left: the dossier can no longer change the registration. */
    public boolean hasLeft() {
        return this == SENDING || this == SENT || this == ACKNOWLEDGED;
    }
}
