package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.SessionMode;
import nl.ddjgz.massvaccination.SessionSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What every browser test shares: the whole module ({@link IntegrationTest}, the suite's one Spring context), one
 * headless Chromium per test class, the dossiers and the database to set up children, and no service-side login left
 * behind in the test thread.
 */
@IntegrationTest
@Tag("browser")
abstract class BrowserTests {

    /** Demo batch numbers of the demo list (valid for months), per vaccine type. */
    static final Map<String, String> BATCHES = Map.of("11", "VX241A", "08", "PR241A", "29", "RT241A", "RSV", "BF241A");

    /** The browser of the test class that runs now (test classes run one after the other). */
    static Browser browser;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = Browser.start(port);
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @AfterEach
    void forgetLogin() {
        SecurityContextHolder.clearContext();
    }

    /**
     * On the open contact moment: types the demo batch number of each line in turn (the batch field of the first open
     * line has the focus), sees the instant check and takes it with Enter.
     *
     * @return the vaccine types of the lines
     */
    static List<String> typeEachBatchNumber() {
        List<String> lineTypes = browser.all(By.cssSelector(".line")).stream()
                .map(e -> e.getAttribute("id").substring("line-".length()))
                .toList();
        for (String type : lineTypes) {
            browser.waitForFocus("batch-" + type);
            browser.keys(BATCHES.get(type));
            browser.waitForText(By.cssSelector("#line-" + type + " .batch-help"), "Bekend en geldig");
            browser.keysThrough("");
            assertThat(browser.text(By.cssSelector("#line-" + type + " .line-outcome")))
                    .contains("Partijnummer " + BATCHES.get(type));
        }
        return lineTypes;
    }

    /** A mass vaccination session of today at the first active location: MenACWY, batch CX241A, set up beforehand. */
    MassVaccinationSession menAcwySessionToday(SessionSetup sessions) {
        Long location = jdbc.queryForObject("select min(id) from location where active", Long.class);
        return sessions.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.BEFOREHAND,
                List.of(new SessionSetup.Setup.Vaccine("09", "CX241A")),
                false,
                false));
    }

    /** Calls the services in the test thread as this user with this role (e.g. to prepare what the page shows). */
    static void actAs(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_" + role));
    }
}
