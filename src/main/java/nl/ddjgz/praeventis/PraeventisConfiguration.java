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

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PraeventisConfiguration.class);

    /** The path of the built-in simulator (default run: the module talks to itself). */
    static final String SIMULATOR_PATH = "/simulator/praeventis";

    @Bean
    RegisterClient registerClient(PraeventisProperties properties, Environment environment) {
        boolean external = !environment.getProperty("spring.datasource.url", "").isBlank();
        if (properties.endpoint().isBlank() && external) {
            // the built-in simulator only exists on the embedded database; an organisation on a Belgian register
            // needs no Praeventis endpoint, so this does not stop the start: Praeventis messages wait (STUCK)
            log.warn("DDJGZ_PRAEVENTIS_ENDPOINT is not set: messages for Praeventis cannot be delivered");
        }
        return new RegisterClient(
                () -> {
                    if (!properties.endpoint().isBlank()) {
                        return URI.create(properties.endpoint());
                    }
                    return external
                            ? null
                            : URI.create("http://localhost:" + environment.getProperty("local.server.port", "8080")
                                    + SIMULATOR_PATH);
                },
                properties);
    }
}
