package nl.ddjgz.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Puts every login and logout in the audit trail (failed logins: the security module, which knows the users). */
@Component
class AuthenticationAuditListener {

    private final AuditTrail trail;

    AuthenticationAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * A login by a person (form login). A stateless HTTP Basic call (the metrics scraper, the register) authenticates
     * on every request and is not a login: it writes no line.
     */
    @EventListener
    void onSuccess(InteractiveAuthenticationSuccessEvent event) {
        if (org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter.class
                .isAssignableFrom(event.getGeneratedBy())) {
            return; // the register's client certificate, on every stateless request
        }
        Authentication auth = event.getAuthentication();
        trail.recordFor(auth.getName(), role(auth), AuditAction.LOGIN, AuditOutcome.SUCCESS, null, address(auth));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        trail.recordFor(auth.getName(), role(auth), AuditAction.LOGOUT, AuditOutcome.SUCCESS, null, address(auth));
    }

    private static String role(Authentication auth) {
        return AuditTrail.roles(auth);
    }

    private static String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
