package nl.ddjgz.vaccinnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.registry.Deliveries;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.registry.RegistryMessage;
import nl.ddjgz.registry.UnsendableRegistrationException;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.simulator.vaccinnet.BatchUploadSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.client.RestClient;

/**
 * Vaccinnet BatchUpload end to end on the embedded database: approvals queued in the outbox for the organisation's
 * register (switched to Vaccinnet BatchUpload here, and back afterwards), delivered by dispatcher nodes started here
 * to the simulator of the test context, SUBMITTED with the registry's transaction id, and ACKNOWLEDGED or
 * NEEDS_ACTION after the simulator's processing run.
 */
@IntegrationTest
class VaccinnetBatchIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    BatchUploadSimulator simulator;

    @Autowired
    @Qualifier("batchUploadSimulatorFaults")
    Faults faults;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    MessageSource messages;

    @RegisterExtension
    final Deliveries deliveries = Deliveries.reportingTo("VACCINNET_BATCH");

    @AfterEach
    void restore() {
        deliveries.stopNodes();
        faults.clear();
    }

    private List<RegistryMessage> queue(int n) {
        return deliveries.queue(Deliveries.registrations(n, Registrations::belgian));
    }

    private Map<String, Object> row(RegistryMessage message) {
        return jdbc.queryForMap(
                "select state, attempts, ack_code, ack_text, remote_id from registry_message where id = ?",
                message.getId());
    }

    private void awaitState(List<RegistryMessage> messages, String state) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "select count(*) from registry_message where id = any(?) and state = ?",
                                Long.class,
                                messages.stream().map(RegistryMessage::getId).toArray(java.util.UUID[]::new),
                                state))
                        .isEqualTo(messages.size()));
    }

    private List<String> transactionIds(List<RegistryMessage> messages) {
        return messages.stream().map(m -> (String) row(m).get("remote_id")).toList();
    }

    @Test
    void fiveHundredAndOneRegistrationsLeaveInTwoUploadsAndAreAcceptedAfterTheProcessingRun() {
        int uploadsBefore = simulator.uploads().size();
        List<RegistryMessage> messages = queue(501);
        assertThat(messages).allSatisfy(m -> assertThat(m.getRegistry().name()).isEqualTo("VACCINNET_BATCH"));
        deliveries.start("batch-501", 2, 5);

        awaitState(messages, "SUBMITTED");
        assertThat(simulator
                        .uploads()
                        .subList(uploadsBefore, simulator.uploads().size()))
                .extracting(BatchUploadSimulator.Upload::persons)
                .containsExactly(500, 1);
        assertThat(transactionIds(messages))
                .doesNotContainNull()
                .containsOnly(
                        simulator.uploads().get(uploadsBefore).transactionId(),
                        simulator.uploads().get(uploadsBefore + 1).transactionId());
        assertThat(simulator.isRegistered(messages.get(0).getContactMomentId().toString()))
                .as("nothing registered before the registry's run")
                .isFalse();

        simulator.process();

        awaitState(messages, "ACKNOWLEDGED");
        assertThat(messages).allSatisfy(m -> {
            assertThat(row(m).get("ack_code")).isEqualTo("OK");
            assertThat(simulator.isRegistered(m.getContactMomentId().toString()))
                    .isTrue();
        });
    }

    @Test
    void aPersonTheRegistryDoesNotFindNeedsActionWhileTheOthersInTheSameUploadAreAccepted() {
        String unknownChild = Inszs.random().value();
        faults.errorFor(unknownChild);
        List<OutgoingRegistration> registrations = new ArrayList<>();
        registrations.add(Registrations.belgian(unknownChild, Registrations.NIHII));
        for (int i = 0; i < 4; i++) {
            registrations.add(Registrations.belgian());
        }
        List<RegistryMessage> messages = deliveries.queue(registrations);
        RegistryMessage refused = messages.get(0);
        List<RegistryMessage> others = messages.subList(1, messages.size());
        deliveries.start("batch-unknown", 2, 5);
        awaitState(messages, "SUBMITTED");
        assertThat(transactionIds(messages)).as("one upload").containsOnly((String)
                row(refused).get("remote_id"));

        simulator.process();

        awaitState(others, "ACKNOWLEDGED");
        awaitState(List.of(refused), "NEEDS_ACTION");
        assertThat(row(refused).get("ack_code")).isEqualTo(BatchUploadSimulator.NOT_FOUND);
        assertThat((String) row(refused).get("ack_text")).startsWith("Zorgvrager niet teruggevonden");
        assertThat(outbox.needingAttention())
                .extracting(w -> w.message().getId())
                .contains(refused.getId());
    }

    @Test
    void whenTheServiceAnswers503TheUploadIsSentAgain() {
        faults.failNext(2);
        List<RegistryMessage> messages = queue(3);
        deliveries.start("batch-503", 2, 10);

        awaitState(messages, "SUBMITTED");
        assertThat(messages)
                .allSatisfy(m -> assertThat((Integer) row(m).get("attempts")).isEqualTo(3));
        assertThat(jdbc.queryForObject(
                        "select count(*) from registry_attempt where message = ? and outcome = 'RETRYABLE'"
                                + " and http_status = 503",
                        Long.class,
                        messages.get(0).getId()))
                .isEqualTo(2);

        simulator.process();
        awaitState(messages, "ACKNOWLEDGED");
    }

    @Test
    void aLostAnswerLeadsToAReUploadThatTheRegistryRegistersOnce() {
        long duplicatesBefore = simulator.duplicates();
        int uploadsBefore = simulator.uploads().size();
        faults.loseAcknowledgements(1);
        List<RegistryMessage> messages = queue(3);
        deliveries.start("batch-lost", 2, 10);

        awaitState(messages, "SUBMITTED");
        assertThat(simulator.uploads().size() - uploadsBefore)
                .as("the upload whose answer was lost, and the re-upload")
                .isEqualTo(2);

        simulator.process();

        awaitState(messages, "ACKNOWLEDGED");
        assertThat(simulator.registrations())
                .filteredOn(r -> messages.stream()
                        .anyMatch(m -> m.getContactMomentId().toString().equals(r.kmehrTransactionId())))
                .as("each vaccination registered once")
                .hasSize(3);
        assertThat(simulator.duplicates() - duplicatesBefore).isEqualTo(3);
        assertThat((String) row(messages.get(0)).get("ack_text")).startsWith("Reeds geregistreerd");
    }

    @Test
    void theProcessingRunCanBeAskedForOverHttpAndTheSimulatorSaysWhatItHolds() {
        List<RegistryMessage> messages = queue(2);
        deliveries.start("batch-http", 2, 5);
        awaitState(messages, "SUBMITTED");
        RestClient http = RestClient.create("http://localhost:" + port + "/simulator/vaccinnet/batchupload");

        Map<?, ?> run = http.post().uri("/process").retrieve().body(Map.class);

        assertThat((Integer) run.get("processed")).isGreaterThanOrEqualTo(1);
        awaitState(messages, "ACKNOWLEDGED");
        Map<?, ?> received = http.get().uri("/received").retrieve().body(Map.class);
        assertThat(received.get("unprocessed")).isEqualTo(0);
        assertThat((Integer) received.get("registrations")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anInvalidSoftwareIdIsRefusedAtApprovalWithTheDutchMessageAndNothingIsQueued() {
        long messagesBefore = jdbc.queryForObject("select count(*) from registry_message", Long.class);
        OutgoingRegistration r = Registrations.belgian();
        OutgoingRegistration.Organisation o = r.organisation();
        OutgoingRegistration invalid = new OutgoingRegistration(
                r.contactMomentId(),
                r.dossierId(),
                r.dossierNumber(),
                r.disclosure(),
                r.child(),
                new OutgoingRegistration.Organisation(
                        o.name(), o.ura(), o.agb(), o.city(), o.serverCertificate(), o.ehealthId(), "ddjgz vaccinatie"),
                r.contactMoment(),
                r.items(),
                r.approvedBy());

        assertThatThrownBy(() -> deliveries.queue(List.of(invalid)))
                .isInstanceOfSatisfying(
                        UnsendableRegistrationException.class,
                        e -> assertThat(messages.getMessage(e.messageKey(), e.args(), Locale.forLanguageTag("nl")))
                                .startsWith("Het software-ID voor Vaccinnet is ongeldig")
                                .endsWith("er is niets vastgelegd."));
        assertThat(jdbc.queryForObject("select count(*) from registry_message", Long.class))
                .isEqualTo(messagesBefore);
    }
}
