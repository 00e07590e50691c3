package nl.ddjgz.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.ddjgz.database.EmbeddedPostgresServer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a stretch of work cost, independent of how busy the machine is: CPU time of the JVM threads that serve it
 * (Tomcat's, by name), CPU time of the embedded PostgreSQL (the postmaster and its children, from {@code /proc}),
 * committed transactions and, when {@code pg_stat_statements} is loaded, statements executed. Wall-clock figures on a
 * shared machine measure the neighbours too; these do not.
 */
final class CostMeter {

    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final JdbcTemplate jdbc;
    private final Predicate<String> threads;
    private final long threadCpu;
    private final long postgresCpu;
    private final long commits;
    private final long statements;
    private final boolean statementStatistics;

    private CostMeter(Predicate<String> threads) {
        // the schema owner: the application's role may not read the statement statistics
        this.jdbc = new JdbcTemplate(EmbeddedPostgresServer.start(null).getDatabase("postgres", "postgres"));
        this.threads = threads;
        this.statementStatistics = statementStatistics(jdbc);
        if (statementStatistics) {
            jdbc.execute("select pg_stat_statements_reset()");
        }
        jdbc.execute("select pg_stat_clear_snapshot()");
        this.commits = commits(jdbc);
        this.statements = statements();
        this.threadCpu = threadCpu(threads);
        this.postgresCpu = postgresCpu(jdbc);
    }

    /** Starts measuring; {@code threads} picks the JVM threads (by name) whose CPU time counts. */
    static CostMeter start(Predicate<String> threads) {
        return new CostMeter(threads);
    }

    /** What it cost since the start, per unit of work ({@code units}: scans, messages, ...). */
    Cost stop(int units) {
        long jvm = threadCpu(threads) - threadCpu;
        long postgres = postgresCpu(jdbc) - postgresCpu;
        jdbc.execute("select pg_stat_clear_snapshot()");
        long committed = commits(jdbc) - commits;
        long executed = statements() - statements;
        return new Cost(units, jvm, postgres, committed, statementStatistics ? executed : -1, topStatements());
    }

    /** The cost of a stretch of work. */
    record Cost(int units, long jvmCpuNanos, long postgresCpuNanos, long commits, long statements, List<String> top) {

        String perUnit(String unit) {
            return String.format(
                    Locale.ROOT,
                    "per %s: %.2f ms CPU in the serving JVM threads, %.2f ms CPU in PostgreSQL, %.2f commits, %s"
                            + " statements",
                    unit,
                    jvmCpuNanos / 1_000_000.0 / units,
                    postgresCpuNanos / 1_000_000.0 / units,
                    commits / (double) units,
                    statements < 0
                            ? "n/a (pg_stat_statements not loaded)"
                            : String.format(Locale.ROOT, "%.2f", statements / (double) units));
        }
    }

    private static boolean statementStatistics(JdbcTemplate jdbc) {
        try {
            String loaded = jdbc.queryForObject("show shared_preload_libraries", String.class);
            if (loaded == null || !loaded.contains("pg_stat_statements")) {
                return false;
            }
            jdbc.execute("create extension if not exists pg_stat_statements");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private long statements() {
        if (!statementStatistics) {
            return 0;
        }
        Long calls = jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements", Long.class);
        return calls == null ? 0 : calls;
    }

    private List<String> topStatements() {
        if (!statementStatistics) {
            return List.of();
        }
        return jdbc.query(
                "select calls, round(total_exec_time::numeric, 1) as ms, left(regexp_replace(query, '\\s+', ' ', 'g'),"
                        + " 160) as q from pg_stat_statements order by calls desc, total_exec_time desc limit 25",
                (rs, row) -> rs.getLong("calls") + " calls, " + rs.getBigDecimal("ms") + " ms: " + rs.getString("q"));
    }

    private static long commits(JdbcTemplate jdbc) {
        Long n = jdbc.queryForObject(
                "select xact_commit from pg_stat_database where datname = current_database()", Long.class);
        return n == null ? 0 : n;
    }

    private static long threadCpu(Predicate<String> threads) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : bean.getThreadInfo(bean.getAllThreadIds())) {
            if (info != null && threads.test(info.getThreadName())) {
                long cpu = bean.getThreadCpuTime(info.getThreadId());
                total += Math.max(cpu, 0);
            }
        }
        return total;
    }

    /** CPU time of the database server: the postmaster of a backend and all its children (utime + stime). */
    private static long postgresCpu(JdbcTemplate jdbc) {
        try {
            Integer backend = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
            String postmaster =
                    stat(Path.of("/proc", String.valueOf(backend), "stat")).get(3);
            long ticks = ticks(Path.of("/proc", postmaster, "stat"));
            List<Path> children = new ArrayList<>();
            try (Stream<Path> all = Files.list(Path.of("/proc"))) {
                all.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                        .forEach(children::add);
            }
            for (Path p : children) {
                try {
                    List<String> fields = stat(p.resolve("stat"));
                    if (fields.get(3).equals(postmaster)) {
                        ticks += Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended in between
                }
            }
            return ticks * 1_000_000_000L / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long ticks(Path stat) throws IOException {
        List<String> fields = stat(stat);
        return Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14));
    }

    /** The fields of /proc/PID/stat, the command name (in parentheses, may hold spaces) as one field. */
    private static List<String> stat(Path file) throws IOException {
        String line = Files.readString(file).trim();
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        List<String> fields = new ArrayList<>();
        fields.add(line.substring(0, open).trim());
        fields.add(line.substring(open + 1, close));
        fields.addAll(List.of(line.substring(close + 1).trim().split("\\s+")));
        return fields;
    }
}
