package nl.ddjgz.praeventis;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the transport to the register and the dispatcher. */
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

    @Bean
    @ConditionalOnBooleanProperty(name = "ddjgz.praeventis.dispatcher.enabled", matchIfMissing = true)
    Dispatcher dispatcher(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            RegisterClient registerClient,
            PraeventisProperties properties,
            Clock clock,
            MeterRegistry meters) {
        String node = properties.dispatcher().node().isBlank()
                ? hostName() + ":" + ManagementFactory.getRuntimeMXBean().getPid()
                : properties.dispatcher().node();
        return new Dispatcher(
                jdbc,
                new TransactionTemplate(transactionManager),
                registerClient,
                properties.dispatcher(),
                node,
                clock,
                meters);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
