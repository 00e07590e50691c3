package nl.ddjgz.registry;

import java.net.URI;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;

/**
 * Where a register's service is, the same rule for every adapter: the configured URL; blank on the embedded database
 * (default run, tests) means the built-in simulator of this same application; blank with an external database is a
 * set-up error that never stops the start (the organisation may report to another register): the adapter's messages
 * then go to STUCK with a text naming the setting.
 */
public final class RegisterEndpoints {

    private RegisterEndpoints() {}

    /** Whether the module runs on its embedded database (where the simulators exist). */
    public static boolean embedded(Environment environment) {
        return environment.getProperty("spring.datasource.url", "").isBlank();
    }

    /** The URL of a built-in simulator path on this application's port (known only once the server runs). */
    public static String simulator(Environment environment, String path) {
        return "http://localhost:" + environment.getProperty("local.server.port", "8080") + path;
    }

    /**
     * @param configured the configured URL, blank when not set
     * @param simulatorPath the built-in simulator's path
     * @return where to send (asked on every request), or null when not configured with an external database
     */
    public static Supplier<URI> resolve(String configured, String simulatorPath, Environment environment) {
        if (!configured.isBlank()) {
            URI uri = URI.create(configured.strip());
            return () -> uri;
        }
        if (!embedded(environment)) {
            return null;
        }
        return () -> URI.create(simulator(environment, simulatorPath));
    }
}
