/**
 * Who may do what: users and their role (youth doctor or nurse, assistant, functional administrator) and, for a
 * Belgian care professional, the NIHII (RIZIV number) other modules read through {@code UserAccounts.professional}; form login
 * with a Dutch login page, lockout after repeated failed logins, sessions shared by all nodes through PostgreSQL,
 * and the secure defaults every page gets (CSRF, Content-Security-Policy, headers, session timeout).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Security",
        allowedDependencies = {"audit", "shared"})
package nl.ddjgz.security;
