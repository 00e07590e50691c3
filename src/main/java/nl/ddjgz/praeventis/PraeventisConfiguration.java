package nl.ddjgz.praeventis;

import java.net.URI;
import java.util.function.Supplier;
import nl.ddjgz.registry.RegisterEndpoints;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires the transport to the register (the dispatcher is the registry module's). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PraeventisProperties.class)
class PraeventisConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PraeventisConfiguration.class);

    @Bean
    RegisterClient registerClient(PraeventisProperties properties, Environment environment) {
        Supplier<URI> endpoint = RegisterEndpoints.resolve(properties.endpoint(), environment);
        if (endpoint == null) {
            // an organisation on a Belgian register needs no Praeventis endpoint: this does not stop the start,
            // Praeventis messages wait (STUCK) saying what is missing
            log.warn("DDJGZ_PRAEVENTIS_ENDPOINT is not set: messages for Praeventis cannot be delivered");
            return new RegisterClient(() -> null, properties);
        }
        return new RegisterClient(endpoint, properties);
    }
}
