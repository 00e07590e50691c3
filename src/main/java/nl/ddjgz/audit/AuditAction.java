package nl.ddjgz.audit;

/** What was done, as recorded in the audit trail. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ACCESS_DENIED,
    DOSSIER_SEARCH,
    DOSSIER_READ,
    DOSSIER_CREATE,
    DOSSIER_UPDATE,
    USER_CREATE,
    USER_UPDATE,
    SETTINGS_UPDATE,
    AUDIT_QUERY,
    CONTACT_MOMENT_START,
    CONTACT_MOMENT_PLAN,
    EARLIER_VACCINATION_RECORD,
    VACCINATION_APPROVE,
    VACCINATION_CORRECT,
    VACCINATION_WITHDRAW,
    CORRECTION_REQUEST,
    RIVM_FORM_REPORTED,
    RECALL_QUERY,
    BATCH_LIST_RECEIVED,
    BATCH_LIST_REFUSED,
    CALL_LIST_RECEIVED,
    CALL_LIST_REFUSED,
    STATUS_QUERY,
    /** A professional sent a message that waited for its send window at once. */
    VACCINATION_SEND_NOW,
    // issue 15: a mass session's expected list made from a call list; dossiers opened from an expected list
    EXPECTED_LIST_FROM_CALL_LIST,
    DOSSIERS_OPENED_FROM_LIST
}
