package nl.ddjgz.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.simulator.SimulatedRegister;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery to the register (the simulator of the test context) by dispatcher nodes started here: acknowledged once,
 * nothing lost when the register is down for a while, nothing sent twice by two nodes, lost acknowledgements do not
 * register twice, a refusal for one child does not hold up the others, an invalid message never leaves.
 */
@IntegrationTest
class DispatcherIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    ApplicationContext context;

    @Autowired
    Outbox outbox;

    @Autowired
    SimulatedRegister register;

    @Autowired
    Faults faults;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @RegisterExtension
    final Deliveries deliveries = new Deliveries();

    @AfterEach
    void stopNodes() {
        deliveries.stopNodes();
        faults.clear();
    }

    private Dispatcher node(String name, int parallelism, int maxAttempts) {
        return deliveries.node(name, 20, parallelism, maxAttempts);
    }

    private List<RegistryMessage> queue(int n) {
        List<RegistryMessage> queued = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            queued.add(deliveries.queue(Registrations.withBsn()));
        }
        return queued;
    }

    private Map<String, Object> row(RegistryMessage message) {
        return jdbc.queryForMap(
                "select state, attempts, ack_code, ack_text, acknowledged_at from registry_message where id = ?",
                message.getId());
    }

    private void awaitState(List<RegistryMessage> messages, String state) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(messages)
                        .allSatisfy(m -> assertThat(row(m).get("state")).isEqualTo(state)));
    }

    private static String key(RegistryMessage m) {
        return Registrations.PRAEVENTIS_MESSAGE_ROOT + "^" + m.getMessageId();
    }

    @Test
    void theContextsDispatcherIsThereButStaysStoppedWhenTheSettingSwitchesItOff() {
        // the test settings say ddjgz.registry.dispatcher.enabled=false: read at start-up, not by a bean condition
        Dispatcher configured = context.getBean(Dispatcher.class);
        assertThat(configured.isAutoStartup()).isFalse();
        assertThat(configured.isRunning()).isFalse();
        assertThat(node("node-on", 1, 5).isAutoStartup()).isTrue();
    }

    @Test
    void queuedMessagesAreDeliveredAndAcknowledgedOnce() {
        List<RegistryMessage> messages = queue(20);
        node("node-a", 4, 5).start();

        awaitState(messages, "ACKNOWLEDGED");
        assertThat(messages).allSatisfy(m -> {
            assertThat(register.hasReceived(key(m))).isTrue();
            assertThat(row(m).get("ack_code")).isEqualTo("CA");
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from registry_attempt where message = ?",
                        Long.class,
                        messages.get(0).getId()))
                .isEqualTo(1);
    }

    @Test
    void whenTheRegisterIsDownTheQueueWaitsAndThenDrainsByItselfInOrderOfApproval() {
        faults.downUntil(Instant.now().plusSeconds(3));
        List<RegistryMessage> messages = queue(12);
        node("node-down", 1, 1000).start();

        awaitState(messages, "ACKNOWLEDGED");
        List<Instant> arrivals = messages.stream()
                .map(m -> register.registrations().stream()
                        .filter(r -> r.messageId().equals(key(m)))
                        .findFirst()
                        .orElseThrow()
                        .receivedAt())
                .toList();
        assertThat(arrivals).isSorted();
        assertThat(messages)
                .allSatisfy(m -> assertThat((Integer) row(m).get("attempts")).isGreaterThanOrEqualTo(1));
    }

    @Test
    void twoDispatcherNodesOnOneDatabaseSendEachMessageOnce() {
        long duplicatesBefore = register.duplicates();
        List<RegistryMessage> messages = queue(150);
        node("node-1", 4, 5).start();
        node("node-2", 4, 5).start();

        awaitState(messages, "ACKNOWLEDGED");
        assertThat(register.duplicates()).isEqualTo(duplicatesBefore);
        assertThat(messages)
                .allSatisfy(m -> assertThat(register.hasReceived(key(m))).isTrue());
        List<String> nodesUsed = jdbc.queryForList(
                "select distinct a.node from registry_attempt a join registry_message m on m.id = a.message"
                        + " where a.node in ('node-1', 'node-2')",
                String.class);
        assertThat(nodesUsed).containsExactlyInAnyOrder("node-1", "node-2");
    }

    @Test
    void aLostAcknowledgementLeadsToAResendThatTheRegisterDoesNotRegisterTwice() {
        long duplicatesBefore = register.duplicates();
        faults.loseAcknowledgements(3);
        List<RegistryMessage> messages = queue(6);
        node("node-lost", 1, 10).start();

        awaitState(messages, "ACKNOWLEDGED");
        long registered = register.registrations().stream()
                .filter(r -> messages.stream().anyMatch(m -> key(m).equals(r.messageId())))
                .count();
        assertThat(registered).as("each message registered once").isEqualTo(6);
        assertThat(register.duplicates() - duplicatesBefore)
                .as("three acknowledgements were lost: three re-sends with the same id, answered, not registered again")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aRefusalForOneChildGoesToAPersonAndDoesNotHoldUpTheOthers() {
        String unknownChild = nl.ddjgz.shared.Bsns.random().value();
        faults.errorFor(unknownChild);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        RegistryMessage refused =
                tx.execute(s -> outbox.queue(Registrations.withBsn(unknownChild), "arts", Outbox.Release.AT_ONCE));
        List<RegistryMessage> others = queue(5);
        node("node-ce", 2, 5).start();

        awaitState(others, "ACKNOWLEDGED");
        awaitState(List.of(refused), "NEEDS_ACTION");
        assertThat(row(refused).get("ack_code")).isEqualTo("CE");
        assertThat((String) row(refused).get("ack_text")).contains("Kind onbekend in Praeventis");
        assertThat(outbox.needingAttention())
                .extracting(w -> w.message().getId())
                .contains(refused.getId());
    }

    @Test
    void aMessageThatBreaksTheRulesIsNeverQueued() {
        long before = jdbc.queryForObject("select count(*) from registry_message", Long.class);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> tx.execute(
                        s -> outbox.queue(Registrations.objectionWithBatch(), "arts", Outbox.Release.AT_ONCE)))
                .isInstanceOf(InvalidRegistrationException.class);
        assertThat(jdbc.queryForObject("select count(*) from registry_message", Long.class))
                .isEqualTo(before);
    }

    @Test
    void afterTheLastAttemptAMessageIsStuckUntilTheAdministratorRetriesIt() {
        faults.failNext(1_000);
        List<RegistryMessage> messages = queue(1);
        Dispatcher node = node("node-stuck", 1, 3);
        node.start();
        awaitState(messages, "STUCK");
        assertThat(row(messages.get(0)).get("attempts")).isEqualTo(3);

        faults.clear();
        outbox.retry(messages.get(0).getId());
        awaitState(messages, "ACKNOWLEDGED");
    }
}
