package nl.ddjgz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.batch.BatchCheck;
import nl.ddjgz.batch.BatchEntry;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.batch.BatchSource;
import nl.ddjgz.batch.ReceivedBatchList;
import nl.ddjgz.demo.DemoData;
import nl.ddjgz.praeventis.BatchListReceipt;
import nl.ddjgz.praeventis.hl7.BatchListMessage;
import nl.ddjgz.praeventis.hl7.BatchListReader;
import nl.ddjgz.praeventis.hl7.BatchListXml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The batch-number picker with 20,000 numbers in the current list: import of the register's 20,000-entry list
 * (schema check, parse, one transaction; goal ≤ 2 s) and the type-ahead's server time (goal p99 ≤ 10 ms), plus the
 * instant check of a typed number.
 */
@IntegrationTest
@Tag("bench")
class BatchPickerBenchmark {

    static final int ENTRIES = 20_000;
    static final int IMPORTS = 5;
    static final int WARM_UP = 2_000;
    static final int CALLS = 20_000;
    static final int STEP_RUNS = 3;

    @Autowired
    BatchListReceipt receipt;

    @Autowired
    BatchNumbers batchNumbers;

    /**
     * The benchmark's imports replace the current list; the benchmarks after it in the same JVM (desk, approval) set
     * sessions up with numbers of the demo list, so that list is current again afterwards.
     */
    @AfterEach
    void makeTheDemoListCurrentAgain() {
        batchNumbers.replaceList(
                DemoData.batchList(LocalDate.now(ZoneId.of("Europe/Amsterdam"))), BatchSource.DEMO, null);
    }

    @Test
    void importAndTypeAheadWith20000Numbers() {
        byte[] xml = BatchListXml.withEntries(ENTRIES);
        StringBuilder report = new StringBuilder("## Batch numbers (issue 4)\n\n");
        report.append("Machine: ")
                .append(BenchmarkReport.machine())
                .append(", ")
                .append(BenchmarkReport.now())
                .append("\n\n");

        String warmUp = awaitPraeventisWarmUp();
        long[] imports = new long[IMPORTS];
        String importThread = Thread.currentThread().getName();
        CostMeter meter = CostMeter.start(importThread::equals);
        for (int i = 0; i < IMPORTS; i++) {
            long t0 = System.nanoTime();
            BatchListReceipt.Receipt result = receipt.receive(xml, BatchSource.UPLOAD, "benchmark");
            imports[i] = System.nanoTime() - t0;
            assertThat(result.accepted()).isTrue();
            assertThat(result.list().entryCount()).isEqualTo(ENTRIES);
        }
        CostMeter.Cost importCost = meter.stop(IMPORTS);
        BenchmarkReport.Latencies importTimes = BenchmarkReport.Latencies.of(imports);
        System.out.println("[batch] import of " + ENTRIES + " entries (" + xml.length / 1024 + " KiB): " + importTimes);
        System.out.println("[batch] import cost " + importCost.perUnit("import"));
        String steps = importSteps(xml);
        System.out.println("[batch] import steps: " + steps);

        List<BatchListMessage.Entry> entries = BatchListXml.entries(ENTRIES);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        Random random = new Random(42);
        for (int i = 0; i < WARM_UP; i++) {
            typeAhead(entries, random, day);
        }
        String load = BenchmarkReport.loadAverage();
        long[] suggest = new long[CALLS];
        long[] check = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            BatchListMessage.Entry entry = entries.get(random.nextInt(entries.size()));
            String type = entry.vaccineTypeCode() == null ? "11" : entry.vaccineTypeCode();
            String prefix = entry.batchNumber()
                    .substring(0, 1 + random.nextInt(entry.batchNumber().length()));
            long t0 = System.nanoTime();
            List<BatchEntry> offered = batchNumbers.suggest(type, prefix, day);
            suggest[i] = System.nanoTime() - t0;
            assertThat(offered.size()).isLessThanOrEqualTo(BatchNumbers.SUGGESTIONS);
            long t1 = System.nanoTime();
            BatchCheck checked = batchNumbers.check(type, entry.batchNumber(), day);
            check[i] = System.nanoTime() - t1;
            assertThat(checked.outcome()).isNotNull();
        }
        String loadAfter = BenchmarkReport.loadAverage();
        BenchmarkReport.Latencies suggestTimes = BenchmarkReport.Latencies.of(suggest);
        BenchmarkReport.Latencies checkTimes = BenchmarkReport.Latencies.of(check);
        System.out.println("[batch] type-ahead: " + suggestTimes + "\n[batch] check: " + checkTimes);

        report.append(BenchmarkReport.Latencies.header())
                .append('\n')
                .append(importTimes.row(
                        "import of a " + ENTRIES + "-entry PRMM_IN010043NL (validate, parse, store)", load))
                .append('\n')
                .append(suggestTimes.row(
                        "type-ahead: numbers of a type starting with a prefix (≤ 10)", load + " → " + loadAfter))
                .append('\n')
                .append(checkTimes.row("instant check of a typed number", load + " → " + loadAfter))
                .append("\n\nGoals: import ≤ 2 s, type-ahead p99 ≤ 10 ms.\n\n")
                .append("- import cost, independent of the machine's load (the importing thread, the whole JVM,")
                .append(" PostgreSQL): ")
                .append(importCost.perUnit("import"))
                .append('\n')
                .append(importCost.top().stream()
                        .limit(8)
                        .map(t -> "    - " + t + "\n")
                        .collect(Collectors.joining()))
                .append("- the import's steps apart (median of ")
                .append(STEP_RUNS)
                .append(" runs each, wall clock; the receipt's audit line and acknowledgement are left out): ")
                .append(steps)
                .append('\n')
                .append("- ")
                .append(warmUp)
                .append('\n');
        BenchmarkReport.figure(
                "batch list import, " + ENTRIES + " entries (max of the runs)",
                "≤ 2 s",
                BenchmarkReport.seconds(importTimes.max()) + " s",
                importTimes.max() <= 2_000_000_000L);
        BenchmarkReport.figure(
                "batch type-ahead, p99",
                "≤ 10 ms",
                BenchmarkReport.millis(suggestTimes.p99()) + " ms",
                suggestTimes.p99() <= 10_000_000L);
        BenchmarkReport.write("batch-picker", report.toString());
    }

    /**
     * The import's two big steps timed apart, each in its own loop: the reading (schema check, then JAXB), and the
     * store of the 20,000 entries in one transaction ({@link BatchNumbers#replaceList}), with the CPU of this thread.
     */
    private String importSteps(byte[] xml) {
        BatchListReader reader = new BatchListReader();
        long[] read = new long[STEP_RUNS];
        long[] readCpu = new long[STEP_RUNS];
        BatchListMessage message = null;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < STEP_RUNS; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            message = reader.read(xml);
            read[i] = System.nanoTime() - t0;
            readCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
        }
        ReceivedBatchList received = new ReceivedBatchList(
                message.messageId().toString(),
                null,
                null,
                message.entries().stream()
                        .map(e -> new BatchEntry(
                                e.vaccineTypeCode(), e.batchNumber(), e.expiry(), e.productCode(), e.productName()))
                        .toList());
        long[] store = new long[STEP_RUNS];
        long[] storeCpu = new long[STEP_RUNS];
        for (int i = 0; i < STEP_RUNS; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            batchNumbers.replaceList(received, BatchSource.UPLOAD, "benchmark");
            store[i] = System.nanoTime() - t0;
            storeCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
        }
        return "reading (schema check + JAXB) " + millis(median(read)) + " ms (" + millis(median(readCpu))
                + " ms CPU of the thread), store (" + BatchNumbers.class.getSimpleName() + ".replaceList) "
                + millis(median(store)) + " ms (" + millis(median(storeCpu)) + " ms CPU of the thread)";
    }

    /**
     * The Praeventis check's warm-up (ddjgz.praeventis.warm-up-messages, on in the bench profile) starts in a
     * background thread 10 s after the module is ready, in the middle of this benchmark, the first of the suite's JVM:
     * its ~1.5 s of CPU and the JIT compiling the check then compete with the timed imports on the 2 cores, and how
     * many imports it overlaps differs from run to run. A nightly list does not arrive seconds after a restart, so the
     * imports are timed after it ended.
     */
    private static String awaitPraeventisWarmUp() {
        Thread warmUp = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("praeventis-warm-up"))
                .findFirst()
                .orElse(null);
        if (warmUp == null) {
            return "warm-up of the Praeventis check: not running when the imports began";
        }
        long t0 = System.nanoTime();
        try {
            warmUp.join(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "warm-up of the Praeventis check: the imports waited " + millis(System.nanoTime() - t0)
                + " ms for it to end" + (warmUp.isAlive() ? " (still running after 120 s)" : "");
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.0f", nanos / 1_000_000.0);
    }

    private void typeAhead(List<BatchListMessage.Entry> entries, Random random, LocalDate day) {
        BatchListMessage.Entry entry = entries.get(random.nextInt(entries.size()));
        batchNumbers.suggest(
                entry.vaccineTypeCode() == null ? "11" : entry.vaccineTypeCode(),
                entry.batchNumber().substring(0, 2),
                day);
    }
}
