package nl.ddjgz.praeventis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.praeventis.hl7.StatusQuery;
import nl.ddjgz.registry.Dispatcher;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.registry.RegistryAdapter;
import nl.ddjgz.registry.RegistryMessage;
import nl.ddjgz.registry.TestNodes;
import nl.ddjgz.shared.Bsns;
import nl.ddjgz.simulator.Faults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The status query (REPC_IN002170NL → REPC_IN002171NL) against the simulated register, and its page. */
@IntegrationTest
class StatusQueriesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    StatusQueries statusQueries;

    @Autowired
    Outbox outbox;

    @Autowired
    Faults faults;

    @Autowired
    Dossiers dossiers;

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

    private Dispatcher node;

    @AfterEach
    void cleanUp() {
        faults.clear();
        if (node != null) {
            node.stop();
        }
    }

    private void deliver(OutgoingRegistration registration) {
        RegistryMessage message = new TransactionTemplate(transactionManager)
                .execute(s -> outbox.queue(registration, "arts", Outbox.Release.AT_ONCE));
        node = TestNodes.node("status-node", 10, 1, 5, adapters, json, jdbc, transactionManager, clock, meters);
        node.start();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ACKNOWLEDGED"
                        .equals(jdbc.sql("select state from registry_message where id = :id")
                                .param("id", message.getId())
                                .query(String.class)
                                .single()));
    }

    @Test
    void theRegisterAnswersWithWhatItReceivedAndItsPlanning() {
        String bsn = Bsns.random().value();
        OutgoingRegistration registration = Registrations.withBsn(bsn);
        deliver(registration);

        StatusReport report = statusQueries.ask(bsn, null);

        assertThat(report.outcome()).isEqualTo(StatusReport.Outcome.FOUND);
        assertThat(report.items())
                .anySatisfy(i -> {
                    assertThat(i.kind()).isEqualTo(StatusReport.Kind.GIVEN);
                    assertThat(i.w0422Code()).isEqualTo("11");
                    assertThat(i.batchNumber()).isEqualTo("VX241A");
                })
                .anySatisfy(i -> {
                    assertThat(i.kind()).isEqualTo(StatusReport.Kind.PLANNED);
                    assertThat(i.earliestDate()).isNotNull();
                    assertThat(i.targetDate()).isAfterOrEqualTo(i.earliestDate());
                });
    }

    @Test
    void anUnknownChildAnErrorAndAnUnreachableRegisterEachGetTheirOwnOutcome() {
        assertThat(statusQueries.ask(Bsns.random().value(), null).outcome()).isEqualTo(StatusReport.Outcome.NOT_FOUND);

        String failing = Bsns.random().value();
        faults.errorFor(failing);
        StatusReport error = statusQueries.ask(failing, null);
        assertThat(error.outcome()).isEqualTo(StatusReport.Outcome.REGISTER_ERROR);
        assertThat(error.issue()).contains("Storing");

        faults.clear();
        faults.failNext(1);
        assertThat(statusQueries.ask(Bsns.random().value(), null).outcome())
                .isEqualTo(StatusReport.Outcome.UNREACHABLE);
    }

    @Test
    void theDossierPageAsksAndShowsTheRegisterNextToOurDossierInDutch() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        ChildDossier child = dossiers.open(Children.born(today.minusMonths(15)));
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");
        nurse.get("/dossiers/" + child.getId());

        String page = nurse.post("/dossiers/" + child.getId() + "/praeventis-status", java.util.Map.of())
                .body();

        assertThat(page)
                .contains("Praeventis heeft geantwoord", "Volgens Praeventis", "Volgens ons dossier", "Gepland");
        assertThat(page).doesNotContain("??");
    }

    @Test
    void aPersonMismatchIsAQueryError() {
        String bsn = Bsns.random().value();
        deliver(Registrations.withBsn(bsn));
        StatusReport report = statusQueries.ask(
                bsn, new StatusQuery.Person(null, null, "Vries", LocalDate.of(2001, 1, 1), null, null, null, null));
        assertThat(report.outcome()).isEqualTo(StatusReport.Outcome.QUERY_ERROR);
    }
}
