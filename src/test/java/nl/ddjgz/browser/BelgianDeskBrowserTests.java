package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.organisation.RegisterSwitch;
import nl.ddjgz.registry.Dispatcher;
import nl.ddjgz.registry.TestNodes;
import nl.ddjgz.simulator.vaccicard.SimulatedVaccicard;
import nl.ddjgz.simulator.vaccinnet.BatchUploadSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The consultation desk of a Belgian organisation in a real browser: the child found by the INSZ as printed on the
 * eID, a vaccination registered and approved, delivered by a dispatcher node to the simulated register, and what the
 * page then says — in French for a Vaccicard organisation (and the correction after acceptance), in Dutch for
 * Vaccinnet BatchUpload (confirmed only after the register's processing run; corrections in Vaccinnet's web
 * application). The organisation's register and language are switched per test and restored after it.
 */
class BelgianDeskBrowserTests extends BrowserTests {

    /** How long a dispatcher node may take to deliver (it polls every 50 ms; the machine is shared). */
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    /** Demo batch numbers of the demo list (valid for months). */
    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganisationSettings organisation;

    @Autowired
    SimulatedVaccicard vaccicard;

    @Autowired
    BatchUploadSimulator batchUpload;

    private final List<Dispatcher> nodes = new ArrayList<>();
    private RegisterSwitch register;

    @BeforeEach
    void rememberTheRegister() {
        register = RegisterSwitch.remember(organisation);
    }

    @AfterEach
    void restoreTheRegister() {
        nodes.forEach(Dispatcher::stop);
        register.restore();
    }

    private void reportTo(String registry, String language) {
        register.to(registry, language);
    }

    /** A dispatcher node of this test, delivering to the simulators of the test context. */
    private void startDispatcher(String name) {
        Dispatcher node = TestNodes.node(context, name, 20, 2, 5);
        nodes.add(node);
        node.start();
    }

    private UUID momentId() {
        String path = browser.path();
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    /** The French desk of a Vaccicard organisation: found by the printed INSZ, approved, confirmed, corrected. */
    @Test
    void aFrenchDoctorRegistersAtVaccicardAndCorrectsAfterAcceptance() {
        reportTo("VACCICARD", "fr");
        ChildDossier child = dossiers.open(Children.belgian(today.minusMonths(4)));
        String insz = child.getInsz().value();

        browser.login("arts");
        browser.waitForPath("/dossiers");
        assertThat(browser.text(By.tagName("header"))).contains("File d’attente Vaccicard", "Se déconnecter");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Rechercher un enfant");
        assertThat(browser.text(By.id("bsn-search")))
                .contains("Rechercher par NISS", "Scannez ou tapez le NISS (numéro de registre national)")
                .contains("Un enfant avec un BSN néerlandais ? Tapez alors le BSN dans le même champ.")
                .doesNotContain("Rechercher par BSN");

        // typed as printed on the eID: with dots and dash
        browser.waitForFocus("bsn");
        browser.keysThrough(child.getInsz().formatted());
        assertThat(browser.text(By.id("child-name"))).isEqualTo(child.fullName());
        assertThat(browser.text(By.id("insz"))).isEqualTo(child.getInsz().formatted());
        assertThat(browser.text(By.cssSelector(".card dl"))).contains("NISS (numéro de registre national)");
        assertThat(browser.all(By.id("bsn")))
                .as("no BSN line for a Belgian child")
                .isEmpty();
        assertThat(browser.all(By.id("no-bsn"))).isEmpty();
        assertThat(browser.all(By.id("status-query")))
                .as("no Praeventis status query")
                .isEmpty();
        assertThat(browser.text(By.id("start-contact-moment-submit"))).isEqualTo("Commencer la consultation");

        browser.select(By.id("activity"), "ON_INDICATION");
        browser.enterThrough(By.id("start-contact-moment-submit"));
        UUID moment = momentId();
        assertThat(browser.text(By.id("contact-moment-title"))).isEqualTo("Consultation " + child.fullName());
        assertThat(browser.text(By.id("no-lines")))
                .isEqualTo("Selon le schéma, aucune vaccination n’est prévue lors de cette consultation."
                        + " Choisissez vous-même le type de vaccin ci-dessous.");
        assertThat(browser.all(By.id("no-insz"))).isEmpty();

        browser.select(By.id("vaccineType"), "11");
        browser.enterThrough(By.id("add-vaccine-type-submit"));
        browser.waitForFocus("batch-11");
        browser.keys("VX241A");
        browser.waitForText(By.cssSelector("#line-11 .batch-help"), "Connu et valable");
        browser.keysThrough("");
        assertThat(browser.text(By.cssSelector("#line-11 .line-outcome"))).startsWith("Numéro de lot VX241A");

        browser.enterThrough(By.id("to-review"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Vérifier et approuver");
        assertThat(browser.text(By.cssSelector("#review-table thead"))).contains("Vers Vaccicard");
        assertThat(browser.text(By.cssSelector("#review-table tbody"))).contains("Numéro de lot VX241A", "Oui");
        assertThat(browser.text(By.id("approve-form")))
                .contains("En approuvant, vous inscrivez ces données comme un fait dans le dossier et le message est"
                        + " prêt à être envoyé à Vaccicard.");
        browser.enterThrough(By.id("approve"));

        assertThat(browser.text(By.id("flash")))
                .isEqualTo("Approuvé : les vaccinations sont enregistrées et le message est prêt à être envoyé au"
                        + " registre.");
        assertThat(browser.text(By.id("message-state")))
                .isEqualTo("Le message est dans la file d’attente pour Vaccicard. Tant qu’il n’est pas envoyé, il"
                        + " peut être corrigé ou retiré.");
        // the message waits for the send window; the doctor sends it at once
        assertThat(browser.text(By.id("message-departure"))).startsWith("Sera envoyé à ");
        browser.enterThrough(By.id("send-now"));
        assertThat(browser.text(By.id("flash"))).isEqualTo("Le message est envoyé maintenant.");

        startDispatcher("desk-fr");
        browser.reloadUntil(By.id("message-state"), "Vaccicard a confirmé l’enregistrement.", DELIVERY);
        assertThat(browser.text(By.id("retractable")))
                .startsWith("Vaccicard a accepté cet enregistrement. Vous pouvez encore le corriger ou le retirer");
        assertThat(browser.text(By.id("correct"))).isEqualTo("Corriger (retirer de l’envoi)");
        assertThat(vaccicard.immunizationsFor(insz))
                .singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo("completed"));

        browser.enterThrough(By.id("correct"));
        assertThat(browser.text(By.id("flash")))
                .isEqualTo("L’enregistrement a été retiré de l’envoi. Modifiez-le et approuvez-le à nouveau.");
        browser.type(By.id("batch-11"), "VX242A");
        browser.waitForText(By.cssSelector("#line-11 .batch-help"), "Connu et valable");
        browser.keysThrough("");
        assertThat(browser.text(By.cssSelector("#line-11 .line-outcome"))).startsWith("Numéro de lot VX242A");
        browser.enterThrough(By.id("to-review"));
        browser.enterThrough(By.id("approve"));
        assertThat(browser.text(By.id("flash"))).startsWith("Approuvé :");
        browser.enterThrough(By.id("send-now"));

        browser.reloadUntil(By.id("message-state"), "Vaccicard a confirmé l’enregistrement.", DELIVERY);
        assertThat(browser.text(By.id("retractable"))).startsWith("Vaccicard a accepté cet enregistrement.");
        // Vaccicard holds the corrected registration only: the first was taken back before the new one came
        await().atMost(DELIVERY)
                .untilAsserted(() -> assertThat(vaccicard.immunizationsFor(insz).stream()
                                .filter(i -> i.status().equals("completed")))
                        .singleElement()
                        .satisfies(i -> assertThat(i.json()).contains("VX242A").doesNotContain("VX241A")));
        await().atMost(DELIVERY)
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select operation || ' ' || state from registry_message where contact_moment_id = ?"
                                        + " order by queued_at",
                                String.class,
                                moment))
                        .containsExactly("REGISTER RETRACTED", "RETRACT ACKNOWLEDGED", "REGISTER ACKNOWLEDGED"));

        browser.clickThrough(By.linkText("Vers le dossier"));
        assertThat(browser.text(By.id("history-table"))).contains("Confirmé par Vaccicard");
    }

    /** The Dutch desk of a Vaccinnet BatchUpload organisation: submitted, confirmed after the processing run. */
    @Test
    void aVaccinationForVaccinnetBatchUploadIsConfirmedAfterTheProcessingRun() throws Exception {
        reportTo("VACCINNET_BATCH", "nl");
        ChildDossier child = dossiers.open(Children.belgian(today.minusMonths(3).minusDays(2)));

        browser.login("verpleegkundige");
        browser.waitForPath("/dossiers");
        // a scanner types the digits of the INSZ and Enter
        browser.waitForFocus("bsn");
        browser.keysThrough(child.getInsz().value());
        assertThat(browser.text(By.id("child-name"))).isEqualTo(child.fullName());
        assertThat(browser.text(By.id("insz"))).isEqualTo(child.getInsz().formatted());
        assertThat(browser.all(By.id("no-bsn"))).isEmpty();
        assertThat(browser.all(By.id("status-query"))).isEmpty();

        browser.enterThrough(By.id("start-contact-moment-submit"));
        UUID moment = momentId();
        assertThat(typeEachBatchNumber()).contains("11", "08");

        browser.enterThrough(By.id("to-review"));
        assertThat(browser.text(By.cssSelector("#review-table thead"))).contains("Naar Vaccinnet");
        assertThat(browser.text(By.cssSelector("#review-table tbody")))
                .contains("VX241A", "Ja")
                .doesNotContain("BSN");
        browser.enterThrough(By.id("approve"));
        assertThat(browser.text(By.id("flash")))
                .isEqualTo("Akkoord: de vaccinaties zijn geregistreerd en het bericht staat klaar voor het register.");
        assertThat(browser.text(By.id("message-state"))).startsWith("Het bericht staat in de wachtrij voor Vaccinnet.");
        assertThat(browser.text(By.id("message-departure"))).startsWith("Wordt verzonden om ");
        browser.enterThrough(By.id("send-now"));
        assertThat(browser.text(By.id("flash"))).isEqualTo("Het bericht wordt nu verzonden.");

        startDispatcher("desk-batch");
        browser.reloadUntil(
                By.id("message-state"),
                "Vaccinnet heeft het bericht ontvangen en verwerkt het bij de volgende verwerkingsronde",
                DELIVERY);
        assertThat(browser.all(By.id("correct")))
                .as("nothing to correct here once uploaded")
                .isEmpty();
        assertThat(browser.text(By.id("registration-final")))
                .isEqualTo("Het bericht is verzonden naar Vaccinnet: wijzigen kan hier niet meer. Is er iets fout,"
                        + " corrigeer het dan in de webtoepassing van Vaccinnet.");

        // Vaccinnet's processing run (at 9h, 12h and 20h in production), asked for as an operator would
        HttpResponse<String> run = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/simulator/vaccinnet/batchupload/process"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("\"processed\"");

        browser.reloadUntil(By.id("message-state"), "Vaccinnet heeft de registratie bevestigd.", DELIVERY);
        assertThat(browser.text(By.id("registration-final")))
                .contains("corrigeer het dan in de webtoepassing van Vaccinnet");
        assertThat(browser.all(By.id("correct"))).isEmpty();
        assertThat(browser.all(By.id("correction-request-form")))
                .as("no RIVM correction request")
                .isEmpty();
        assertThat(batchUpload.isRegistered(moment.toString())).isTrue();
        browser.clickThrough(By.linkText("Naar het dossier"));
        assertThat(browser.text(By.id("history-table"))).contains("Bevestigd door Vaccinnet");
    }
}
