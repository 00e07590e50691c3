package nl.ddjgz.registry;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dispatcher nodes for tests and benchmarks, delivering through the adapters of the test context (which send to the
 * simulators of that context, on its port).
 */
public final class TestNodes {

    private TestNodes() {}

    /**
     * A started node built from the test context's beans (20 per claim, 2 in parallel, 5 attempts); stop it after
     * the test.
     */
    public static Dispatcher started(ApplicationContext context, String name) {
        Dispatcher node = node(context, name, 20, 2, 5);
        node.start();
        return node;
    }

    /** A node (not started) built from the test context's beans. */
    public static Dispatcher node(
            ApplicationContext context, String name, int batchSize, int parallelism, int maxAttempts) {
        return node(
                name,
                batchSize,
                parallelism,
                maxAttempts,
                context.getBeanProvider(RegistryAdapter.class).orderedStream().toList(),
                context.getBean(JsonMapper.class),
                context.getBean(JdbcClient.class),
                context.getBean(Clock.class),
                context.getBean(MeterRegistry.class));
    }

    /**
     * A node with short waits (so tests do not wait long).
     *
     * @param maxAttempts attempts before STUCK
     */
    public static Dispatcher node(
            String name,
            int batchSize,
            int parallelism,
            int maxAttempts,
            List<RegistryAdapter> adapters,
            JsonMapper json,
            JdbcClient jdbc,
            Clock clock,
            MeterRegistry meters) {
        RegistryProperties.Dispatcher settings = new RegistryProperties.Dispatcher(
                true,
                name,
                Duration.ofMillis(50),
                batchSize,
                Duration.ofSeconds(30),
                maxAttempts,
                Duration.ofMillis(100),
                Duration.ofMillis(400),
                Duration.ofSeconds(5),
                parallelism,
                Duration.ofMillis(200));
        return new Dispatcher(jdbc, adapters, json, settings, name, clock, meters);
    }
}
