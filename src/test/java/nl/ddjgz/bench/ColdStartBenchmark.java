package nl.ddjgz.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up of the default run: {@code java -jar} on the packaged jar, embedded PostgreSQL in a fresh data directory,
 * until {@code GET /login} answers 200. Each round starts once on an empty data directory (initdb, migrations, demo
 * data) and once more on the same directory (warm restart). Every start is stopped as an operator would (SIGTERM),
 * and must leave no PostgreSQL behind.
 *
 * <p>Builds nothing itself: run it with {@code ./mvnw -B -Pbench verify}, which packages the jar first.
 */
@Tag("bench")
class ColdStartBenchmark {

    static final Duration GOAL = Duration.ofSeconds(15);
    static final int ROUNDS = 3;

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    /** Log lines that mark the phases of a start, in order. */
    private static final Map<String, Pattern> MILESTONES = milestones();

    private static final Pattern LOG_TIME = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z) ");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void startsToTheLoginPage(@TempDir Path temp) throws Exception {
        Path jar = packagedJar();
        List<Start> starts = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Path dataDirectory = temp.resolve("data-" + round);
            starts.add(start(jar, dataDirectory, temp, "cold " + round));
            starts.add(start(jar, dataDirectory, temp, "warm " + round));
        }
        long cold = starts.stream()
                .filter(s -> s.label().startsWith("cold"))
                .mapToLong(Start::login)
                .max()
                .orElseThrow();
        long warm = starts.stream()
                .filter(s -> s.label().startsWith("warm"))
                .mapToLong(Start::login)
                .max()
                .orElseThrow();
        BenchmarkReport.figure(
                "cold start of the jar, empty data directory, to a served login page (slowest of " + ROUNDS + ")",
                "≤ 15 s",
                BenchmarkReport.seconds(cold) + " s",
                cold <= 15_000_000_000L);
        BenchmarkReport.figure(
                "warm restart of the jar to a served login page (slowest of " + ROUNDS + ")",
                "≤ 8 s",
                BenchmarkReport.seconds(warm) + " s",
                warm <= 8_000_000_000L);
        BenchmarkReport.write("startup", report(jar, starts));
    }

    private Start start(Path jar, Path dataDirectory, Path workingDirectory, String label) throws Exception {
        int port = freePort();
        Path log =
                Files.createDirectories(BenchmarkReport.OUTPUT).resolve("startup-" + label.replace(' ', '-') + ".log");
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-jar", jar.toString())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().put("DDJGZ_DATA_DIR", dataDirectory.toString());
        builder.environment().put("PORT", Integer.toString(port));

        String load = BenchmarkReport.loadAverage();
        Instant launched = Instant.now();
        long begin = System.nanoTime();
        Process app = builder.start();
        List<ProcessHandle> postgres = List.of();
        try {
            long login = awaitOk(app, port, "/login", "name=\"username\"", begin, log) - begin;
            long ready = awaitOk(app, port, "/actuator/health/readiness", "UP", begin, log) - begin;
            postgres = postgresOf(dataDirectory);
            assertThat(postgres).as("PostgreSQL of %s", label).isNotEmpty();

            long stopBegin = System.nanoTime();
            app.destroy();
            if (!app.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                fail("%s did not stop within %s after SIGTERM; see %s", label, STOP_TIMEOUT, log);
            }
            long stop = System.nanoTime() - stopBegin;
            assertNoPostgresLeft(postgres, dataDirectory, label);

            Start start = new Start(label, login, ready, stop, load, milestones(log, launched));
            System.out.println("[startup] " + start);
            return start;
        } finally {
            if (app.isAlive()) {
                app.destroyForcibly();
            }
            postgres.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
        }
    }

    /** Polls until the path answers 200 with the expected text; returns the moment (nanoTime) it did. */
    private long awaitOk(Process app, int port, String path, String expected, long begin, Path log)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() - begin < START_TIMEOUT.toNanos()) {
            if (!app.isAlive()) {
                fail("the module exited with %d before %s answered; see %s", app.exitValue(), path, log);
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(expected)) {
                    return System.nanoTime();
                }
            } catch (IOException notListeningYet) {
                // poll again
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return fail("%s did not answer 200 within %s; see %s", path, START_TIMEOUT, log);
    }

    /** The postmaster on this data directory (from its postmaster.pid) and its child processes. */
    private static List<ProcessHandle> postgresOf(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        assertThat(pidFile).as("postmaster.pid while the module runs").exists();
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
        assertThat(postmaster).as("postmaster %d", pid).isPresent();
        return Stream.concat(postmaster.stream(), postmaster.get().descendants())
                .toList();
    }

    private static void assertNoPostgresLeft(List<ProcessHandle> postgres, Path dataDirectory, String label)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (postgres.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        assertThat(postgres.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid))
                .as("PostgreSQL processes left running after %s stopped", label)
                .isEmpty();
        assertThat(ProcessHandle.allProcesses()
                        .filter(p -> p.info()
                                .commandLine()
                                .map(c -> c.contains(dataDirectory.toString()))
                                .orElse(false))
                        .map(ProcessHandle::pid))
                .as("processes still using %s after %s stopped", dataDirectory, label)
                .isEmpty();
        assertThat(dataDirectory.resolve("postmaster.pid"))
                .as("postmaster.pid after %s stopped", label)
                .doesNotExist();
    }

    private static Map<String, Pattern> milestones() {
        Map<String, Pattern> milestones = new LinkedHashMap<>();
        milestones.put("Spring starting", Pattern.compile("Starting DdJgzApplication"));
        milestones.put("PostgreSQL up", Pattern.compile("Embedded PostgreSQL listening on port"));
        milestones.put("Flyway done", Pattern.compile("Successfully applied \\d+ migrations|is up to date"));
        milestones.put("JPA ready", Pattern.compile("Initialized JPA EntityManagerFactory"));
        milestones.put("demo data loading", Pattern.compile("loading demo data"));
        milestones.put("demo data loaded", Pattern.compile("Demo data loaded"));
        milestones.put("Tomcat started", Pattern.compile("Tomcat started on port"));
        milestones.put("Spring started", Pattern.compile("Started DdJgzApplication in"));
        return milestones;
    }

    /** Seconds from launch to the first log line of each milestone (absent ones are left out). */
    private static Map<String, Long> milestones(Path log, Instant launched) throws IOException {
        Map<String, Long> reached = new LinkedHashMap<>();
        for (String line : Files.readAllLines(log)) {
            Matcher time = LOG_TIME.matcher(line);
            if (!time.find()) {
                continue;
            }
            MILESTONES.forEach((name, pattern) -> {
                if (!reached.containsKey(name) && pattern.matcher(line).find()) {
                    try {
                        reached.put(
                                name,
                                Duration.between(launched, Instant.parse(time.group(1)))
                                        .toNanos());
                    } catch (DateTimeParseException ignored) {
                        // not a log line of the module
                    }
                }
            });
        }
        return reached;
    }

    /** The jar made by {@code package}; refuses a missing jar or one older than the compiled classes. */
    static Path packagedJar() throws IOException {
        Path target = Path.of("target");
        Optional<Path> jar;
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            jar = files.filter(p -> p.getFileName().toString().matches("ddjgz-vaccination-.*\\.jar"))
                    .findFirst();
        }
        if (jar.isEmpty()) {
            fail("No target/ddjgz-vaccination-*.jar. This benchmark starts the packaged module and builds nothing"
                    + " itself: run ./mvnw -B -Pbench verify (packages first), or ./mvnw -B -DskipTests package.");
        }
        Path classes = target.resolve("classes");
        long newestClass;
        try (Stream<Path> files = Files.exists(classes) ? Files.walk(classes) : Stream.empty()) {
            newestClass = files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().lastModified())
                    .max()
                    .orElse(0);
        }
        if (jar.get().toFile().lastModified() < newestClass) {
            fail(
                    "%s is older than target/classes: package again (./mvnw -B -Pbench verify) so that the benchmark"
                            + " measures the current code.",
                    jar.get());
        }
        return jar.get().toAbsolutePath();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String report(Path jar, List<Start> starts) {
        StringBuilder md = new StringBuilder();
        md.append("### Start-up to a served login page (embedded PostgreSQL)\n\n");
        md.append("- Goal: `GET /login` answers 200 within ")
                .append(GOAL.toSeconds())
                .append(" s of `java -jar`, on an empty data directory\n");
        for (String kind : List.of("cold", "warm")) {
            long[] logins = starts.stream()
                    .filter(s -> s.label().startsWith(kind))
                    .mapToLong(Start::login)
                    .sorted()
                    .toArray();
            long worst = logins[logins.length - 1];
            md.append("- Result, ")
                    .append(kind.equals("cold") ? "cold (empty data directory)" : "warm restart (same data directory)")
                    .append(": median ")
                    .append(BenchmarkReport.seconds(logins[logins.length / 2]))
                    .append(" s, worst ")
                    .append(BenchmarkReport.seconds(worst))
                    .append(" s of ")
                    .append(logins.length)
                    .append(" (goal ")
                    .append(worst <= GOAL.toNanos() ? "met" : "MISSED")
                    .append(")\n");
        }
        md.append("- Date: ").append(BenchmarkReport.now()).append('\n');
        md.append("- Machine: ").append(BenchmarkReport.machine()).append('\n');
        md.append("- Jar: `target/")
                .append(jar.getFileName())
                .append("`, plain `java -jar` without JVM options, DDJGZ_DATA_DIR = a fresh temporary directory,"
                        + " PORT = a free port\n");
        md.append("- Command: `./mvnw -B -Pbench verify`\n\n");
        md.append("| Run | Data directory | To /login 200 (s) | To readiness UP (s) | Stop after SIGTERM (s)"
                + " | Load before (1/5/15 min) |\n");
        md.append("|---|---|---:|---:|---:|---|\n");
        for (Start s : starts) {
            md.append("| ")
                    .append(s.label())
                    .append(" | ")
                    .append(s.label().startsWith("cold") ? "empty: initdb, migrations, demo data" : "same, warm")
                    .append(" | ")
                    .append(BenchmarkReport.seconds(s.login()))
                    .append(" | ")
                    .append(BenchmarkReport.seconds(s.ready()))
                    .append(" | ")
                    .append(BenchmarkReport.seconds(s.stop()))
                    .append(" | ")
                    .append(s.load())
                    .append(" |\n");
        }
        md.append("\nNo PostgreSQL process was left after any stop (checked by pid and by data directory).\n\n");
        md.append("Where the time goes: seconds from `java -jar` to the first log line of each phase.\n\n");
        md.append("| Run | ").append(String.join(" | ", MILESTONES.keySet())).append(" |\n");
        md.append("|---|").append("---:|".repeat(MILESTONES.size())).append('\n');
        for (Start s : starts) {
            md.append("| ").append(s.label()).append(" |");
            for (String milestone : MILESTONES.keySet()) {
                Long at = s.milestones().get(milestone);
                md.append(' ')
                        .append(at == null ? "–" : BenchmarkReport.seconds(at))
                        .append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** One start; times in nanoseconds from launching the JVM. */
    record Start(String label, long login, long ready, long stop, String load, Map<String, Long> milestones) {
        @Override
        public String toString() {
            return label + ": /login " + BenchmarkReport.seconds(login) + " s, ready " + BenchmarkReport.seconds(ready)
                    + " s, stop " + BenchmarkReport.seconds(stop) + " s, load " + load;
        }
    }
}
