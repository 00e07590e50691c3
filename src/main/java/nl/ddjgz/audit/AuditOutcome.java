package nl.ddjgz.audit;

/** Whether the audited action succeeded or was refused. */
public enum AuditOutcome {
    SUCCESS,
    REFUSED
}
