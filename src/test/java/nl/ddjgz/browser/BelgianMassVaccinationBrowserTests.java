package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.organisation.RegisterSwitch;
import nl.ddjgz.registry.Dispatcher;
import nl.ddjgz.registry.TestNodes;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.simulator.vaccinnet.RegistratieSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A mass vaccination session of a Belgian organisation (Vaccinnet RegistratieService) in a real browser: the expected
 * list read from a CSV with INSZs, an assistant at the scanning desk whose scanner types INSZs (digits and Enter; one
 * as printed on the card, with dots and dash; one with wrong check digits, answered in Dutch and not stored), the
 * professional's approval, and the messages delivered by a dispatcher node and accepted by the register. The
 * organisation's register is switched for the test and restored after it.
 */
class BelgianMassVaccinationBrowserTests extends BrowserTests {

    /** The demo list's HPV batch (valid for months). */
    private static final String HPV_BATCH = "CX241A";

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganisationSettings organisation;

    @Autowired
    RegistratieSimulator registratie;

    @TempDir
    Path files;

    private final List<Dispatcher> nodes = new ArrayList<>();
    private RegisterSwitch register;

    private nl.ddjgz.organisation.SendWindow window;

    @BeforeEach
    void reportToVaccinnetRegistratieService() {
        register = RegisterSwitch.remember(organisation).to("VACCINNET_DIRECT");
        // the messages leave as soon as the session is closed
        window = organisation.sendWindow();
        organisation.updateSendWindow(new nl.ddjgz.organisation.SendWindow(0));
    }

    @AfterEach
    void restoreTheRegister() {
        nodes.forEach(Dispatcher::stop);
        register.restore();
        organisation.updateSendWindow(window);
    }

    @Test
    void inszsScannedAtTheDeskAreApprovedDeliveredAndAccepted() throws IOException {
        List<ChildDossier> children = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            children.add(dossiers.open(Children.belgian(today.minusYears(10).minusDays(3 + i))));
        }

        // the professional sets up the session and reads in the expected list (INSZ as printed, and as digits)
        browser.login("arts");
        browser.open("/massvaccination/new");
        browser.type(By.id("batch1"), HPV_BATCH);
        browser.clickThrough(By.id("setup-submit"));
        assertThat(browser.text(By.id("session-facts"))).contains(HPV_BATCH, "Vooraf");
        String sessionPath = browser.path();
        UUID sessionId = UUID.fromString(sessionPath.substring(sessionPath.lastIndexOf('/') + 1));
        assertThat(browser.text(By.id("import-form")))
                .contains("CSV-bestand met de kolommen insz;achternaam;voornamen;geboortedatum");

        StringBuilder csv = new StringBuilder("insz;achternaam;voornamen;geboortedatum\r\n");
        for (int i = 0; i < children.size(); i++) {
            ChildDossier child = children.get(i);
            csv.append(i == 0 ? child.getInsz().formatted() : child.getInsz().value())
                    .append(';')
                    .append(child.getFamilyName())
                    .append(';')
                    .append(child.getGivenNames())
                    .append(';')
                    .append(child.getBirthDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                    .append("\r\n");
        }
        Path list = Files.writeString(files.resolve("verwacht.csv"), csv, StandardCharsets.UTF_8);
        browser.attach(By.id("file"), list);
        browser.clickThrough(By.id("import-submit"));
        assertThat(browser.text(By.id("import-summary")))
                .isEqualTo("3 regels kunnen worden ingelezen, 0 regels zijn geweigerd.");
        browser.clickThrough(By.id("import-confirm"));
        assertThat(browser.text(By.id("added-count"))).isEqualTo("3 kinderen toegevoegd.");

        // the assistant at desk 1; the scanner types fast: digits and Enter
        browser.login("assistent");
        browser.open(sessionPath);
        browser.type(By.id("balie"), "1");
        browser.clickThrough(By.id("desk-open-submit"));
        browser.waitForFocus("scan-code");
        assertThat(browser.text(By.cssSelector("label[for='scan-code']")))
                .isEqualTo("Scan de oproepkaart of typ het INSZ (rijksregisternummer)");

        browser.keys(
                children.get(0).getInsz().value(),
                Keys.ENTER,
                children.get(1).getInsz().formatted(),
                Keys.ENTER,
                Inszs.withWrongCheckDigits(children.get(2).getInsz()),
                Keys.ENTER);
        browser.waitForCount(By.cssSelector("#desk-scans li.scan-GREEN"), 2);
        browser.waitForCount(By.cssSelector("#desk-scans li.scan-RED"), 1);
        assertThat(browser.text(By.cssSelector("#desk-scans li.scan-RED")))
                .isEqualTo("Geen geldig INSZ: de controlecijfers kloppen niet. Er is niets opgeslagen; scan opnieuw"
                        + " of typ het nummer van de identiteitskaart.");
        assertThat(jdbc.queryForObject("select count(*) from mass_scan where session_id = ?", Integer.class, sessionId))
                .as("nothing stored for the wrong check digits")
                .isEqualTo(2);

        // scanned again, right this time
        browser.keys(children.get(2).getInsz().value(), Keys.ENTER);
        browser.waitForCount(By.cssSelector("#desk-scans li.scan-GREEN"), 3);
        browser.waitForText(By.id("total-registered"), "3");
        assertThat(browser.text(By.id("desk-scans")))
                .contains(
                        children.get(0).fullName(),
                        children.get(1).fullName(),
                        children.get(2).fullName())
                .doesNotContain("BSN", "RIVM");
        assertThat(jdbc.queryForList(
                        "select d.insz from mass_scan s join child_dossier d on d.id = s.dossier_id"
                                + " where s.session_id = ? and s.counted",
                        String.class,
                        sessionId))
                .containsExactlyInAnyOrder(
                        children.get(0).getInsz().value(),
                        children.get(1).getInsz().value(),
                        children.get(2).getInsz().value());

        // the professional approves
        browser.login("arts");
        browser.open(sessionPath + "/review");
        assertThat(browser.text(By.id("review-counts"))).contains("3");
        assertThat(browser.text(By.id("approve-form")))
                .contains("de vaccinaties van 3 kinderen worden geregistreerd en aangeboden aan Vaccinnet");
        browser.clickThrough(By.id("approve"));
        browser.waitForPath(sessionPath + "/print");
        assertThat(browser.text(By.id("flash"))).contains("Akkoord gegeven");
        assertThat(browser.all(By.cssSelector("#print-vaccinated tbody tr"))).hasSize(3);
        assertThat(jdbc.queryForList("""
                        select m.registry || ' ' || m.state from registry_message m
                        join mass_scan s on s.contact_moment_id = m.contact_moment_id where s.session_id = ?
                        """, String.class, sessionId))
                .containsExactly("VACCINNET_DIRECT QUEUED", "VACCINNET_DIRECT QUEUED", "VACCINNET_DIRECT QUEUED");

        // nothing leaves before the professional closes the session
        assertThat(browser.text(By.id("held-notice"))).contains("berichten worden verzonden na afsluiten");
        browser.clickThrough(By.id("close-session"));
        assertThat(browser.text(By.id("closed-notice"))).contains("Afgesloten door arts");

        // a dispatcher node delivers; Vaccinnet accepts each child's registration
        Dispatcher node = TestNodes.node(context, "mass-be", 20, 2, 5);
        nodes.add(node);
        node.start();
        browser.open("/dossiers/" + children.get(1).getId());
        browser.reloadUntil(By.id("history-table"), "Bevestigd door Vaccinnet", DELIVERY);
        await().atMost(DELIVERY)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(jdbc.queryForList("""
                                select m.state from registry_message m
                                join mass_scan s on s.contact_moment_id = m.contact_moment_id where s.session_id = ?
                                """, String.class, sessionId))
                        .containsExactly("ACKNOWLEDGED", "ACKNOWLEDGED", "ACKNOWLEDGED"));
        for (ChildDossier child : children) {
            assertThat(registratie.holding(child.getInsz())).hasSize(1);
        }
    }
}
