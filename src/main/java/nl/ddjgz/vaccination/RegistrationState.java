package nl.ddjgz.vaccination;

/** The state of a contact moment and its vaccination lines. */
public enum RegistrationState {
    /** Being filled in; nothing is registered yet. */
    DRAFT,
    /** Approved (akkoord): a fact, queued for Praeventis. */
    APPROVED,
    /** Withdrawn before dispatch (not given after all, or registered on the wrong child). */
    WITHDRAWN
}
