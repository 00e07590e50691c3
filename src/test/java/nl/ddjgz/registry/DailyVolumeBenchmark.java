package nl.ddjgz.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.ddjgz.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A day's national volume: 15,000 registrations built, schema-checked and queued, then delivered to the simulator
 * by one dispatcher node, measured from the first queueing to the last acknowledgement (goal ≤ 10 s), with memory.
 */
@IntegrationTest
@Tag("bench")
class DailyVolumeBenchmark {

    static final int MESSAGES = 15_000;

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Clock clock;

    @Autowired
    MeterRegistry meters;

    @Autowired
    List<RegistryAdapter> adapters;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void fifteenThousandMessagesFromQueueToAcknowledgement() {
        List<OutgoingRegistration> registrations = new ArrayList<>(MESSAGES);
        for (int i = 0; i < MESSAGES; i++) {
            registrations.add(Registrations.withBsn());
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        // the peak of this benchmark, not of the benchmarks that ran before it in the same JVM
        ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        Dispatcher node =
                TestNodes.node("bench-node", 200, 16, 5, adapters, json, jdbc, transactionManager, clock, meters);
        long before = count("ACKNOWLEDGED");

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.util.function.IntFunction<String> queueCost = nl.ddjgz.bench.BenchmarkReportAccess.meter("message");
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        for (int i = 0; i < MESSAGES; i += 500) {
            List<OutgoingRegistration> slice = registrations.subList(i, Math.min(MESSAGES, i + 500));
            tx.executeWithoutResult(s -> outbox.queueAll(slice, "bench", Outbox.Release.AT_ONCE));
        }
        long queued = System.nanoTime();
        long cpuQueued = os.getProcessCpuTime();
        String queueing = queueCost.apply(MESSAGES);
        java.util.function.IntFunction<String> deliveryCost = nl.ddjgz.bench.BenchmarkReportAccess.meter("message");
        long cpuDelivery = os.getProcessCpuTime();
        String delivery;
        node.start();
        try {
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> count("ACKNOWLEDGED") - before >= MESSAGES);
            // measured before the node stops: its sender threads end with it
            delivery = deliveryCost.apply(MESSAGES);
        } finally {
            node.stop();
        }
        long done = System.nanoTime();
        long cpuDone = os.getProcessCpuTime();
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        String report = "## Praeventis: a day's volume (issue 5)\n\n"
                + "| Measured | Result |\n|---|---|\n"
                + "| " + MESSAGES + " messages built, schema-checked and queued (500 per transaction) | "
                + seconds(queued - t0) + " s |\n"
                + "| delivered to the simulator and acknowledged (1 node, 16 parallel sends) | "
                + seconds(done - queued) + " s |\n"
                + "| **queue to last acknowledgement, end to end** | **" + seconds(done - t0) + " s** (goal ≤ 10 s) |\n"
                + "| heap in use before / peak of the heap pools | " + heapBefore / 1_048_576 + " MiB / "
                + heapPeak / 1_048_576 + " MiB |\n"
                + "| cost of building, checking and queueing (all JVM threads, PostgreSQL) | " + queueing
                + "; the whole JVM (with GC and compiler) " + perMessage(cpuQueued - cpu0) + " ms CPU per message |\n"
                + "| cost of delivery, sender and simulator in this JVM (all JVM threads, PostgreSQL) | " + delivery
                + "; the whole JVM " + perMessage(cpuDone - cpuDelivery) + " ms CPU per message |\n"
                + "| load average | " + nl.ddjgz.bench.BenchmarkReportAccess.loadAverage() + " |\n";
        System.out.println(report);
        nl.ddjgz.bench.BenchmarkReportAccess.figure(
                "Praeventis: " + MESSAGES + " messages, queue to last acknowledgement",
                "≤ 10 s",
                seconds(done - t0) + " s",
                done - t0 <= 10_000_000_000L);
        nl.ddjgz.bench.BenchmarkReportAccess.figure(
                "Praeventis day's volume: heap peak",
                "≤ 512 MiB",
                heapPeak / 1_048_576 + " MiB",
                heapPeak <= 512L << 20);
        nl.ddjgz.bench.BenchmarkReportAccess.write("praeventis-daily-volume", report);
        assertThat(count("ACKNOWLEDGED") - before).isGreaterThanOrEqualTo(MESSAGES);
    }

    private long count(String state) {
        return jdbc.sql("select count(*) from registry_message where state = :s")
                .param("s", state)
                .query(Long.class)
                .single();
    }

    private static String perMessage(long cpuNanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", cpuNanos / 1e6 / MESSAGES);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e9);
    }
}
