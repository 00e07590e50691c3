package nl.ddjgz.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.organisation.SendWindow;
import nl.ddjgz.simulator.SimulatedRegister;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The send window on the outbox: a message approved with the window waits (the dispatcher does not claim it) until
 * its moment or "nu verzenden"; a held message waits until it is released; the claim stays on an index.
 */
@IntegrationTest
class SendWindowIntegrationTests {

    @Autowired
    Outbox outbox;

    @Autowired
    OrganisationSettings organisation;

    @Autowired
    SimulatedRegister register;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private SendWindow window;
    private TransactionTemplate tx;

    @BeforeEach
    void rememberTheSendWindow() {
        window = organisation.sendWindow();
        tx = new TransactionTemplate(transactionManager);
    }

    @AfterEach
    void restore() {
        organisation.updateSendWindow(window);
    }

    /** Runs rounds until nothing due is left: whatever is not sent then was not due. */
    private static void drain(Dispatcher node) {
        int rounds = 0;
        while (node.drainOnce().handled() > 0 && rounds++ < 1_000) {
            // next round
        }
    }

    private Map<String, Object> row(RegistryMessage message) {
        return jdbc.queryForMap(
                "select state, next_attempt_at, queued_at from registry_message where id = ?", message.getId());
    }

    private boolean received(RegistryMessage message) {
        return register.hasReceived(Registrations.PRAEVENTIS_MESSAGE_ROOT + "^" + message.getMessageId());
    }

    @Test
    void aMessageWaitsForItsSendWindowAndLeavesAtOnceWhenSentNow() {
        organisation.updateSendWindow(new SendWindow(15));
        RegistryMessage message =
                tx.execute(s -> outbox.queue(Registrations.withBsn(), "arts", Outbox.Release.AFTER_SEND_WINDOW));
        Dispatcher node = TestNodes.node(context, "window-a", 20, 2, 5);
        try {
            drain(node);
            assertThat(row(message)).containsEntry("state", "QUEUED");
            assertThat(received(message)).isFalse();
            Instant queuedAt = ((java.sql.Timestamp) row(message).get("queued_at")).toInstant();
            Instant due = ((java.sql.Timestamp) row(message).get("next_attempt_at")).toInstant();
            assertThat(Duration.between(queuedAt, due)).isEqualTo(Duration.ofMinutes(15));
            Outbox.Departure departure =
                    outbox.departure(message.getContactMomentId()).orElseThrow();
            assertThat(departure.waiting()).isTrue();
            assertThat(departure.held()).isFalse();

            assertThat(tx.<Boolean>execute(s -> outbox.sendNow(message.getContactMomentId())))
                    .isTrue();
            drain(node);

            assertThat(row(message)).containsEntry("state", "ACKNOWLEDGED");
            assertThat(received(message)).isTrue();
            assertThat(outbox.departure(message.getContactMomentId())).isEmpty();
        } finally {
            node.stop();
        }
    }

    @Test
    void aMessageWaitingForItsWindowIsWithdrawnAndNeverSent() {
        organisation.updateSendWindow(new SendWindow(30));
        RegistryMessage message =
                tx.execute(s -> outbox.queue(Registrations.withBsn(), "arts", Outbox.Release.AFTER_SEND_WINDOW));
        assertThat(tx.<Boolean>execute(s -> outbox.withdraw(message.getContactMomentId(), "arts", "verkeerd kind")))
                .isTrue();
        assertThat(tx.<Boolean>execute(s -> outbox.sendNow(message.getContactMomentId())))
                .isFalse();
        Dispatcher node = TestNodes.node(context, "window-b", 20, 2, 5);
        try {
            drain(node);
        } finally {
            node.stop();
        }
        assertThat(row(message)).containsEntry("state", "WITHDRAWN");
        assertThat(received(message)).isFalse();
    }

    @Test
    void aHeldMessageIsNotSentNowNorClaimedUntilItsSessionReleasesIt() {
        organisation.updateSendWindow(new SendWindow(0));
        RegistryMessage held = tx.execute(s -> outbox.queue(Registrations.withBsn(), "arts", Outbox.Release.HELD));
        Dispatcher node = TestNodes.node(context, "window-c", 20, 2, 5);
        try {
            drain(node);
            assertThat(row(held)).containsEntry("state", "QUEUED").containsEntry("next_attempt_at", null);
            assertThat(outbox.departure(held.getContactMomentId()).orElseThrow().held())
                    .isTrue();
            assertThat(tx.<Boolean>execute(s -> outbox.sendNow(held.getContactMomentId())))
                    .isFalse();
            assertThat(outbox.overview().scheduled().held()).isPositive();

            assertThat(tx.<Integer>execute(s -> outbox.release(List.of(held.getContactMomentId()), Instant.now())))
                    .isEqualTo(1);
            drain(node);
        } finally {
            node.stop();
        }
        assertThat(row(held)).containsEntry("state", "ACKNOWLEDGED");
        assertThat(received(held)).isTrue();
    }

    @Test
    void withManyMessagesWaitingTheDispatchersClaimReadsOnlyWhatIsDueThroughAnIndex() {
        // a day of mass sessions: 20,000 messages waiting (held by their session, or for their window), in a
        // transaction that is rolled back (the statistics of ANALYZE with it)
        List<String> plan = tx.execute(s -> {
            jdbc.update("""
                    insert into registry_message (id, contact_moment_id, dossier_id, kind, state, content, queued_at,
                                                  queued_by, version, registry, operation, payload, message_id,
                                                  next_attempt_at)
                    select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'WITH_BSN', 'QUEUED', '{}'::jsonb,
                           now() - interval '1 hour', 'bench', 0, 'PRAEVENTIS', 'REGISTER', '<x/>',
                           gen_random_uuid()::text,
                           case when i % 2 = 0 then null else now() + interval '10 minutes' end
                    from generate_series(1, 20000) i
                    """);
            jdbc.execute("analyze registry_message");
            List<String> lines = jdbc.queryForList("""
                            explain select id from registry_message
                            where registry = 'PRAEVENTIS' and payload is not null
                              and ((state = 'QUEUED' and next_attempt_at <= now())
                                   or (state = 'SENDING' and lease_until < now()))
                            order by queued_at
                            limit 20
                            for update skip locked
                            """, String.class);
            s.setRollbackOnly();
            return lines;
        });
        assertThat(String.join("\n", plan))
                // either due index serves the claim (the planner picks by the statistics of the moment)
                .containsPattern("Index Scan (using|on) registry_message_due(_at)?_ix")
                .doesNotContain("Seq Scan on registry_message");
    }
}
