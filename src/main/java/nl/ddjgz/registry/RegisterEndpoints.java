package nl.ddjgz.registry;

import java.net.URI;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;

/**
 * Where a register's service is, the same rule for every adapter: the configured URL; a path alone (starting with
 * {@code /}) is a service of this same application on its own port (the development run's register simulators, which
 * exist only there); blank is a set-up error that never stops the start (the organisation may report to another
 * register): the adapter's messages then go to STUCK with a text naming the setting.
 */
public final class RegisterEndpoints {

    private RegisterEndpoints() {}

    /**
     * @param configured the configured URL or path, blank when not set
     * @return where to send (asked on every request: the own port is known only once the server runs), or null when
     *     not configured
     */
    public static Supplier<URI> resolve(String configured, Environment environment) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        String value = configured.strip();
        if (value.startsWith("/")) {
            return () -> URI.create(url(value, environment));
        }
        URI uri = URI.create(value);
        return () -> uri;
    }

    /** The configured URL, or a path on this application's own port (known only once the server runs). */
    public static String url(String configured, Environment environment) {
        String value = configured.strip();
        return value.startsWith("/")
                ? "http://localhost:" + environment.getProperty("local.server.port", "8080") + value
                : value;
    }
}
