package nl.ddjgz.vaccicard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.bench.BenchmarkReportAccess;
import nl.ddjgz.organisation.Organisation;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.registry.Dispatcher;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.registry.RegistryAdapter;
import nl.ddjgz.registry.TestNodes;
import nl.ddjgz.simulator.vaccicard.SimulatedVaccicard;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    Outbox outbox;

    @Autowired
    OrganisationSettings organisation;

    @Autowired
    SimulatedVaccicard vaccicard;

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
    void fifteenThousandRegistrationsFromApprovalToVaccicard() {
        Organisation before = organisation.organisation();
        organisation.updateRegistry(
                "VACCICARD",
                before.getLanguage(),
                before.getEhealthId() == null ? "71012345" : before.getEhealthId(),
                before.getSoftwareId());
        try {
            run();
        } finally {
            organisation.updateRegistry(
                    before.getRegistry(), before.getLanguage(), before.getEhealthId(), before.getSoftwareId());
        }
    }

    private void run() {
        List<OutgoingRegistration> registrations = new ArrayList<>(MESSAGES);
        for (int i = 0; i < MESSAGES; i++) {
            registrations.add(Registrations.belgian());
        }
        String loadBefore = BenchmarkReportAccess.loadAverage();
        long acknowledgedBefore = count("ACKNOWLEDGED");
        int storedBefore = vaccicard.immunizations().size();
        Dispatcher node =
                TestNodes.node("bench-vaccicard", 200, 16, 5, adapters, json, jdbc, transactionManager, clock, meters);

        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        for (int i = 0; i < MESSAGES; i += 500) {
            List<OutgoingRegistration> slice = registrations.subList(i, Math.min(MESSAGES, i + 500));
            tx.executeWithoutResult(s -> outbox.queueAll(slice, "bench", Outbox.Release.AT_ONCE));
        }
        long queued = System.nanoTime();
        long cpuQueued = processCpuNanos();
        String loadQueued = BenchmarkReportAccess.loadAverage();
        node.start();
        try {
            await().atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> count("ACKNOWLEDGED") - acknowledgedBefore >= MESSAGES);
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
        assertThat(count("ACKNOWLEDGED") - acknowledgedBefore).isGreaterThanOrEqualTo(MESSAGES);
        assertThat(vaccicard.immunizations().size() - storedBefore)
                .as("each registration stored once")
                .isEqualTo(MESSAGES);
    }

    private long count(String state) {
        return jdbc.sql("select count(*) from registry_message where state = :s and registry = 'VACCICARD'")
                .param("s", state)
                .query(Long.class)
                .single();
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
