package nl.ddjgz.praeventis;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Dispatcher nodes for tests and benchmarks, sending to the simulator of the test context on its port. */
final class TestNodes {

    private TestNodes() {}

    /**
     * A node with short waits (so tests do not wait long) sending to the simulator.
     *
     * @param maxAttempts attempts before STUCK
     */
    static Dispatcher node(
            String name,
            int port,
            int batchSize,
            int parallelism,
            int maxAttempts,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            MeterRegistry meters) {
        PraeventisProperties.Dispatcher settings = new PraeventisProperties.Dispatcher(
                true,
                name,
                Duration.ofMillis(50),
                batchSize,
                Duration.ofSeconds(30),
                maxAttempts,
                Duration.ofMillis(100),
                Duration.ofMillis(400),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                parallelism);
        RegisterClient client = new RegisterClient(
                () -> URI.create("http://localhost:" + port + "/simulator/praeventis"),
                new PraeventisProperties(
                        "", "DDJGZ", "PRAEVENTIS", settings, new PraeventisProperties.Tls("", "", "", "")));
        return new Dispatcher(jdbc, new TransactionTemplate(transactions), client, settings, name, clock, meters);
    }
}
