package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A lot runs out halfway through a session: at the desk, with the keyboard only, the professional scans the new
 * vaccine pack into the lot field (a refused lot says why and changes nothing), names the vaccinator working there,
 * and scans on; the review page, the print list after approval and the recall of the new lot show each child with its
 * own lot, and who switched when.
 */
@IntegrationTest
@Tag("browser")
class DeskLotBrowserTests {

    private static Browser browser;

    @Autowired
    Dossiers dossiers;

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

    private ChildDossier tenYearOld(String familyName) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("arts", null, "ROLE_JGZ_PROFESSIONAL"));
        try {
            return dossiers.open(
                    Children.withFamilyName(Children.born(today.minusYears(10).minusDays(3)), familyName));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Tab from where the focus is until the element with this id has it, as a person at the desk does. */
    private static void tabTo(String id) {
        for (int i = 0; i < 60 && !id.equals(browser.focusedId()); i++) {
            browser.press(Keys.TAB);
        }
        assertThat(browser.focusedId()).as("reachable with Tab").isEqualTo(id);
    }

    private static String rowOf(String familyName) {
        return browser.all(By.cssSelector("#review-children tbody tr, #print-vaccinated tbody tr")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(familyName))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theProfessionalSwitchesTheLotAtTheDeskAndEveryChildKeepsItsOwnLotInPrintAndRecall() {
        ChildDossier first = tenYearOld("Voorlot");
        ChildDossier second = tenYearOld("Nalot");
        browser.login("arts");
        browser.open("/massvaccination/new");
        browser.type(By.id("batch1"), "CX241A");
        browser.clickThrough(By.id("setup-submit"));
        String sessionPath = browser.path();

        browser.open(sessionPath + "/desk?balie=1");
        browser.waitForFocus("scan-code");
        browser.keys(first.getBsn().value(), Keys.ENTER);
        browser.waitForCount(By.cssSelector("#desk-scans li.scan-GREEN"), 1);

        // an expired lot is refused with the reason, nothing changes
        tabTo("lot-batch");
        browser.keysThrough("CX230X");
        assertThat(browser.text(By.id("lot-error"))).contains("verlopen");
        assertThat(browser.text(By.id("desk-lot-09"))).contains("CX241A");

        // the new pack scanned into the lot field (GS1: GTIN, expiry, batch), Enter
        String expiry = today.plusYears(1).format(DateTimeFormatter.ofPattern("yyMMdd"));
        browser.waitForFocus("scan-code");
        tabTo("lot-batch");
        browser.keysThrough("0108708150001237" + "17" + expiry + "10" + "CX242A");
        assertThat(browser.text(By.id("lot-switched"))).contains("vanaf nu partij CX242A");
        assertThat(browser.text(By.id("desk-lot-09"))).contains("CX242A").contains("door arts om");

        // the vaccinator working at this desk
        browser.waitForFocus("scan-code");
        tabTo("vaccinator");
        browser.keysThrough("J. de Vries");
        assertThat(browser.text(By.id("desk-vaccinator"))).contains("J. de Vries");

        browser.waitForFocus("scan-code");
        browser.keys(second.getBsn().value(), Keys.ENTER);
        browser.waitForCount(By.cssSelector("#desk-scans li.scan-GREEN"), 2);

        browser.open(sessionPath + "/review");
        assertThat(rowOf("Voorlot")).contains("CX241A").doesNotContain("CX242A").doesNotContain("J. de Vries");
        assertThat(rowOf("Nalot")).contains("CX242A").contains("J. de Vries");
        assertThat(browser.text(By.id("desk-changes")))
                .contains("Balie 1: HPV partij CX242A, gewisseld door arts")
                .contains("Balie 1: vaccinator J. de Vries, vastgelegd door arts");
        assertThat(browser.text(By.id("review-lots"))).contains("CX241A").contains("CX242A");

        browser.clickThrough(By.id("approve"));
        assertThat(browser.path()).endsWith("/print");
        assertThat(rowOf("Voorlot")).contains("CX241A");
        assertThat(rowOf("Nalot")).contains("CX242A").contains("J. de Vries");

        browser.open("/recall");
        browser.type(By.id("batchNumber"), "CX242A");
        browser.clickThrough(By.id("recall-submit"));
        assertThat(browser.text(By.id("recall-table"))).contains("Nalot").doesNotContain("Voorlot");
    }
}
