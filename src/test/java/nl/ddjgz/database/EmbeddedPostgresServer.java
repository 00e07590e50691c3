package nl.ddjgz.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM. The default run keeps its files in a persistent data directory; tests share one
 * server with a temporary directory so that every Spring context in the test JVM uses the same database.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    /** Starts the server once for this JVM (later calls return the running one). */
    public static synchronized EmbeddedPostgres start(String dataDirectory) {
        if (server != null) {
            return server;
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setRegisterShutdownHook(true);
            if (Boolean.getBoolean("ddjgz.embedded-database.statement-statistics")) {
                // the benchmarks count statements per request (pg_stat_statements, shipped with the binaries)
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            if (dataDirectory == null || dataDirectory.isBlank()) {
                // tests: a throw-away database, durability does not matter
                builder.setCleanDataDirectory(true);
            } else {
                // the default run keeps registrations: make every commit durable
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
                Path dir = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(dir);
                stopOrphanPostmaster(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            server = builder.start();
            log.info("Embedded PostgreSQL listening on port {}", server.getPort());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /**
     * A second server apart from this JVM's shared one, with every commit durable ({@code fsync} and {@code
     * synchronous_commit} on, as the default run and production have them), in a temporary directory that zonky
     * removes when the server is closed (at the latest by its shutdown hook with the JVM). For a benchmark that
     * measures what a durable commit costs; the shared test server skips the flush.
     */
    public static EmbeddedPostgres startDurable() {
        try {
            return EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(true)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the durable embedded PostgreSQL", e);
        }
    }

    /** Stops the server of this JVM now (otherwise zonky's shutdown hook stops it with the JVM). */
    public static synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            server = null;
        }
    }

    /**
     * A module killed with SIGKILL leaves its postmaster running on the data directory; the next start would fail.
     * Stop that orphan first (SIGTERM is PostgreSQL's smart shutdown, safe for the data).
     */
    static void stopOrphanPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> orphan = lines.isEmpty()
                ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = orphan.get();
        String command = postmaster.info().command().orElse("");
        if (!command.contains("postgres")) {
            return;
        }
        log.warn(
                "Stopping a PostgreSQL left running on the data directory by an earlier run (pid {})",
                postmaster.pid());
        postmaster.destroy();
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
