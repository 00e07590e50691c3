package nl.ddjgz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.bench.BenchmarkReport.Latencies;
import nl.ddjgz.database.EmbeddedDatabase;
import nl.ddjgz.database.EmbeddedPostgresServer;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.shared.Bsn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Dossier lookup by BSN ({@link Dossiers#findByBsn(Bsn)}, audited, one transaction per call) with two million
 * children in the database. The children are generated in one SQL statement, with BSNs that pass the elfproef, and
 * removed again at the end (their audit lines stay: the audit trail is append-only).
 *
 * <p>The integration context, but on a database configured as the default run's: a PostgreSQL of its own that
 * flushes every commit ({@code fsync}, {@code synchronous_commit}), which the shared test database skips; every
 * audited lookup pays that flush in the default run and in production. The context is closed after the class; the
 * server stops with the JVM and zonky removes its directory.
 */
@IntegrationTest
@DirtiesContext(classMode = ClassMode.AFTER_CLASS)
@Tag("bench")
class DossierLookupBenchmark {

    static final int CHILDREN = 2_000_000;
    static final int WARM_UP = 5_000;
    static final int LOOKUPS = 20_000;
    static final Duration GOAL_P99 = Duration.ofMillis(5);

    /** Marks the generated children, so that exactly they are removed afterwards. */
    private static final String CITY = "Benchmarkstad";

    /**
     * Child {@code n} gets the BSN "0" + the 7 digits of n + the elfproef check digit, below 100000000 and so never a
     * demo child's or another test's; serials whose check digit would be 10 are skipped.
     */
    private static final String INSERT_CHILDREN = """
            insert into child_dossier (id, bsn, given_names, name_prefix, family_name, birth_date, gender,
                                       street, house_number, postcode, city, dktp_schedule, mother_hbsag_positive,
                                       consent_given, consent_source, consent_date, consent_way,
                                       created_at, updated_at, version)
            select gen_random_uuid(), digits || check_digit,
                   (array['Emma','Noah','Julia','Luca','Mila','Sem','Tess','Daan','Sophie','Finn'])[1 + n % 10],
                   case when n % 5 = 0 then 'van' end,
                   (array['Jansen','Bakker','Visser','Smit','Meijer','Mulder','Bos','Vos','Peters','Hendriks',
                          'Dekker','Brouwer','Yilmaz','Kramer','Postma','Hoekstra','Willems','Koster','Prins',
                          'De Vries'])[1 + (n / 10) % 20],
                   current_date - (n % 6570),
                   case when n % 2 = 0 then 'F' else 'M' end,
                   'Kerkstraat', 1 + n % 200,
                   (1000 + n % 9000) || ' ' || chr(65 + n % 26) || chr(65 + (n / 26) % 26),
                   ?,
                   case when n % 5 = 0 then '02' else '01' end, false,
                   true, '01', current_date - (n % 6570), '01',
                   now(), now(), 0
            from (select n, digits,
                         (9 * substr(digits, 1, 1)::int + 8 * substr(digits, 2, 1)::int
                        + 7 * substr(digits, 3, 1)::int + 6 * substr(digits, 4, 1)::int
                        + 5 * substr(digits, 5, 1)::int + 4 * substr(digits, 6, 1)::int
                        + 3 * substr(digits, 7, 1)::int + 2 * substr(digits, 8, 1)::int) % 11 as check_digit
                  from (select n, lpad(n::text, 8, '0') as digits from generate_series(1, ?) as n) serials) children
            where check_digit < 10
            """;

    /** This class's own server: durable commits (the shared test server skips the flush). */
    static EmbeddedPostgres durable;

    @DynamicPropertySource
    static void durableDatabase(DynamicPropertyRegistry properties) {
        durable = EmbeddedPostgresServer.startDurable();
        EmbeddedDatabase.createApplicationRole(durable);
        properties.add("spring.datasource.url", () -> durable.getJdbcUrl(EmbeddedDatabase.APPLICATION, "postgres"));
        properties.add("spring.datasource.username", () -> EmbeddedDatabase.APPLICATION);
        properties.add("spring.datasource.password", () -> "");
        properties.add("spring.flyway.url", () -> durable.getJdbcUrl(EmbeddedDatabase.OWNER, "postgres"));
        properties.add("spring.flyway.user", () -> EmbeddedDatabase.OWNER);
        properties.add("spring.flyway.password", () -> "");
    }

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void findsADossierByBsnAmongTwoMillionChildren() throws SQLException {
        assertThat(setting("fsync")).as("fsync of the benchmark database").isEqualTo("on");
        assertThat(setting("synchronous_commit"))
                .as("synchronous_commit of the benchmark database")
                .isEqualTo("on");
        assertThat(generatedChildren()).as("children left by an earlier run").isZero();
        int lastSerial = lastSerialFor(CHILDREN);
        Random random = new Random(20_260_101L);
        String loadAtInsert = BenchmarkReport.loadAverage();
        try {
            long insertBegin = System.nanoTime();
            int inserted = jdbc.update(INSERT_CHILDREN, CITY, lastSerial);
            long insertTime = System.nanoTime() - insertBegin;
            assertThat(inserted).isEqualTo(CHILDREN);
            // as the table would be in production: statistics, hint bits and visibility map set, and no
            // checkpoint of the freshly inserted rows running in the background during the measurements
            long analyzeBegin = System.nanoTime();
            owner().execute("vacuum (analyze) child_dossier");
            owner().execute("checkpoint");
            long analyzeTime = System.nanoTime() - analyzeBegin;

            Bsn sample = bsnOf(lastSerial / 2 + 1, lastSerial);
            String explain = explain(
                    "explain (analyze, buffers) select * from child_dossier where bsn = '" + sample.value() + "'");
            String genericPlan = genericPlan(sample);
            System.out.println("[lookup] plan:\n" + explain + "\n[lookup] generic plan:\n" + genericPlan);
            assertThat(genericPlan).contains("child_dossier_bsn_ux");

            long indexScansAtStart = bsnIndexScans();
            measure(this::findByBsn, random, lastSerial, WARM_UP);
            long indexScansBefore = awaitBsnIndexScans(indexScansAtStart + WARM_UP);
            long tableScansBefore = tableScans();
            Series durable = measure(this::findByBsn, random, lastSerial, LOOKUPS);
            long indexScans = awaitBsnIndexScans(indexScansBefore + LOOKUPS) - indexScansBefore;
            long tableScans = tableScans() - tableScansBefore;
            assertThat(tableScans)
                    .as("sequential scans of child_dossier during the lookups")
                    .isZero();

            Series unflushed;
            try {
                setSynchronousCommitForNewSessions("off");
                measure(this::findByBsn, random, lastSerial, WARM_UP);
                unflushed = measure(this::findByBsn, random, lastSerial, LOOKUPS);
            } finally {
                setSynchronousCommitForNewSessions(null);
            }

            Series plain = measure(
                    bsn -> !jdbc.queryForList("select * from child_dossier where bsn = ?", bsn.value())
                            .isEmpty(),
                    random,
                    lastSerial,
                    LOOKUPS);

            BenchmarkReport.figure(
                    "dossier lookup by BSN among 2 million children (audited), p99",
                    "≤ 5 ms",
                    BenchmarkReport.millis(durable.latencies().p99()) + " ms",
                    durable.latencies().p99() <= 5_000_000L);
            BenchmarkReport.write(
                    "dossier-lookup",
                    report(
                            durable,
                            unflushed,
                            plain,
                            insertTime,
                            analyzeTime,
                            loadAtInsert,
                            indexScans,
                            tableScans,
                            explain,
                            genericPlan));
        } finally {
            long deleteBegin = System.nanoTime();
            int deleted = jdbc.update("delete from child_dossier where city = ?", CITY);
            System.out.println("[lookup] deleted " + deleted + " generated children in "
                    + BenchmarkReport.seconds(System.nanoTime() - deleteBegin) + " s");
        }
    }

    private boolean findByBsn(Bsn bsn) {
        return dossiers.findByBsn(bsn).isPresent();
    }

    /** Looks up {@code count} random generated children one after another; every one must be found. */
    private static Series measure(Predicate<Bsn> lookup, Random random, int lastSerial, int count) {
        String loadBefore = BenchmarkReport.loadAverage();
        long[] nanos = new long[count];
        int found = 0;
        for (int i = 0; i < count; i++) {
            Bsn bsn = randomBsn(random, lastSerial);
            long begin = System.nanoTime();
            boolean present = lookup.test(bsn);
            nanos[i] = System.nanoTime() - begin;
            found += present ? 1 : 0;
        }
        assertThat(found).as("children found").isEqualTo(count);
        Series series = new Series(Latencies.of(nanos), loadBefore + " → " + BenchmarkReport.loadAverage());
        System.out.println("[lookup] " + series);
        return series;
    }

    /**
     * Sets {@code synchronous_commit} for the sessions opened from now on (a database setting) and renews the pool's
     * connections; {@code null} restores the server's setting. With "off" a commit no longer waits for its WAL flush:
     * the difference is what the flush costs.
     */
    private void setSynchronousCommitForNewSessions(String value) throws SQLException {
        owner().execute(
                        value == null
                                ? "alter database postgres reset synchronous_commit"
                                : "alter database postgres set synchronous_commit = " + value);
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        if (value != null) {
            assertThat(setting("synchronous_commit")).isEqualTo(value);
        }
    }

    /** The server's owner, for what the application's role may not do (checkpoint, vacuum, database settings). */
    private static JdbcTemplate owner() {
        return new JdbcTemplate(durable.getDatabase(EmbeddedDatabase.OWNER, "postgres"));
    }

    private String setting(String name) {
        return jdbc.queryForObject("select current_setting(?)", String.class, name);
    }

    /**
     * The plan PostgreSQL keeps for the prepared lookup once it stops planning per value (as for the module's
     * prepared statements after five executions).
     */
    private String genericPlan(Bsn sample) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set plan_cache_mode = force_generic_plan");
                statement.execute("prepare bsn_lookup(varchar) as select * from child_dossier where bsn = $1");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = statement.executeQuery("explain execute bsn_lookup('" + sample.value() + "')")) {
                    while (rows.next()) {
                        plan.append(plan.isEmpty() ? "" : "\n").append(rows.getString(1));
                    }
                }
                statement.execute("deallocate bsn_lookup");
                statement.execute("reset plan_cache_mode");
                return plan.toString();
            }
        });
    }

    private long generatedChildren() {
        return jdbc.queryForObject("select count(*) from child_dossier where city = ?", Long.class, CITY);
    }

    /** The elfproef check digit for serial n (as in the SQL), 10 meaning "no valid BSN". */
    static int checkDigit(int serial) {
        String digits = String.format("%08d", serial);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        return sum % 11;
    }

    /** The serial up to which exactly {@code children} serials have a valid BSN. */
    static int lastSerialFor(int children) {
        int serial = 0;
        for (int valid = 0; valid < children; ) {
            serial++;
            if (checkDigit(serial) < 10) {
                valid++;
            }
        }
        return serial;
    }

    private static Bsn bsnOf(int from, int lastSerial) {
        for (int serial = from; serial <= lastSerial; serial++) {
            if (checkDigit(serial) < 10) {
                return Bsn.of(String.format("%08d%d", serial, checkDigit(serial)));
            }
        }
        throw new IllegalArgumentException("no valid serial from " + from);
    }

    private static Bsn randomBsn(Random random, int lastSerial) {
        return bsnOf(1 + random.nextInt(lastSerial), lastSerial);
    }

    private String explain(String sql) {
        return jdbc.queryForList(sql, String.class).stream().collect(Collectors.joining("\n"));
    }

    private long bsnIndexScans() {
        return jdbc.queryForObject(
                "select idx_scan from pg_stat_user_indexes where indexrelname = 'child_dossier_bsn_ux'", Long.class);
    }

    private long tableScans() {
        return jdbc.queryForObject(
                "select seq_scan from pg_stat_user_tables where relname = 'child_dossier'", Long.class);
    }

    /** Statistics reach the shared counters up to some seconds late (PostgreSQL 15+): wait for them. */
    private long awaitBsnIndexScans(long atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long scans = bsnIndexScans();
        while (scans < atLeast && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            scans = bsnIndexScans();
        }
        return scans;
    }

    private String report(
            Series durable,
            Series unflushed,
            Series plain,
            long insertTime,
            long analyzeTime,
            String loadAtInsert,
            long indexScans,
            long tableScans,
            String explain,
            String genericPlan) {
        List<String> settings = jdbc.queryForList(
                "select name || '=' || current_setting(name) from pg_settings"
                        + " where name in ('fsync', 'synchronous_commit', 'shared_buffers', 'max_connections')"
                        + " order by name",
                String.class);
        String postgres = jdbc.queryForObject("select version()", String.class);
        String sizes = jdbc.queryForObject(
                "select 'table ' || pg_size_pretty(pg_table_size('child_dossier'))"
                        + " || ', bsn index ' || pg_size_pretty(pg_relation_size('child_dossier_bsn_ux'))"
                        + " || ', all indexes ' || pg_size_pretty(pg_indexes_size('child_dossier'))",
                String.class);
        long dossiersInDatabase = jdbc.queryForObject("select count(*) from child_dossier", Long.class);
        StringBuilder md = new StringBuilder();
        md.append("### Dossier lookup by BSN with 2 million children\n\n");
        md.append("- Goal: p99 of `Dossiers.findByBsn` ≤ ")
                .append(GOAL_P99.toMillis())
                .append(" ms with durable commits: ")
                .append(durable.latencies().p99() <= GOAL_P99.toNanos() ? "met" : "MISSED")
                .append(" (p99 ")
                .append(BenchmarkReport.millis(durable.latencies().p99()))
                .append(" ms)\n");
        md.append("- Date: ").append(BenchmarkReport.now()).append('\n');
        md.append("- Machine: ").append(BenchmarkReport.machine()).append('\n');
        md.append("- Database: ")
                .append(postgres)
                .append(", embedded, configured as the default run (own data directory): ");
        md.append(String.join(", ", settings)).append('\n');
        md.append("- Data: ")
                .append(dossiersInDatabase)
                .append(" dossiers (")
                .append(CHILDREN)
                .append(" generated + demo children); ")
                .append(sizes)
                .append("; insert in one statement ")
                .append(BenchmarkReport.seconds(insertTime))
                .append(" s, VACUUM (ANALYZE) and CHECKPOINT ")
                .append(BenchmarkReport.seconds(analyzeTime))
                .append(" s (load before insert ")
                .append(loadAtInsert)
                .append(")\n");
        md.append("- Lookups: random existing BSNs, one after another, single thread, no login; ")
                .append(WARM_UP)
                .append(" warm-up lookups before each `findByBsn` series\n");
        md.append("- Index use during the first measured series: ")
                .append(indexScans)
                .append(" scans of `child_dossier_bsn_ux`, ")
                .append(tableScans)
                .append(" sequential scans of `child_dossier`\n");
        md.append("- Command: `./mvnw -B -Pbench verify`\n\n");
        md.append(Latencies.header()).append('\n');
        md.append(durable.row("`Dossiers.findByBsn`, durable commit (as the default run)"))
                .append('\n');
        md.append(unflushed.row("`Dossiers.findByBsn`, synchronous_commit=off (commit does not wait for the flush)"))
                .append('\n');
        md.append(plain.row("baseline: plain JDBC `select * … where bsn = ?`, autocommit, no audit"))
                .append("\n\n");
        md.append("`findByBsn` = transaction, JPA select by BSN, insert of the audit line, commit.\n\n");
        md.append("Plan of the lookup (`explain (analyze, buffers)`):\n\n```\n")
                .append(explain)
                .append(
                        "\n```\n\nGeneric plan of the prepared lookup (`plan_cache_mode = force_generic_plan`):\n\n```\n")
                .append(genericPlan)
                .append("\n```\n");
        return md.toString();
    }

    /** One measured series and the load average before → after it. */
    record Series(Latencies latencies, String load) {
        String row(String what) {
            return latencies.row(what, load);
        }
    }
}
