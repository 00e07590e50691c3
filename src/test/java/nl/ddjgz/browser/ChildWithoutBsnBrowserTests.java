package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.ddjgz.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A child without BSN at the mass desk, keyboard only: the assistant opens *Kind zonder BSN*, types name, birth date
 * and sex and presses Enter; the desk answers orange (registered, goes on the RIVM form) and the session page lists the
 * child for the RIVM form.
 */
@IntegrationTest
@Tag("browser")
class ChildWithoutBsnBrowserTests {

    /** How a date field takes typed digits in the test browser. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MMddyyyy");

    private static Browser browser;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = Browser.start(port);
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void tabTo(String id) {
        for (int i = 0; i < 60 && !id.equals(browser.focusedId()); i++) {
            browser.press(Keys.TAB);
        }
        assertThat(browser.focusedId()).as("reachable with Tab").isEqualTo(id);
    }

    @Test
    void theDeskRegistersAChildWithoutBsnByNameWithTheKeyboardAndTheSessionListsItForTheRivmForm() {
        browser.login("arts");
        browser.open("/massvaccination/new");
        browser.type(By.id("batch1"), "CX241A");
        browser.clickThrough(By.id("setup-submit"));
        String sessionPath = browser.path();
        browser.logout();

        browser.login("assistent");
        browser.open(sessionPath + "/desk?balie=4");
        browser.waitForFocus("scan-code");
        tabTo("no-bsn-summary");
        browser.press(Keys.ENTER);
        tabTo("noBsn-familyName");
        browser.press("Zonderbsn", Keys.TAB, "Noor", Keys.TAB);
        browser.keys(today.minusYears(10).minusDays(20).format(TYPED));
        // Tab leaves the date field (after its last part)
        tabTo("noBsn-gender");
        browser.press("V");
        tabTo("no-bsn-submit");
        browser.enterThrough(By.id("no-bsn-submit"));

        assertThat(browser.find(By.id("last-answer")).getAttribute("class")).contains("scan-ORANGE");
        assertThat(browser.text(By.id("last-answer")))
                .contains("Noor Zonderbsn")
                .contains("zonder BSN geregistreerd");

        browser.open(sessionPath);
        assertThat(browser.text(By.id("without-bsn")))
                .contains("Voor het RIVM-formulier: 1 kinderen zonder BSN")
                .contains("Noor Zonderbsn");
    }
}
