package nl.ddjgz.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login settings.
 *
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockout how long a locked account stays locked
 */
@ConfigurationProperties("ddjgz.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout) {}
