package nl.ddjgz.security;

import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditOutcome;
import nl.ddjgz.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Puts every failed login in the audit trail. The typed user name is kept only when it is a known user: what someone
 * types into the name field may be a password or a patient's name.
 */
@Component
class FailedLoginAudit {

    private final UserAccounts accounts;
    private final AuditTrail trail;

    FailedLoginAudit(UserAccounts accounts, AuditTrail trail) {
        this.accounts = accounts;
        this.trail = trail;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String known = auth.getName() == null
                ? null
                : accounts.findByUsername(auth.getName())
                        .map(UserAccount::getUsername)
                        .orElse(null);
        String reason = event.getException().getClass().getSimpleName() + (known == null ? " (unknown user)" : "");
        String address =
                auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        trail.recordFor(known, null, AuditAction.LOGIN_FAILED, AuditOutcome.REFUSED, reason, address);
    }
}
