package nl.ddjgz.vaccinnet;

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
import nl.ddjgz.simulator.vaccinnet.RegistratieSimulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

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
    Outbox outbox;

    @Autowired
    OrganisationSettings organisation;

    @Autowired
    RegistratieSimulator registry;

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
    JsonMapper json;

    @Test
    void fifteenThousandRegistrationsFromApprovalToVaccinationId() {
        Organisation before = organisation.organisation();
        organisation.updateRegistry("VACCINNET_DIRECT", "nl", "71012345", "ddjgz_vaccinatie_kgtest");
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
        System.gc();
        long heapBefore =
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long acknowledgedBefore = acknowledged();
        int heldBefore = registry.size();
        Dispatcher node =
                TestNodes.node("bench-direct", 200, 16, 5, adapters, json, jdbc, transactionManager, clock, meters);

        long t0 = System.nanoTime();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        for (int i = 0; i < MESSAGES; i += 500) {
            List<OutgoingRegistration> slice = registrations.subList(i, Math.min(MESSAGES, i + 500));
            tx.executeWithoutResult(s -> outbox.queueAll(slice, "bench", Outbox.Release.AT_ONCE));
        }
        long queued = System.nanoTime();
        node.start();
        try {
            await().atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> acknowledged() - acknowledgedBefore >= MESSAGES);
        } finally {
            node.stop();
        }
        long done = System.nanoTime();
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        String report = "## Vaccinnet RegistratieService: a day's volume (issue 7)\n\n"
                + "| Measured | Result |\n|---|---|\n"
                + "| " + MESSAGES + " registrations composed (KMEHR + AddVaccinations, schema-checked) and queued"
                + " (500 per transaction) | " + seconds(queued - t0) + " s (" + rate(queued - t0) + "/s) |\n"
                + "| delivered to the simulator, one AddVaccinations each, VaccinationId stored (1 node, 16 parallel"
                + " sends) | " + seconds(done - queued) + " s (" + rate(done - queued) + "/s) |\n"
                + "| **queue to last VaccinationId, end to end** | **" + seconds(done - t0) + " s** |\n"
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
        assertThat(acknowledged() - acknowledgedBefore).isGreaterThanOrEqualTo(MESSAGES);
        assertThat(registry.size() - heldBefore).isEqualTo(MESSAGES);
    }

    private long acknowledged() {
        return jdbc.sql("select count(*) from registry_message where state = 'ACKNOWLEDGED' and registry = :r")
                .param("r", "VACCINNET_DIRECT")
                .query(Long.class)
                .single();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static String rate(long nanos) {
        return String.format(Locale.ROOT, "%.0f", MESSAGES / (nanos / 1e9));
    }
}
