package nl.ddjgz.praeventis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.praeventis.hl7.StatusQuery;
import nl.ddjgz.registry.Deliveries;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.registry.RegistryMessage;
import nl.ddjgz.shared.Bsns;
import nl.ddjgz.simulator.Faults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The status query (REPC_IN002170NL → REPC_IN002171NL) against the simulated register, and its page. */
@IntegrationTest
class StatusQueriesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    StatusQueries statusQueries;

    @Autowired
    Faults faults;

    @Autowired
    Dossiers dossiers;

    @RegisterExtension
    final Deliveries deliveries = new Deliveries();

    @AfterEach
    void cleanUp() {
        deliveries.stopNodes();
        faults.clear();
    }

    private void deliver(OutgoingRegistration registration) {
        RegistryMessage message = deliveries.queue(registration);
        deliveries.node("status-node", 10, 1, 5).start();
        await().atMost(Duration.ofSeconds(30)).until(() -> "ACKNOWLEDGED".equals(deliveries.state(message.getId())));
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
