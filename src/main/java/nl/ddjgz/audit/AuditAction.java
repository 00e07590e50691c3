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
    AUDIT_QUERY
}
