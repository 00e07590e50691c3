package nl.ddjgz.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The queue page for professionals and administrators: counts, what waits, what needs a person; metrics. */
@IntegrationTest
class QueuePageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theQueuePageShowsCountsWaitingMessagesAndWhatNeedsAPerson() {
        RegistryMessage waiting = new TransactionTemplate(transactionManager)
                .execute(s -> outbox.queue(Registrations.withBsn(), "verpleegkundige", Outbox.Release.AT_ONCE));
        RegistryMessage refused = new TransactionTemplate(transactionManager)
                .execute(s -> outbox.queue(Registrations.withBsn(), "verpleegkundige", Outbox.Release.AT_ONCE));
        jdbc.update(
                "update registry_message set state = 'NEEDS_ACTION', ack_code = 'CE', ack_text = ? where id = ?",
                "Kind onbekend in Praeventis",
                refused.getId());

        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");
        String page = nurse.get("/queue?mine=true").body();
        assertThat(page)
                .contains("Stand van de verzending", "berichten wachten op verzending")
                .contains("/contactmoments/" + waiting.getContactMomentId())
                .contains("Praeventis: Kind onbekend in Praeventis");
        assertThat(nurse.get("/queue/overview").body()).contains("id=\"count-QUEUED\"");
    }

    @Test
    void onlyAnAdministratorRetriesAStuckMessageAndTheMetricsAreOnThePrometheusEndpoint() {
        RegistryMessage stuck = new TransactionTemplate(transactionManager)
                .execute(s -> outbox.queue(Registrations.withBsn(), "arts", Outbox.Release.AT_ONCE));
        jdbc.update("update registry_message set state = 'STUCK', attempts = 12 where id = ?", stuck.getId());

        Visitor nurse = new Visitor(port);
        nurse.login("arts", "demo-wachtwoord");
        nurse.get("/queue");
        assertThat(nurse.post("/queue/" + stuck.getId() + "/retry", Map.of()).statusCode())
                .isEqualTo(403);

        Visitor admin = new Visitor(port);
        admin.login("beheerder", "demo-wachtwoord");
        admin.get("/queue");
        HttpResponse<String> retried = admin.post("/queue/" + stuck.getId() + "/retry", Map.of());
        assertThat(Visitor.location(retried)).isEqualTo("/queue");
        assertThat(jdbc.queryForObject("select state from registry_message where id = ?", String.class, stuck.getId()))
                .isEqualTo("QUEUED");

        HttpResponse<String> metrics =
                new Visitor(port).getWithBasic("/actuator/prometheus", "prometheus", "demo-metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("ddjgz_registry_queue_depth", "ddjgz_registry_queue_oldest_seconds");
    }
}
