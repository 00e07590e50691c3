package nl.ddjgz.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling: growing delays instead of a lock, counted per account and source address and per source address
 * (see {@link LoginThrottle}).
 *
 * @param loginFreeAttempts failed logins for one account from one address before the delays start
 * @param addressFreeAttempts failed logins from one address (any account) before that address is slowed down
 * @param loginFirstDelay the first delay; each further failure doubles it
 * @param loginMaxDelay the longest delay
 */
@ConfigurationProperties("ddjgz.security")
public record SecurityProperties(
        @DefaultValue("3") int loginFreeAttempts,
        @DefaultValue("20") int addressFreeAttempts,
        @DefaultValue("1s") Duration loginFirstDelay,
        @DefaultValue("15m") Duration loginMaxDelay) {}
