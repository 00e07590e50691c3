package nl.ddjgz.vaccinnet;

import java.net.URI;
import java.util.function.Supplier;
import nl.ddjgz.registry.RegisterEndpoints;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the transport to Vaccinnet's RegistratieService ({@link RegisterEndpoints}: a URL, or a path of this same
 * application in the development run). A blank endpoint is a set-up error: the application still starts (an organisation that reports elsewhere need not configure it), and
 * every message for this register goes to STUCK saying which setting is missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VaccinnetDirectProperties.class)
class VaccinnetDirectConfiguration {

    /** The text of a message that cannot leave because the endpoint is not configured (shown to the administrator). */
    static final String MISSING_ENDPOINT =
            "Vaccinnet RegistratieService: DDJGZ_VACCINNET_REGISTRATIE_ENDPOINT is not set (required with an external"
                    + " database)";

    @Bean
    RegistratieClient registratieClient(VaccinnetDirectProperties properties, Environment environment) {
        Supplier<URI> endpoint = RegisterEndpoints.resolve(properties.endpoint(), environment);
        return new RegistratieClient(endpoint, endpoint == null ? MISSING_ENDPOINT : null, properties);
    }
}
