package nl.ddjgz.vaccinnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.bench.BenchmarkReportAccess;
import nl.ddjgz.registry.Deliveries;
import nl.ddjgz.registry.Dispatcher;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.simulator.vaccinnet.BatchUploadSimulator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A day's volume for Vaccinnet BatchUpload: 15,000 registrations composed (KMEHR folder, schema and rules) and
 * queued, uploaded by one dispatcher node in 30 requests of 500 persons, processed by the simulator's run, and
 * polled until every one is ACKNOWLEDGED; times per phase and memory.
 */
@IntegrationTest
@Tag("bench")
class VaccinnetBatchVolumeBenchmark {

    static final int MESSAGES = 15_000;

    @RegisterExtension
    final Deliveries deliveries = Deliveries.reportingTo("VACCINNET_BATCH");

    @Autowired
    Outbox outbox;

    @Autowired
    BatchUploadSimulator simulator;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MeterRegistry meters;

    @Test
    void fifteenThousandRegistrationsFromQueueToAcceptance() {
        Dispatcher node = deliveries.node("bench-vaccinnet", 2_000, 4, 5);
        List<OutgoingRegistration> registrations = Deliveries.registrations(MESSAGES, Registrations::belgian);
        System.gc();
        long heapBefore =
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int uploadsBefore = simulator.uploads().size();
        List<UUID> ids = new ArrayList<>(MESSAGES);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);

        long t0 = System.nanoTime();
        for (int i = 0; i < MESSAGES; i += 500) {
            List<OutgoingRegistration> slice = registrations.subList(i, Math.min(MESSAGES, i + 500));
            tx.executeWithoutResult(s -> slice.forEach(r ->
                    ids.add(outbox.queue(r, "bench", Outbox.Release.AT_ONCE).getId())));
        }
        long queued = System.nanoTime();
        // the send timer is shared by every node of this JVM (other benchmarks may have run): count from here
        io.micrometer.core.instrument.Timer sendTimer =
                meters.find("ddjgz.registry.send").timer();
        long sendsBefore = sendTimer == null ? 0 : sendTimer.count();
        double sendNanosBefore = sendTimer == null ? 0 : sendTimer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS);
        node.start();
        awaitAll(ids, "SUBMITTED");
        long submitted = System.nanoTime();
        int processed = simulator.process();
        long run = System.nanoTime();
        awaitAll(ids, "ACKNOWLEDGED");
        long done = System.nanoTime();

        int uploads = simulator.uploads().size() - uploadsBefore;
        io.micrometer.core.instrument.Timer sends =
                meters.get("ddjgz.registry.send").timer();
        long heapPeak = Deliveries.heapPeak();
        String report = "## Vaccinnet BatchUpload: a day's volume (issue 7)\n\n"
                + "| Measured | Result |\n|---|---|\n"
                + "| " + MESSAGES + " registrations composed (KMEHR folder, schema + rules) and queued"
                + " (500 per transaction) | " + seconds(queued - t0) + " s |\n"
                + "| uploaded to the simulator (1 node, 4 parallel requests) until all SUBMITTED | "
                + seconds(submitted - queued) + " s in " + uploads + " uploads |\n"
                + "| one upload request (build the KMEHR message of 500 folders, SOAP, simulator check), mean"
                + " over " + (sends.count() - sendsBefore) + " requests | "
                + seconds((long) ((sends.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) - sendNanosBefore)
                        / Math.max(1, sends.count() - sendsBefore)))
                + " s |\n"
                + "| the simulator's processing run (" + processed + " uploads) | " + seconds(run - submitted)
                + " s |\n"
                + "| polled until all ACKNOWLEDGED (poll interval 200 ms) | " + seconds(done - run) + " s |\n"
                + "| **queue to last acceptance, without the wait for the run** | **"
                + seconds(done - t0) + " s** |\n"
                + "| heap in use before / peak of the heap pools | " + heapBefore / 1_048_576 + " MiB / "
                + heapPeak / 1_048_576 + " MiB |\n"
                + "| load average | " + BenchmarkReportAccess.loadAverage() + " |\n";
        System.out.println(report);
        BenchmarkReportAccess.figure(
                "Vaccinnet BatchUpload: " + MESSAGES + " registrations, without the wait for the run",
                "none set",
                seconds(done - t0) + " s",
                null);
        BenchmarkReportAccess.write("vaccinnet-batch-volume", report);
        assertThat(uploads).isEqualTo(MESSAGES / 500);
        assertThat(count(ids, "ACKNOWLEDGED")).isEqualTo(MESSAGES);
    }

    private void awaitAll(List<UUID> ids, String state) {
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> count(ids, state) == ids.size());
    }

    private long count(List<UUID> ids, String state) {
        return jdbc.queryForObject(
                "select count(*) from registry_message where id = any(?) and state = ?",
                Long.class,
                ids.toArray(UUID[]::new),
                state);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }
}
