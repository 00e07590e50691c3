package nl.ddjgz.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import nl.ddjgz.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A day's national volume: 15,000 registrations built, schema-checked and queued, then delivered to the simulator
 * by one dispatcher node, measured from the first queueing to the last acknowledgement (goal ≤ 10 s), with memory,
 * and the cost of each phase. Then a second day's volume in the shape of production, where the dispatcher runs while
 * the approvals queue and picks up each committed slice as the next one is built: queue to last acknowledgement again
 * (the phases overlap, so only the whole JVM's CPU of both together is measured).
 */
@IntegrationTest
@Tag("bench")
class DailyVolumeBenchmark {

    static final int MESSAGES = 15_000;

    @RegisterExtension
    final Deliveries deliveries = new Deliveries();

    @Test
    void fifteenThousandMessagesFromQueueToAcknowledgement() {
        List<OutgoingRegistration> registrations = Deliveries.registrations(MESSAGES, Registrations::withBsn);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        // the peak of this benchmark, not of the benchmarks that ran before it in the same JVM
        ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
        // the goal's figure: the most the day kept alive (heap in use after a collection), not how far G1 let the
        // young generation fill (the pools' peak, which follows the heap G1 may take: 404 and 675 MiB on one commit)
        nl.ddjgz.bench.HeapAfterCollections heap = nl.ddjgz.bench.HeapAfterCollections.watch();
        Dispatcher node = deliveries.node("bench-node", 200, 16, 5);
        long before = deliveries.count("ACKNOWLEDGED");

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.util.function.IntFunction<String> queueCost = nl.ddjgz.bench.BenchmarkReportAccess.meter("message");
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        deliveries.queueInSlices(registrations, 500);
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
                    .until(() -> deliveries.count("ACKNOWLEDGED") - before >= MESSAGES);
            // measured before the node stops: its sender threads end with it
            delivery = deliveryCost.apply(MESSAGES);
        } finally {
            node.stop();
        }
        long done = System.nanoTime();
        long cpuDone = os.getProcessCpuTime();
        long heapPeak = Deliveries.heapPeak();
        heap.close();
        long heapAfterGc = heap.peak();

        // the production shape: the node runs before the first approval of the day and delivers while the rest queue
        List<OutgoingRegistration> day = Deliveries.registrations(MESSAGES, Registrations::withBsn);
        Dispatcher running = deliveries.node("bench-node-running", 200, 16, 5);
        long beforeDay = deliveries.count("ACKNOWLEDGED");
        running.start();
        long cpuDay = os.getProcessCpuTime();
        long tDay = System.nanoTime();
        long dayQueued;
        long dayDone;
        try {
            deliveries.queueInSlices(day, 500);
            dayQueued = System.nanoTime();
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> deliveries.count("ACKNOWLEDGED") - beforeDay >= MESSAGES);
            dayDone = System.nanoTime();
        } finally {
            running.stop();
        }
        long cpuDayDone = os.getProcessCpuTime();
        String report = "## Praeventis: a day's volume (issue 5)\n\n"
                + "| Measured | Result |\n|---|---|\n"
                + "| " + MESSAGES + " messages built, schema-checked and queued (500 per transaction) | "
                + seconds(queued - t0) + " s |\n"
                + "| delivered to the simulator and acknowledged (1 node, 16 parallel sends) | "
                + seconds(done - queued) + " s |\n"
                + "| **queue to last acknowledgement, end to end** | **" + seconds(done - t0) + " s** (goal ≤ 10 s) |\n"
                + "| heap in use before / peak of the heap pools | " + heapBefore / 1_048_576 + " MiB / "
                + heapPeak / 1_048_576 + " MiB (the young generation as far as G1 let it fill) |\n"
                + "| **heap in use after a collection, peak** (" + heap.collections() + " collections) | **"
                + heapAfterGc / 1_048_576 + " MiB** (goal ≤ 512 MiB) |\n"
                + "| cost of building, checking and queueing (all JVM threads, PostgreSQL) | " + queueing
                + "; the whole JVM (with GC and compiler) " + perMessage(cpuQueued - cpu0) + " ms CPU per message |\n"
                + "| cost of delivery, sender and simulator in this JVM (all JVM threads, PostgreSQL) | " + delivery
                + "; the whole JVM " + perMessage(cpuDone - cpuDelivery) + " ms CPU per message |\n"
                + "| load average | " + nl.ddjgz.bench.BenchmarkReportAccess.loadAverage() + " |\n"
                + "\n### The same volume with the dispatcher running while it queues (production's shape)\n\n"
                + "| Measured | Result |\n|---|---|\n"
                + "| " + MESSAGES + " messages built, schema-checked and queued (500 per transaction), delivered"
                + " meanwhile | " + seconds(dayQueued - tDay) + " s |\n"
                + "| **queue to last acknowledgement, end to end** | **" + seconds(dayDone - tDay) + " s** |\n"
                + "| cost of building, checking, queueing and delivery together | the whole JVM "
                + perMessage(cpuDayDone - cpuDay) + " ms CPU per message (sequential run above: "
                + perMessage(cpuQueued - cpu0 + cpuDone - cpuDelivery) + " ms) |\n"
                + "| load average | " + nl.ddjgz.bench.BenchmarkReportAccess.loadAverage() + " |\n";
        System.out.println(report);
        nl.ddjgz.bench.BenchmarkReportAccess.figure(
                "Praeventis: " + MESSAGES + " messages, queue to last acknowledgement",
                "≤ 10 s",
                seconds(done - t0) + " s",
                done - t0 <= 10_000_000_000L);
        nl.ddjgz.bench.BenchmarkReportAccess.figure(
                "Praeventis: " + MESSAGES + " messages, queue to last acknowledgement, dispatcher running while they"
                        + " queue",
                "≤ 10 s",
                seconds(dayDone - tDay) + " s",
                dayDone - tDay <= 10_000_000_000L);
        nl.ddjgz.bench.BenchmarkReportAccess.figure(
                "Praeventis day's volume: heap in use after a collection, peak",
                "≤ 512 MiB",
                heapAfterGc / 1_048_576 + " MiB (pools' peak " + heapPeak / 1_048_576 + " MiB)",
                heap.collections() > 0 && heapAfterGc <= 512L << 20);
        nl.ddjgz.bench.BenchmarkReportAccess.write("praeventis-daily-volume", report);
        assertThat(deliveries.count("ACKNOWLEDGED") - before).isGreaterThanOrEqualTo(2L * MESSAGES);
    }

    private static String perMessage(long cpuNanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", cpuNanos / 1e6 / MESSAGES);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e9);
    }
}
