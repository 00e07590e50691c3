package nl.ddjgz.vaccinnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.bench.BenchmarkReportAccess;
import nl.ddjgz.registry.Deliveries;
import nl.ddjgz.registry.Dispatcher;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.simulator.vaccinnet.RegistratieSimulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A day's volume for Vaccinnet's RegistratieService: 15,000 registrations composed (KMEHR + AddVaccinations, both
 * schema-checked) and queued, then delivered one request each to the simulator (which reads and checks every
 * request and KMEHR message again) by one dispatcher node, with the time of each phase and memory.
 */
@IntegrationTest
@Tag("bench")
class VaccinnetDirectVolumeBenchmark {

    static final int MESSAGES = 15_000;

    @Autowired
    RegistratieSimulator registry;

    @RegisterExtension
    final Deliveries deliveries = Deliveries.reportingTo("VACCINNET_DIRECT");

    @Test
    void fifteenThousandRegistrationsFromApprovalToVaccinationId() {
        List<OutgoingRegistration> registrations = Deliveries.registrations(MESSAGES, Registrations::belgian);
        System.gc();
        long heapBefore =
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long acknowledgedBefore = deliveries.count("ACKNOWLEDGED", "VACCINNET_DIRECT");
        int heldBefore = registry.size();
        Dispatcher node = deliveries.node("bench-direct", 200, 16, 5);

        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        deliveries.queueInSlices(registrations, 500);
        long queued = System.nanoTime();
        long cpuQueued = processCpuNanos();
        node.start();
        try {
            await().atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> deliveries.count("ACKNOWLEDGED", "VACCINNET_DIRECT") - acknowledgedBefore >= MESSAGES);
        } finally {
            node.stop();
        }
        long done = System.nanoTime();
        long cpuDone = processCpuNanos();
        long heapPeak = Deliveries.heapPeak();
        String report = "## Vaccinnet RegistratieService: a day's volume (issue 7)\n\n"
                + "| Measured | Result |\n|---|---|\n"
                + "| " + MESSAGES + " registrations composed (KMEHR + AddVaccinations, schema-checked) and queued"
                + " (500 per transaction) | " + seconds(queued - t0) + " s (" + rate(queued - t0) + "/s) |\n"
                + "| delivered to the simulator, one AddVaccinations each, VaccinationId stored (1 node, 16 parallel"
                + " sends) | " + seconds(done - queued) + " s (" + rate(done - queued) + "/s) |\n"
                + "| **queue to last VaccinationId, end to end** | **" + seconds(done - t0) + " s** |\n"
                + "| CPU time of the test JVM (application and simulator): compose+queue / deliver | "
                + seconds(cpuQueued - cpu0) + " s / " + seconds(cpuDone - cpuQueued) + " s ("
                + millis(cpuDone - cpuQueued)
                + " ms per registration) |\n"
                + "| vaccinations the simulator holds afterwards (new) | " + (registry.size() - heldBefore) + " |\n"
                + "| heap in use before / peak of the heap pools | " + heapBefore / 1_048_576 + " MiB / "
                + heapPeak / 1_048_576 + " MiB |\n"
                + "| available processors / load average | "
                + Runtime.getRuntime().availableProcessors() + " / "
                + BenchmarkReportAccess.loadAverage() + " |\n";
        System.out.println(report);
        BenchmarkReportAccess.figure(
                "Vaccinnet RegistratieService: " + MESSAGES + " registrations, queue to last VaccinationId",
                "≤ 15 s",
                seconds(done - t0) + " s",
                done - t0 <= 15_000_000_000L);
        BenchmarkReportAccess.write("vaccinnet-direct-volume", report);
        assertThat(deliveries.count("ACKNOWLEDGED", "VACCINNET_DIRECT") - acknowledgedBefore)
                .isGreaterThanOrEqualTo(MESSAGES);
        assertThat(registry.size() - heldBefore).isEqualTo(MESSAGES);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6 / MESSAGES);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static String rate(long nanos) {
        return String.format(Locale.ROOT, "%.0f", MESSAGES / (nanos / 1e9));
    }
}
