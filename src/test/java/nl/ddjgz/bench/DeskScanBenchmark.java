package nl.ddjgz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.massvaccination.ExpectedList;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.SessionMode;
import nl.ddjgz.massvaccination.SessionSetup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Fifty scanning desks at once against the running module over HTTP, each posting scans of distinct expected children
 * the way the desk's script does (form post to {@code /massvaccination/{id}/desk/scans} with a browser-made scan id,
 * answered with JSON). Measures scans per second and the time from request to answer (goals: p99 ≤ 15 ms, ≥ 1,000
 * scans/s). A first session with the same children warms the JVM and the database up; the second is measured.
 */
@IntegrationTest
@Tag("bench")
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class DeskScanBenchmark {

    static final int DESKS = 50;
    static final int SCANS_PER_DESK = 60;
    static final int CHILDREN = DESKS * SCANS_PER_DESK;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    SessionSetup sessionSetup;

    @Autowired
    ExpectedList expectedList;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void fiftyDesksScanningAtOnce() throws Exception {
        List<ChildDossier> children = new ArrayList<>(CHILDREN);
        for (int i = 0; i < CHILDREN; i++) {
            children.add(BenchDossiers.open(dossiers, today.minusYears(10).minusDays(i % 360)));
        }
        UUID warmUp = sessionExpecting(children);
        UUID measured = sessionExpecting(children);

        // the load generator is light, so that it does not eat the cores it measures: one HTTP client (one selector
        // thread, two worker threads) for all desks, each desk a chain of asynchronous requests
        java.util.concurrent.atomic.AtomicInteger clientThreads = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(
                2, task -> new Thread(task, "desk-client-" + clientThreads.incrementAndGet()));
        HttpClient client = HttpClient.newBuilder()
                .executor(pool)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        try {
            List<Desk> desks = new ArrayList<>();
            for (int i = 0; i < DESKS; i++) {
                desks.add(Desk.open(client, port, "B" + (i + 1), warmUp));
            }
            run(desks, warmUp, children);
            CostMeter meter = CostMeter.start(name -> name.startsWith("http-nio"));
            long generator = CostMeter.threadCpu(DeskScanBenchmark::loadGenerator);
            Map<String, Long> jvmBefore = CostMeter.jvmCpuByKind(DeskScanBenchmark::threadKind);
            Round round = run(desks, measured, children);
            generator = CostMeter.threadCpu(DeskScanBenchmark::loadGenerator) - generator;
            Map<String, Long> jvmAfter = CostMeter.jvmCpuByKind(DeskScanBenchmark::threadKind);
            String jvmSplit = jvmAfter.entrySet().stream()
                    .map(e -> String.format(
                            java.util.Locale.ROOT,
                            "%s %.2f",
                            e.getKey(),
                            (e.getValue() - jvmBefore.getOrDefault(e.getKey(), 0L)) / 1_000_000.0 / CHILDREN))
                    .collect(Collectors.joining(", "));
            CostMeter.Cost cost = meter.stop(CHILDREN);

            assertThat(round.green).as("every scan answered green").isEqualTo(CHILDREN);
            assertThat(jdbc.queryForObject(
                            "select count(*) from mass_scan where session_id = ? and counted", Integer.class, measured))
                    .isEqualTo(CHILDREN);

            BenchmarkReport.Latencies latencies = BenchmarkReport.Latencies.of(round.nanos);
            double perSecond = CHILDREN / (round.wall / 1_000_000_000.0);
            String load = BenchmarkReport.loadAverage();
            String report = "## Scanning desks over HTTP\n\nMachine: " + BenchmarkReport.machine() + ", "
                    + BenchmarkReport.now() + "\n\n"
                    + DESKS + " desks at once (one asynchronous HTTP client on 2 threads for all desks, one login"
                    + " each; a desk sends its next scan when the answer to the previous one is in), "
                    + SCANS_PER_DESK + " distinct expected children each, JSON answer as the desk script asks; "
                    + "measured after a warm-up session with the same children.\n\n"
                    + BenchmarkReport.Latencies.header() + "\n"
                    + latencies.row("scan, request to answer", load) + "\n\n"
                    + String.format(
                            java.util.Locale.ROOT,
                            "- throughput: %.0f scans/s (%d scans in %s s; goal ≥ 1,000/s)%n",
                            perSecond,
                            CHILDREN,
                            BenchmarkReport.seconds(round.wall))
                    + "- p99: " + BenchmarkReport.millis(latencies.p99()) + " ms (goal ≤ 15 ms)\n"
                    + "- load average (1/5/15 min) after the run: " + load + "\n"
                    + "- cost, independent of the machine's load: " + cost.perUnit("scan") + "\n"
                    + String.format(
                            java.util.Locale.ROOT,
                            "- the load generator's own CPU (the HTTP client's selector and its two worker threads,"
                                    + " in the same JVM, so part of the whole JVM's figure): %.2f ms per scan%n",
                            generator / 1_000_000.0 / CHILDREN)
                    + "- the whole JVM's CPU by thread kind, ms per scan (from /proc, 10 ms ticks): " + jvmSplit + "\n"
                    + cost.top().stream().map(t -> "    - " + t + "\n").collect(Collectors.joining());
            BenchmarkReport.figure(
                    DESKS + " desks scanning at once over HTTP",
                    "≥ 1,000 scans/s, p99 ≤ 15 ms",
                    String.format(
                            java.util.Locale.ROOT,
                            "%.0f scans/s, p99 %s ms",
                            perSecond,
                            BenchmarkReport.millis(latencies.p99())),
                    perSecond >= 1_000 && latencies.p99() <= 15_000_000L);
            BenchmarkReport.write("desk-scans", report);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The threads of the benchmark's own HTTP client: its selector and the pool it runs its work on. */
    private static boolean loadGenerator(String thread) {
        return thread.startsWith("desk-client-")
                || (thread.startsWith("HttpClient-") && thread.endsWith("-SelectorManager"));
    }

    /** What a JVM thread is for, by its name as Linux knows it (at most 15 characters). */
    private static String threadKind(String name) {
        if (name.startsWith("http-nio")) {
            return "serving (Tomcat)";
        }
        if (name.startsWith("desk-client-") || name.startsWith("HttpClient-")) {
            return "load generator";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            return "garbage collector";
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "JIT compilers";
        }
        return "other";
    }

    private UUID sessionExpecting(List<ChildDossier> children) {
        Long location = jdbc.queryForObject("select min(id) from location where active", Long.class);
        MassVaccinationSession session = sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.BEFOREHAND,
                List.of(new SessionSetup.Setup.Vaccine("09", "CX241A")),
                false,
                false));
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        String csv = "bsn;achternaam;voornamen;geboortedatum\n"
                + children.stream()
                        .map(c -> c.getBsn().value() + ";\"" + c.getFamilyName() + "\";;"
                                + c.getBirthDate().format(date))
                        .collect(Collectors.joining("\n"));
        ExpectedList.ImportPreview preview =
                expectedList.previewImport(session.getId(), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(expectedList.confirmImport(session.getId(), preview.importId()))
                .isEqualTo(children.size());
        return session.getId();
    }

    /** All desks start together; desk d scans children d, d + 50, d + 100, … one after the other. */
    private Round run(List<Desk> desks, UUID session, List<ChildDossier> children) throws Exception {
        long[][] nanos = new long[DESKS][SCANS_PER_DESK];
        int[] green = new int[DESKS];
        List<CompletableFuture<Void>> chains = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int d = 0; d < DESKS; d++) {
            int index = d;
            Desk desk = desks.get(d);
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (int s = 0; s < SCANS_PER_DESK; s++) {
                int scan = s;
                String bsn = children.get(index + s * DESKS).getBsn().value();
                chain = chain.thenCompose(previous -> {
                    long started = System.nanoTime();
                    return desk.scan(session, bsn).thenAccept(answer -> {
                        nanos[index][scan] = System.nanoTime() - started;
                        if (answer.contains("\"colour\":\"GREEN\"")) {
                            green[index]++;
                        }
                    });
                });
            }
            chains.add(chain);
        }
        CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        long wall = System.nanoTime() - t0;
        long[] all = java.util.Arrays.stream(nanos)
                .flatMapToLong(java.util.Arrays::stream)
                .toArray();
        return new Round(all, wall, java.util.Arrays.stream(green).sum());
    }

    private record Round(long[] nanos, long wall, int green) {}

    /** One desk: its own browser session (session cookie, CSRF token) on the shared client. */
    private record Desk(String base, HttpClient client, String name, Map<String, String> cookies, String csrf) {

        static Desk open(HttpClient client, int port, String name, UUID session)
                throws IOException, InterruptedException {
            String base = "http://localhost:" + port;
            Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
            String login = body(send(client, cookies, get(base + "/login", cookies)), base + "/login");
            send(
                    client,
                    cookies,
                    post(
                            base + "/login",
                            cookies,
                            Map.of("username", "assistent", "password", "demo-wachtwoord", "_csrf", csrf(login)),
                            "text/html"));
            String url = base + "/massvaccination/" + session + "/desk?balie=" + name;
            String page = body(send(client, cookies, get(url, cookies)), url);
            return new Desk(base, client, name, cookies, csrf(page));
        }

        /** As the desk's script: a form post with a scan id made here, asking for JSON. */
        CompletableFuture<String> scan(UUID session, String code) {
            HttpRequest request = post(
                    base + "/massvaccination/" + session + "/desk/scans",
                    cookies,
                    Map.of(
                            "_csrf", csrf,
                            "balie", name,
                            "scanId", UUID.randomUUID().toString(),
                            "code", code,
                            "manual", "false"),
                    "application/json");
            return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> {
                        remember(cookies, response);
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("scan answered " + response.statusCode());
                        }
                        return response.body();
                    });
        }

        private HttpRequest get(String url) {
            return withCookies(HttpRequest.newBuilder(URI.create(url)), cookies)
                    .GET()
                    .build();
        }

        private static HttpRequest get(String url, Map<String, String> cookies) {
            return withCookies(HttpRequest.newBuilder(URI.create(url)), cookies)
                    .GET()
                    .build();
        }

        private static HttpResponse<String> send(HttpClient client, Map<String, String> cookies, HttpRequest request)
                throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            remember(cookies, response);
            return response;
        }

        private static String body(HttpResponse<String> response, String url) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body();
        }

        private static HttpRequest post(
                String url, Map<String, String> cookies, Map<String, String> fields, String accept) {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return withCookies(HttpRequest.newBuilder(URI.create(url)), cookies)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        }

        /** The desk's cookie jar: one client serves every desk, so each request carries its desk's cookies. */
        private static HttpRequest.Builder withCookies(HttpRequest.Builder request, Map<String, String> cookies) {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(c -> c.getKey() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")));
            }
            return request;
        }

        private static void remember(Map<String, String> cookies, HttpResponse<?> response) {
            for (String header : response.headers().allValues("set-cookie")) {
                java.net.HttpCookie.parse(header).forEach(c -> {
                    if (c.getMaxAge() == 0) {
                        cookies.remove(c.getName());
                    } else {
                        cookies.put(c.getName(), c.getValue());
                    }
                });
            }
        }

        private static String csrf(String page) {
            Matcher m = CSRF.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the page");
            }
            return m.group(1);
        }
    }
}
