package nl.ddjgz.security;

/** The roles of the module. */
public enum Role {
    /** Youth doctor or nurse: registers and approves vaccinations. */
    JGZ_PROFESSIONAL,
    /** Assistant: looks up children, prepares and scans; cannot approve. */
    JGZ_ASSISTANT,
    /** Functional administrator: users, reference data, audit trail. */
    ADMIN;

    /** The authority Spring Security checks ("ROLE_" + name). */
    public String authority() {
        return "ROLE_" + name();
    }
}
