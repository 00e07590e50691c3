package nl.ddjgz.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.praeventis.PraeventisRegister;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.simulator.SimulatedRegister;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The module runs as a separate process (its own JVM, dispatcher on, on a database of its own in the test's
 * PostgreSQL) and is killed with SIGKILL while it is dispatching; after a restart every approved message arrives at
 * the register exactly once, none lost.
 */
@IntegrationTest
class KilledNodeIntegrationTests {

    private static final int MESSAGES = 60;

    /** The node is ready for the test's rows once every migration in db/migration has run. */
    private static final long MIGRATIONS = migrations();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    List<RegistryAdapter> adapters;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Autowired
    SimulatedRegister register;

    @Autowired
    Faults faults;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        processes.forEach(Process::destroyForcibly);
        faults.clear();
    }

    @Test
    void aNodeKilledWhileDispatchingLosesNothingAndSendsNothingTwice() throws Exception {
        String database = "killed_node_" + UUID.randomUUID().toString().substring(0, 8);
        // the server's owner creates the node's database; the node then runs with one user for Flyway and its pool
        String ownerUrl = ((HikariDataSource) dataSource).getJdbcUrl().replace("user=ddjgz_app", "user=postgres");
        JdbcTemplate admin = new JdbcTemplate(new DriverManagerDataSource(ownerUrl, "postgres", ""));
        admin.execute("create database " + database);
        String url = ownerUrl.replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
        JdbcTemplate module = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));

        faults.slow(Duration.ofMillis(60));
        Process first = start(url, "first");
        await().atMost(Duration.ofSeconds(120))
                .ignoreExceptions()
                .until(() ->
                        module.queryForObject("select count(*) from flyway_schema_history where success", Long.class)
                                >= MIGRATIONS);

        RegistryAdapter praeventis = adapters.stream()
                .filter(a -> a.registry().equals(PraeventisRegister.PRAEVENTIS))
                .findFirst()
                .orElseThrow();
        List<String> ids = new ArrayList<>();
        Instant at = Instant.now();
        for (int i = 0; i < MESSAGES; i++) {
            OutgoingRegistration registration = Registrations.withBsn();
            String messageId = UUID.randomUUID().toString();
            ids.add(Registrations.PRAEVENTIS_MESSAGE_ROOT + "^" + messageId);
            module.update(
                    "insert into registry_message (id, contact_moment_id, dossier_id, registry, kind, state, content,"
                            + " queued_at, queued_by, version, message_id, payload, next_attempt_at)"
                            + " values (?, ?, ?, 'PRAEVENTIS', 'WITH_BSN', 'QUEUED', ?::jsonb, ?, 'arts', 0, ?, ?, ?)",
                    UUID.randomUUID(),
                    registration.contactMomentId(),
                    registration.dossierId(),
                    json.writeValueAsString(registration),
                    Timestamp.from(at.plusMillis(i)),
                    messageId,
                    praeventis.compose(registration, messageId, at),
                    Timestamp.from(at));
        }

        await().atMost(Duration.ofSeconds(240)).until(() -> acknowledged(module) >= MESSAGES / 4);
        first.destroyForcibly().waitFor();
        long acknowledgedAtKill = acknowledged(module);
        assertThat(acknowledgedAtKill).as("killed mid-way").isLessThan(MESSAGES);

        start(url, "second");
        await().atMost(Duration.ofSeconds(240)).until(() -> acknowledged(module) == MESSAGES);

        assertThat(ids).allSatisfy(id -> assertThat(register.hasReceived(id)).isTrue());
        assertThat(register.registrations().stream()
                        .filter(r -> ids.contains(r.messageId()))
                        .count())
                .isEqualTo(MESSAGES);
    }

    private static long acknowledged(JdbcTemplate module) {
        return module.queryForObject("select count(*) from registry_message where state = 'ACKNOWLEDGED'", Long.class);
    }

    private Process start(String url, String node) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(
                java,
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                "nl.ddjgz.DdJgzApplication",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--server.port=0",
                "--ddjgz.praeventis.endpoint=http://localhost:" + port + "/simulator/praeventis",
                "--ddjgz.registry.dispatcher.node=" + node,
                "--ddjgz.registry.dispatcher.lease=3s",
                "--ddjgz.registry.dispatcher.batch-size=5",
                "--ddjgz.registry.dispatcher.parallelism=2",
                "--ddjgz.praeventis.inbound.password=not-used",
                "--logging.level.root=WARN",
                "--logging.level.nl.ddjgz=INFO");
        builder.redirectErrorStream(true);
        builder.redirectOutput(new File("target/killed-node-" + node + ".log"));
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private static long migrations() {
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
