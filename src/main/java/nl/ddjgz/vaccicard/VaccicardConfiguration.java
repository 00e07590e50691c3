package nl.ddjgz.vaccicard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.ddjgz.registry.RegisterEndpoints;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the transport to Vaccicard (the dispatcher is the registry module's). URLs as {@link RegisterEndpoints} reads
 * them (a path alone is this application's own port: the development run's simulator); a missing setting never stops
 * the application: every message to Vaccicard waits as STUCK with a text naming what is missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VaccicardProperties.class)
class VaccicardConfiguration {

    @Bean
    VaccicardClient vaccicardClient(VaccicardProperties properties, Environment environment) {
        return new VaccicardClient(properties, settled(properties, environment));
    }

    /** Set by Spring Boot once this application's server runs (the port of a URL given as a path alone). */
    private static final String OWN_PORT = "local.server.port";

    /**
     * The endpoints as {@link #endpoints} gives them, worked out again only until they can no longer change: at once
     * when both URLs are absolute, else once this application's port is known. The client asks on every request,
     * and a look-up of the port in the environment was a tenth of a sending thread's time.
     */
    static Supplier<VaccicardClient.Endpoints> settled(VaccicardProperties p, Environment environment) {
        boolean ownPort =
                p.baseUrl().strip().startsWith("/") || p.tokenUrl().strip().startsWith("/");
        AtomicReference<VaccicardClient.Endpoints> settled = new AtomicReference<>();
        return () -> {
            VaccicardClient.Endpoints known = settled.get();
            if (known != null) {
                return known;
            }
            boolean last = !ownPort || environment.containsProperty(OWN_PORT);
            VaccicardClient.Endpoints now = endpoints(p, environment);
            if (last) {
                settled.set(now);
            }
            return now;
        };
    }

    static VaccicardClient.Endpoints endpoints(VaccicardProperties p, Environment environment) {
        List<String> missing = new ArrayList<>();
        if (p.baseUrl().isBlank()) {
            missing.add("DDJGZ_VACCICARD_BASE_URL");
        }
        if (p.tokenUrl().isBlank()) {
            missing.add("DDJGZ_VACCICARD_TOKEN_URL");
        }
        if (p.clientId().isBlank()) {
            missing.add("DDJGZ_VACCICARD_CLIENT_ID");
        }
        if (p.clientSecret().isBlank()) {
            missing.add("DDJGZ_VACCICARD_CLIENT_SECRET");
        }
        if (!missing.isEmpty()) {
            return VaccicardClient.Endpoints.missing(
                    "Vaccicard is not configured: set " + String.join(", ", missing) + " and retry the message");
        }
        return new VaccicardClient.Endpoints(
                stripSlash(RegisterEndpoints.url(p.baseUrl(), environment)),
                RegisterEndpoints.url(p.tokenUrl(), environment),
                p.clientId().strip(),
                p.clientSecret(),
                null);
    }

    private static String stripSlash(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
