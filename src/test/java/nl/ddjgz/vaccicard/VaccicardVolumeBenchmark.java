package nl.ddjgz.vaccicard;

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
import nl.ddjgz.simulator.vaccicard.SimulatedVaccicard;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A day's volume to Vaccicard: 15,000 registrations built as BeVaccination Immunizations, checked and queued (500 per
 * transaction), then delivered by one dispatcher node through the adapter (OAuth2 bearer token, one conditional
 * create per resource) to the simulated Vaccicard, which checks every resource against the profile's rules as well.
 * Prints the times, the rate and the machine's load.
 */
@IntegrationTest
@Tag("bench")
class VaccicardVolumeBenchmark {

    static final int MESSAGES = 15_000;

    @Autowired
    SimulatedVaccicard vaccicard;

    @RegisterExtension
    final Deliveries deliveries = Deliveries.reportingTo("VACCICARD");

    @Test
    void fifteenThousandRegistrationsFromApprovalToVaccicard() {
        List<OutgoingRegistration> registrations = Deliveries.registrations(MESSAGES, Registrations::belgian);
        String loadBefore = BenchmarkReportAccess.loadAverage();
        long acknowledgedBefore = deliveries.count("ACKNOWLEDGED", "VACCICARD");
        int storedBefore = vaccicard.immunizations().size();
        Dispatcher node = deliveries.node("bench-vaccicard", 200, 16, 5);

        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        deliveries.queueInSlices(registrations, 500);
        long queued = System.nanoTime();
        long cpuQueued = processCpuNanos();
        String loadQueued = BenchmarkReportAccess.loadAverage();
        node.start();
        try {
            await().atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> deliveries.count("ACKNOWLEDGED", "VACCICARD") - acknowledgedBefore >= MESSAGES);
        } finally {
            node.stop();
        }
        long done = System.nanoTime();
        long cpuDone = processCpuNanos();
        String loadAfter = BenchmarkReportAccess.loadAverage();

        String report = "## Vaccicard: a day's volume (issue 7)\n\n"
                + "| Measured | Result |\n|---|---|\n"
                + "| " + MESSAGES + " registrations built as BeVaccination Immunizations, rule-checked and queued"
                + " (500 per transaction) | " + seconds(queued - t0) + " s (" + rate(MESSAGES, queued - t0)
                + " per s) |\n"
                + "| delivered to the simulated Vaccicard (1 node, 16 parallel sends, OAuth2 bearer token, conditional"
                + " create, rules checked by the simulator) | " + seconds(done - queued) + " s ("
                + rate(MESSAGES, done - queued) + " per s) |\n"
                + "| **approval to last acceptance, end to end** | **" + seconds(done - t0) + " s** ("
                + rate(MESSAGES, done - t0) + " per s) |\n"
                + "| CPU time of the test JVM (application and simulator): compose+queue / deliver | "
                + seconds(cpuQueued - cpu0) + " s / " + seconds(cpuDone - cpuQueued) + " s |\n"
                + "| processors / load average before, after queueing, after delivery | "
                + Runtime.getRuntime().availableProcessors() + " / " + loadBefore + "; " + loadQueued + "; "
                + loadAfter + " |\n";
        System.out.println(report);
        BenchmarkReportAccess.figure(
                "Vaccicard: " + MESSAGES + " registrations, queue to last acceptance",
                "≤ 15 s",
                seconds(done - t0) + " s",
                done - t0 <= 15_000_000_000L);
        BenchmarkReportAccess.write("vaccicard-volume", report);
        assertThat(deliveries.count("ACKNOWLEDGED", "VACCICARD") - acknowledgedBefore)
                .isGreaterThanOrEqualTo(MESSAGES);
        assertThat(vaccicard.immunizations().size() - storedBefore)
                .as("each registration stored once")
                .isEqualTo(MESSAGES);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static String rate(int n, long nanos) {
        return String.format(Locale.ROOT, "%.0f", n / (nanos / 1e9));
    }
}
