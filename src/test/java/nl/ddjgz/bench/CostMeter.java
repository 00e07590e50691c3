package nl.ddjgz.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.ddjgz.database.EmbeddedPostgresServer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What a stretch of work cost, independent of how busy the machine is: CPU time of the JVM threads that serve it
 * (Tomcat's, by name) and of the whole JVM, CPU time of the embedded PostgreSQL (the postmaster, its live descendants
 * and its ended children, from {@code /proc}), committed transactions and, when {@code pg_stat_statements} is loaded,
 * statements executed and their execution time. Wall-clock figures on a shared machine measure the neighbours too;
 * these do not. The meter reads the statistics over one connection of its own, held from start to stop, so that it
 * does not start backends of its own in between.
 */
final class CostMeter {

    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final SingleConnectionDataSource connection;
    private final JdbcTemplate jdbc;
    private final Predicate<String> threads;
    private final long threadCpu;
    private final long processCpu;
    private final long postgresCpu;
    private final long postgresEnded;
    private final long commits;
    private final long statements;
    private final boolean statementStatistics;

    private CostMeter(Predicate<String> threads) {
        // the schema owner: the application's role may not read the statement statistics
        DataSource server = EmbeddedPostgresServer.start(null).getDatabase("postgres", "postgres");
        try {
            this.connection = new SingleConnectionDataSource(server.getConnection(), true);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the embedded PostgreSQL", e);
        }
        this.jdbc = new JdbcTemplate(connection);
        this.threads = threads;
        this.statementStatistics = statementStatistics(jdbc);
        if (statementStatistics) {
            jdbc.execute("select pg_stat_statements_reset()");
        }
        jdbc.execute("select pg_stat_clear_snapshot()");
        this.commits = commits(jdbc);
        this.statements = statements();
        this.threadCpu = threadCpu(threads);
        this.processCpu = processCpu();
        this.postgresCpu = postgresCpu(jdbc);
        this.postgresEnded = postgresEndedCpu(jdbc);
    }

    /** Starts measuring; {@code threads} picks the JVM threads (by name) whose CPU time counts. */
    static CostMeter start(Predicate<String> threads) {
        return new CostMeter(threads);
    }

    /** What it cost since the start, per unit of work ({@code units}: scans, messages, ...). */
    Cost stop(int units) {
        long jvm = threadCpu(threads) - threadCpu;
        long process = processCpu() - processCpu;
        long postgresNow = postgresCpu(jdbc);
        long postgres = postgresNow < 0 || postgresCpu < 0 ? -1 : postgresNow - postgresCpu;
        long endedNow = postgresEndedCpu(jdbc);
        long ended = endedNow < 0 || postgresEnded < 0 ? -1 : endedNow - postgresEnded;
        jdbc.execute("select pg_stat_clear_snapshot()");
        long committed = commits(jdbc) - commits;
        long executed = statements() - statements;
        double executionMillis = statementMillis();
        List<String> top = topStatements();
        connection.destroy();
        return new Cost(
                units,
                jvm,
                process,
                postgres,
                ended,
                committed,
                statementStatistics ? executed : -1,
                statementStatistics ? executionMillis : -1,
                top);
    }

    /**
     * The cost of a stretch of work.
     *
     * @param jvmCpuNanos CPU time of the picked JVM threads
     * @param processCpuNanos CPU time of the whole JVM (every thread, the JIT compiler and the garbage collector too)
     * @param postgresCpuNanos CPU time of the embedded PostgreSQL, -1 when {@code /proc} could not be read
     * @param postgresEndedCpuNanos the part of it in server processes that ended in between (backends of closed
     *     connections, autovacuum workers): what a reading of the live processes alone loses
     * @param statements statements executed (every database, the meter's own few included), -1 without
     *     {@code pg_stat_statements}
     * @param statementMillis the statements' execution time inside PostgreSQL ({@code total_exec_time}: a cross-check
     *     of the CPU figure, without parsing, planning, protocol and commit), -1 without {@code pg_stat_statements}
     */
    record Cost(
            int units,
            long jvmCpuNanos,
            long processCpuNanos,
            long postgresCpuNanos,
            long postgresEndedCpuNanos,
            long commits,
            long statements,
            double statementMillis,
            List<String> top) {

        String perUnit(String unit) {
            return String.format(
                    Locale.ROOT,
                    "per %s: %.2f ms CPU in the serving JVM threads (%.2f ms in the whole JVM), %s ms CPU in"
                            + " PostgreSQL (%s ms of it in server processes that ended in between), %s ms the"
                            + " statements' execution time in PostgreSQL (wall), %.2f commits, %s statements",
                    unit,
                    jvmCpuNanos / 1_000_000.0 / units,
                    processCpuNanos / 1_000_000.0 / units,
                    postgresCpuNanos < 0
                            ? "n/a"
                            : String.format(Locale.ROOT, "%.2f", postgresCpuNanos / 1_000_000.0 / units),
                    postgresEndedCpuNanos < 0
                            ? "n/a"
                            : String.format(Locale.ROOT, "%.2f", postgresEndedCpuNanos / 1_000_000.0 / units),
                    statementMillis < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", statementMillis / units),
                    commits / (double) units,
                    statements < 0
                            ? "n/a (pg_stat_statements not loaded)"
                            : String.format(Locale.ROOT, "%.2f", statements / (double) units));
        }
    }

    /** CPU time of the whole JVM so far, in nanoseconds (-1 when the JVM does not tell). */
    static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
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

    private double statementMillis() {
        if (!statementStatistics) {
            return 0;
        }
        Double ms =
                jdbc.queryForObject("select coalesce(sum(total_exec_time), 0) from pg_stat_statements", Double.class);
        return ms == null ? 0 : ms;
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

    /**
     * CPU time of this JVM's live threads so far, in nanoseconds, summed by what {@code kind} makes of each thread's
     * name as Linux knows it ({@code /proc/self/task/<tid>/stat}: at most 15 characters). Unlike {@link #threadCpu} this
     * sees the JVM's own threads too (garbage collector, JIT compilers), which Java's thread bean does not list.
     */
    static Map<String, Long> jvmCpuByKind(java.util.function.Function<String, String> kind) {
        Map<String, Long> nanos = new java.util.TreeMap<>();
        for (ProcStat thread : threads(Path.of("/proc/self/task"))) {
            nanos.merge(
                    kind.apply(thread.command()),
                    thread.ownTicks() * 1_000_000_000L / CLOCK_TICKS_PER_SECOND,
                    Long::sum);
        }
        return nanos;
    }

    private static List<ProcStat> threads(Path tasks) {
        try {
            return processes(tasks);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** CPU time of the live JVM threads whose name {@code threads} accepts, in nanoseconds. */
    static long threadCpu(Predicate<String> threads) {
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

    /**
     * CPU time of the database server so far, in ticks: the postmaster's own, that of all its live descendants
     * (backends, autovacuum workers, the background processes), and that of its children that already ended (the
     * postmaster's cutime + cstime: the kernel adds a child's times there when its parent reaps it). Reading only the
     * live processes loses every backend that ends between two readings (a connection pool's retired connection, a
     * short-lived connection), which can make the difference negative. A child reaped while the processes are read
     * would be counted twice or not at all, so the reading is repeated until the reaped children's time held still.
     */
    static long postgresTicks(long postmaster, Path proc) throws IOException {
        long total = 0;
        for (int attempt = 0; attempt < 5; attempt++) {
            ProcStat before = ProcStat.parse(Files.readString(proc.resolve(postmaster + "/stat")));
            total = before.ownTicks() + before.waitedChildrenTicks() + descendantTicks(postmaster, processes(proc));
            ProcStat after = ProcStat.parse(Files.readString(proc.resolve(postmaster + "/stat")));
            if (after.waitedChildrenTicks() == before.waitedChildrenTicks()) {
                return total;
            }
        }
        return total;
    }

    /** The own CPU time (utime + stime) of every live descendant of {@code root}, in ticks. */
    static long descendantTicks(long root, List<ProcStat> processes) {
        Map<Long, List<ProcStat>> children = new HashMap<>();
        for (ProcStat p : processes) {
            children.computeIfAbsent(p.parent(), parent -> new ArrayList<>()).add(p);
        }
        long ticks = 0;
        Deque<Long> open = new ArrayDeque<>(List.of(root));
        while (!open.isEmpty()) {
            for (ProcStat child : children.getOrDefault(open.pop(), List.of())) {
                ticks += child.ownTicks();
                open.push(child.pid());
            }
        }
        return ticks;
    }

    /** Every process that can be read now (one that ends while the list is read is left out). */
    private static List<ProcStat> processes(Path proc) throws IOException {
        List<ProcStat> processes = new ArrayList<>();
        try (Stream<Path> all = Files.list(proc)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    try {
                        processes.add(ProcStat.parse(Files.readString(p.resolve("stat"))));
                    } catch (IOException | RuntimeException gone) {
                        // the process ended in between
                    }
                }
            }
        }
        return processes;
    }

    /** CPU time of the server's processes that ended and were reaped so far (the postmaster's cutime + cstime). */
    private static long postgresEndedCpu(JdbcTemplate jdbc) {
        try {
            Path proc = Path.of("/proc");
            return ProcStat.parse(Files.readString(proc.resolve(postmaster(jdbc, proc) + "/stat")))
                            .waitedChildrenTicks()
                    * 1_000_000_000L
                    / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long postgresCpu(JdbcTemplate jdbc) {
        try {
            Path proc = Path.of("/proc");
            return postgresTicks(postmaster(jdbc, proc), proc) * 1_000_000_000L / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The postmaster: the parent of this connection's backend. */
    private static long postmaster(JdbcTemplate jdbc, Path proc) throws IOException {
        Integer backend = jdbc.queryForObject("select pg_backend_pid()", Integer.class);
        return ProcStat.parse(Files.readString(proc.resolve(backend + "/stat"))).parent();
    }
}
