package nl.ddjgz.praeventis;

import java.net.URI;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires the transport to the register (the dispatcher is the registry module's). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PraeventisProperties.class)
class PraeventisConfiguration {

    /** The path of the built-in simulator (default run: the module talks to itself). */
    static final String SIMULATOR_PATH = "/simulator/praeventis";

    @Bean
    RegisterClient registerClient(PraeventisProperties properties, Environment environment) {
        if (properties.endpoint().isBlank()
                && !environment.getProperty("spring.datasource.url", "").isBlank()) {
            // the built-in simulator only exists on the embedded database: production must name the register
            throw new IllegalStateException(
                    "DDJGZ_PRAEVENTIS_ENDPOINT is required when an external database is configured");
        }
        return new RegisterClient(
                () -> properties.endpoint().isBlank()
                        ? URI.create("http://localhost:" + environment.getProperty("local.server.port", "8080")
                                + SIMULATOR_PATH)
                        : URI.create(properties.endpoint()),
                properties);
    }
}
