package nl.ddjgz.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the benchmarks share: the machine line, the load average and a Markdown file under {@code target/bench/} to
 * paste into {@code docs/performance.md}. Everything written there is also printed.
 */
final class BenchmarkReport {

    static final Path OUTPUT = Path.of("target", "bench");

    private BenchmarkReport() {}

    /** Cores, Java and operating system of this machine. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores (nproc), Java "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** The 1, 5 and 15 minute load averages, or "n/a" where /proc is missing. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", Arrays.copyOf(fields, 3));
        } catch (IOException e) {
            return "n/a";
        }
    }

    static String now() {
        return ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000_000.0);
    }

    /** Prints the report and writes it to {@code target/bench/<name>.md}. */
    static Path write(String name, String markdown) {
        System.out.println();
        System.out.println(markdown);
        try {
            Files.createDirectories(OUTPUT);
            Path file = OUTPUT.resolve(name + ".md");
            Files.writeString(file, markdown);
            System.out.println("(written to " + file.toAbsolutePath() + ")");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a headline figure to the run's summary table ({@link BenchmarkSummary} prints it when the run ends and
     * writes it to {@code target/bench/summary.md}).
     *
     * @param met whether the result meets the goal; null when no goal is set
     */
    static void figure(String figure, String goal, String result, Boolean met) {
        String verdict = met == null ? "no goal" : met ? "met" : "**not met**";
        String row = String.join("\t", figure, goal, result, verdict, loadAverage()) + "\n";
        try {
            Files.createDirectories(OUTPUT);
            Files.writeString(
                    BenchmarkSummary.FIGURES,
                    row,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Latencies of one measured series, with nearest-rank percentiles. */
    record Latencies(int count, long p50, long p90, long p99, long p999, long max, long mean) {

        static Latencies of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Latencies(
                    sorted.length,
                    rank(sorted, 50),
                    rank(sorted, 90),
                    rank(sorted, 99),
                    rank(sorted, 99.9),
                    sorted[sorted.length - 1],
                    (long) Arrays.stream(sorted).average().orElse(0));
        }

        private static long rank(long[] sorted, double percentile) {
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        /** A Markdown table row: what, calls, p50, p90, p99, p99.9, max, mean (milliseconds), load. */
        String row(String what, String load) {
            return "| " + what + " | " + count + " | " + millis(p50) + " | " + millis(p90) + " | " + millis(p99) + " | "
                    + millis(p999) + " | " + millis(max) + " | " + millis(mean) + " | " + load + " |";
        }

        static String header() {
            return "| Measured | Calls | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | mean ms | Load (1/5/15 min) |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|---|";
        }
    }
}
