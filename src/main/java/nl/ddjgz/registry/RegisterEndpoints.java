package nl.ddjgz.registry;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;

/**
 * Where a register's service is, the same rule for every adapter: the configured URL; a path alone (starting with
 * {@code /}) is a service of this same application on its own port (the development run's register simulators, which
 * exist only there); blank is a set-up error that never stops the start (the organisation may report to another
 * register): the adapter's messages then go to STUCK with a text naming the setting.
 */
public final class RegisterEndpoints {

    /** Set by Spring Boot once this application's server runs. */
    static final String OWN_PORT = "local.server.port";

    private RegisterEndpoints() {}

    /**
     * @param configured the configured URL or path, blank when not set
     * @return where to send, or null when not configured. For a path, the own port is known only once the server
     *     runs: until then the supplier asks the environment on every call (and gives port 8080 while there is none),
     *     from then on it gives the URL it found (an adapter asks on every request, and a look-up through every
     *     property source cost a tenth of a sending thread's time)
     */
    public static Supplier<URI> resolve(String configured, Environment environment) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        String value = configured.strip();
        if (value.startsWith("/")) {
            AtomicReference<URI> settled = new AtomicReference<>();
            return () -> {
                URI known = settled.get();
                if (known != null) {
                    return known;
                }
                String port = environment.getProperty(OWN_PORT);
                if (port == null) {
                    return URI.create(url(value, environment));
                }
                URI uri = URI.create(onOwnPort(port, value));
                settled.set(uri);
                return uri;
            };
        }
        URI uri = URI.create(value);
        return () -> uri;
    }

    /** The configured URL, or a path on this application's own port (known only once the server runs). */
    public static String url(String configured, Environment environment) {
        String value = configured.strip();
        return value.startsWith("/") ? onOwnPort(environment.getProperty(OWN_PORT, "8080"), value) : value;
    }

    private static String onOwnPort(String port, String path) {
        return "http://localhost:" + port + path;
    }
}
