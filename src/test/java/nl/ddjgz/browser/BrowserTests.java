package nl.ddjgz.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.dossier.Dossiers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
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

    /** Calls the services in the test thread as this user with this role (e.g. to prepare what the page shows). */
    static void actAs(String username, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_" + role));
    }
}
