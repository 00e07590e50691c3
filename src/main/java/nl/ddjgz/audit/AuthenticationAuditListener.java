package nl.ddjgz.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Puts every login, failed login and logout in the audit trail. */
@Component
class AuthenticationAuditListener {

    private final AuditTrail trail;

    AuthenticationAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        trail.recordFor(auth.getName(), role(auth), AuditAction.LOGIN, AuditOutcome.SUCCESS, null, address(auth));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String reason = event.getException().getClass().getSimpleName();
        trail.recordFor(auth.getName(), null, AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED, reason, address(auth));
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
