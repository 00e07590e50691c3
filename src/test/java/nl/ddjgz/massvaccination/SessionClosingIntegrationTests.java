package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.organisation.SendWindow;
import nl.ddjgz.registry.Dispatcher;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.registry.RegistryMessage;
import nl.ddjgz.registry.TestNodes;
import nl.ddjgz.simulator.SimulatedRegister;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mass session's messages wait until the session is closed: a child not vaccinated after all is taken out (its
 * message withdrawn, nothing to the register), a child taken out is put back (who and when kept), and closing lets
 * exactly the remaining messages go, through a real dispatcher to the Praeventis simulator.
 */
@IntegrationTest
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class SessionClosingIntegrationTests extends MassVaccinationServices {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    Dossiers dossiers;

    @Autowired
    OrganisationSettings organisation;

    @Autowired
    Outbox outbox;

    @Autowired
    SimulatedRegister register;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private final List<Dispatcher> nodes = new ArrayList<>();
    private SendWindow window;

    @BeforeEach
    void rememberTheSendWindow() {
        window = organisation.sendWindow();
    }

    @AfterEach
    void restore() {
        nodes.forEach(Dispatcher::stop);
        organisation.updateSendWindow(window);
    }

    private MassVaccinationSession hpvSession() {
        Long location = jdbc.queryForObject("select min(id) from location", Long.class);
        return sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.BEFOREHAND,
                List.of(new SessionSetup.Setup.Vaccine("09", MassVaccinationsIntegrationTests.HPV_BATCH)),
                false,
                false));
    }

    private UUID scanNewChild(MassVaccinationSession session) {
        ChildDossier child = dossiers.open(Children.born(today.minusYears(10).minusDays(3)));
        return scanDesk.scan(
                        session.getId(), UUID.randomUUID(), "1", child.getBsn().value(), false)
                .orElseThrow()
                .scanId();
    }

    private Map<String, Object> message(UUID scanId) {
        return jdbc.queryForMap("""
                        select m.state, m.message_id, m.next_attempt_at, c.state as moment_state
                        from mass_scan s join contact_moment c on c.id = s.contact_moment_id
                        join registry_message m on m.contact_moment_id = c.id
                        where s.id = ? order by m.queued_at desc limit 1
                        """, scanId);
    }

    private boolean received(UUID scanId) {
        return register.hasReceived(
                Registrations.PRAEVENTIS_MESSAGE_ROOT + "^" + message(scanId).get("message_id"));
    }

    /** A message queued after the session's, due at once: once it is acknowledged, all that was due has gone too. */
    private RegistryMessage sentinel() {
        return new TransactionTemplate(transactionManager)
                .execute(s -> outbox.queue(Registrations.withBsn(), "arts", Outbox.Release.AT_ONCE));
    }

    private void awaitAcknowledged(RegistryMessage sentinel) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> "ACKNOWLEDGED"
                        .equals(jdbc.queryForObject(
                                "select state from registry_message where id = ?", String.class, sentinel.getId())));
    }

    @Test
    void nothingLeavesBeforeTheSessionIsClosedAndThenExactlyTheChildrenStillInItAreSent() {
        organisation.updateSendWindow(new SendWindow(0));
        MassVaccinationSession session = hpvSession();
        List<UUID> scans = List.of(scanNewChild(session), scanNewChild(session), scanNewChild(session));
        assertThat(sessionApproval.approve(
                        session.getId(), sessionReview.overview(session.getId()).reviewed()))
                .isEqualTo(3);
        assertThat(scans).allSatisfy(scan -> {
            assertThat(message(scan).get("state")).isEqualTo("QUEUED");
            assertThat(message(scan).get("next_attempt_at")).isNull();
        });

        Dispatcher node = TestNodes.started(context, "closing-a");
        nodes.add(node);
        awaitAcknowledged(sentinel());
        assertThat(scans).allSatisfy(scan -> {
            assertThat(message(scan).get("state")).isEqualTo("QUEUED");
            assertThat(received(scan)).isFalse();
        });

        UUID notVaccinated = scans.get(1);
        sessionReview.remove(session.getId(), notVaccinated, RemovalReason.ILL);
        assertThat(message(notVaccinated))
                .containsEntry("state", "WITHDRAWN")
                .containsEntry("moment_state", "WITHDRAWN");
        assertThat(sessionReview.overview(session.getId()).vaccinated()).hasSize(2);

        assertThat(sessionApproval.close(session.getId())).isEqualTo(2);
        assertThat(sessionSetup.get(session.getId()).getState()).isEqualTo(MassVaccinationSession.State.CLOSED);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(message(scans.get(0)).get("state")).isEqualTo("ACKNOWLEDGED");
            assertThat(message(scans.get(2)).get("state")).isEqualTo("ACKNOWLEDGED");
        });
        awaitAcknowledged(sentinel());
        assertThat(received(scans.get(0))).isTrue();
        assertThat(received(scans.get(2))).isTrue();
        assertThat(received(notVaccinated)).isFalse();
        assertThat(message(notVaccinated).get("state")).isEqualTo("WITHDRAWN");

        // after closing nobody is taken out or put back
        assertThatThrownBy(() -> sessionReview.remove(session.getId(), scans.get(0), RemovalReason.ABSENT))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.session.closed"));
        assertThatThrownBy(() -> sessionReview.putBack(session.getId(), notVaccinated))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.session.closed"));
    }

    @Test
    void closingCountsTheSendWindowFromTheClosing() {
        organisation.updateSendWindow(new SendWindow(20));
        MassVaccinationSession session = hpvSession();
        UUID scan = scanNewChild(session);
        sessionApproval.approve(session.getId());

        sessionApproval.close(session.getId());

        Instant closedAt = sessionSetup.get(session.getId()).getClosedAt();
        Instant due = ((java.sql.Timestamp) message(scan).get("next_attempt_at")).toInstant();
        assertThat(Duration.between(closedAt, due)).isEqualTo(Duration.ofMinutes(20));
        assertThat(outbox.departure(UUID.fromString(jdbc.queryForObject(
                                "select contact_moment_id::text from mass_scan where id = ?", String.class, scan)))
                        .orElseThrow()
                        .waiting())
                .isTrue();
        assertThatThrownBy(() -> sessionApproval.close(session.getId()))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.session.closed"));
    }

    @Test
    void anOpenSessionIsNotClosedBeforeItsApproval() {
        MassVaccinationSession session = hpvSession();
        scanNewChild(session);
        assertThatThrownBy(() -> sessionApproval.close(session.getId()))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.close.notApproved"));
    }

    @Test
    void aChildPutBackAfterApprovalIsRegisteredAgainHeldAndTheHistoryKeepsWhoAndWhen() {
        MassVaccinationSession session = hpvSession();
        UUID scan = scanNewChild(session);
        scanNewChild(session);
        sessionApproval.approve(session.getId());
        UUID dossierId = jdbc.queryForObject("select dossier_id from mass_scan where id = ?", UUID.class, scan);

        sessionReview.remove(session.getId(), scan, RemovalReason.ABSENT);
        sessionReview.putBack(session.getId(), scan);

        assertThat(message(scan))
                .containsEntry("state", "QUEUED")
                .containsEntry("moment_state", "APPROVED")
                .containsEntry("next_attempt_at", null);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_moment where dossier_id = ? and state = 'WITHDRAWN'",
                        Integer.class,
                        dossierId))
                .isEqualTo(1);
        assertThat(sessionReview.overview(session.getId()).vaccinated()).hasSize(2);
        List<Removals.Removal> history = sessionReview.removalsOf(dossierId);
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RemovalReason.ABSENT);
            assertThat(r.removedBy()).isEqualTo("arts");
            assertThat(r.putBackBy()).isEqualTo("arts");
            assertThat(r.putBackAt()).isNotNull();
            assertThat(r.sessionDate()).isEqualTo(today);
        });
        assertThat(sessionReview.removals(session.getId()).get(scan).putBack()).isTrue();
    }

    @Test
    void afterApprovalAnAssistantCannotTakeAChildOutOrPutItBack() {
        MassVaccinationSession session = hpvSession();
        UUID scan = scanNewChild(session);
        UUID other = scanNewChild(session);
        sessionReview.remove(session.getId(), other, RemovalReason.REFUSED);
        sessionApproval.approve(session.getId());
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("assistent", "x", "ROLE_JGZ_ASSISTANT"));

        assertThatThrownBy(() -> sessionReview.remove(session.getId(), scan, RemovalReason.ABSENT))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.remove.professionalOnly"));
        assertThatThrownBy(() -> sessionReview.putBack(session.getId(), other))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.putBack.professionalOnly"));
        assertThat(message(scan).get("state")).isEqualTo("QUEUED");
    }
}
