package nl.ddjgz.security;

import java.time.Clock;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The login of people (form and HTTP Basic): first the throttle ({@link LoginThrottle}), then the password, and only
 * when the password is right whether the account is disabled. So an unknown name, a wrong password and a disabled
 * account give the same answer to whoever does not know the password.
 */
@Component
class ThrottledLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    @org.springframework.beans.factory.annotation.Autowired
    ThrottledLogin(
            DatabaseUserDetailsService users,
            PasswordEncoder passwordEncoder,
            SecurityProperties properties,
            Clock clock) {
        this((UserDetailsService) users, passwordEncoder, properties, clock);
    }

    private ThrottledLogin(
            UserDetailsService users, PasswordEncoder passwordEncoder, SecurityProperties properties, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = new LoginThrottle(properties, clock);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        if (!throttle.waitFor(name, address).isZero()) {
            throw new LoginThrottledException();
        }
        try {
            Authentication authenticated = passwords.authenticate(authentication);
            throttle.succeeded(name, address);
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(name, address);
            throw e;
        }
    }

    /**
     * The HTTP Basic login of a machine account (the register, the metrics scraper): the same throttling, with its own
     * counts, against that account only.
     */
    static ThrottledLogin machine(
            UserDetailsService account, PasswordEncoder passwordEncoder, SecurityProperties properties, Clock clock) {
        return new ThrottledLogin(account, passwordEncoder, properties, clock);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed logins for this account from this address (or from this address): wait, then try again. */
    static final class LoginThrottledException extends BadCredentialsException {
        LoginThrottledException() {
            super("login throttled");
        }
    }
}
