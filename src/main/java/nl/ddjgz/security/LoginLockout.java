package nl.ddjgz.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins per account and locks it for a while after too many (see {@link SecurityProperties}). */
@Component
class LoginLockout {

    private final UserAccounts accounts;

    LoginLockout(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        accounts.loginFailed(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.loginSucceeded(event.getAuthentication().getName());
    }
}
