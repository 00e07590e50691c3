package nl.ddjgz.registry;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Wires the dispatcher to the adapters of all registers (each message is delivered by its own register's). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryProperties.class)
class RegistryConfiguration {

    /**
     * Always a bean; whether it starts is read at start-up ({@code ddjgz.registry.dispatcher.enabled}, {@link
     * Dispatcher#isAutoStartup()}), not decided by a condition, so that the setting also holds for the context prepared
     * ahead of time at build time (Spring AOT fixes every condition then).
     */
    @Bean
    Dispatcher dispatcher(
            JdbcClient jdbc,
            List<RegistryAdapter> adapters,
            JsonMapper json,
            RegistryProperties properties,
            Clock clock,
            MeterRegistry meters) {
        String node = properties.dispatcher().node().isBlank()
                ? hostName() + ":" + ManagementFactory.getRuntimeMXBean().getPid()
                : properties.dispatcher().node();
        return new Dispatcher(jdbc, adapters, json, properties.dispatcher(), node, clock, meters);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
