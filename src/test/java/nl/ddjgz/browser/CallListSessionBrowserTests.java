package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.ddjgz.praeventis.CallLists;
import nl.ddjgz.shared.Bsns;
import nl.ddjgz.simulator.CallListPusher;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15's "done when" in a real browser: a professional has the simulator send a call list, makes a session's
 * expected list from it, opens the missing dossiers in one action, and the desk (keyboard only: digits and Enter as a
 * scanner types, Tab and Enter for the one click) answers an expected child without a dossier with "Dossier openen en
 * registreren", every expected child green or orange with a reason, and an unknown child red with what to do next.
 */
class CallListSessionBrowserTests extends BrowserTests {

    @Autowired
    CallListPusher simulator;

    @Autowired
    CallLists callLists;

    @Test
    void theSimulatorsCallListBecomesTheExpectedListAndEveryExpectedChildScansGreenOrOrangeWithAReason() {
        browser.login("arts");
        browser.open("/massvaccination/call-lists");
        int listsBefore = callLists.lists().size();
        browser.clickThrough(By.id("simulator-call-list-submit"));
        browser.waitForPath("/massvaccination/call-lists");
        assertThat(browser.all(By.cssSelector("#call-lists tbody tr"))).hasSize(listsBefore + 1);
        assertThat(browser.text(By.id("call-lists"))).contains("HPV-campagne cohort " + (today.getYear() - 10));

        // the register's list for a cohort of thirteen-year-olds (HPV still given), three of them unknown here
        int cohort = today.getYear() - 13;
        assertThat(simulator.push(new CallListPusher.Campaign(cohort, "09", 3)).accepted())
                .isTrue();
        CallLists.ReceivedList list = callLists.lists().get(0);

        browser.open("/massvaccination/new");
        browser.type(By.id("batch1"), "CX241A");
        browser.clickThrough(By.id("setup-submit"));
        String sessionPath = browser.path();
        browser.select(By.id("callListId"), list.id().toString());
        browser.clickThrough(By.id("call-list-submit"));
        assertThat(browser.text(By.id("call-list-added")))
                .contains(list.children() + " kinderen van de oproeplijst staan nu op de verwachte lijst")
                .contains("3 verwachte kinderen hebben nog geen dossier hier");
        assertThat(browser.all(By.cssSelector("#missing-list li"))).hasSize(3);
        UUID sessionId = UUID.fromString(sessionPath.substring("/massvaccination/".length()));
        List<String> missing = jdbc.queryForList("""
                select e.identifier from mass_expected_child e
                where e.session_id = ? and not exists (select 1 from child_dossier d where d.bsn = e.identifier)
                order by e.identifier
                """, String.class, sessionId);
        assertThat(missing).hasSize(3);

        // an expected child without a dossier at the desk: orange, one click (keyboard) opens the dossier and registers
        browser.open(sessionPath + "/desk?balie=1");
        browser.waitForFocus("scan-code");
        browser.keys(missing.get(0), Keys.ENTER);
        browser.waitForCount(By.cssSelector("#desk-scans li.scan-ORANGE"), 1);
        assertThat(browser.text(By.cssSelector("#desk-scans li:first-child")))
                .contains("Verwacht, nog geen dossier hier");
        browser.waitForCount(By.id("action-open-dossier"), 1);
        browser.keys(Keys.TAB, Keys.TAB);
        assertThat(browser.focusedId()).isEqualTo("action-open-dossier");
        browser.enterThrough(By.id("action-open-dossier"));
        browser.waitForFocus("scan-code");
        assertThat(browser.find(By.id("last-answer")).getAttribute("class")).contains("scan-GREEN");
        assertThat(browser.text(By.id("last-answer"))).contains("HPV dosis 1");

        // the other two in one action on the session page
        browser.open(sessionPath);
        assertThat(browser.all(By.cssSelector("#missing-list li"))).hasSize(2);
        browser.clickThrough(By.id("open-dossiers"));
        assertThat(browser.text(By.id("dossiers-opened"))).contains("2 dossiers geopend");
        assertThat(browser.all(By.id("missing-dossiers"))).isEmpty();

        // every expected child scanned as a scanner types: green, or orange with the reason
        List<String> expected = jdbc.queryForList(
                "select identifier from mass_expected_child where session_id = ? and identifier <> ?",
                String.class,
                sessionId,
                missing.get(0));
        browser.open(sessionPath + "/desk?balie=2");
        browser.waitForFocus("scan-code");
        StringBuilder scanner = new StringBuilder();
        expected.forEach(bsn -> scanner.append(bsn).append(Keys.ENTER));
        browser.keys(scanner.toString());
        browser.waitForCount(By.cssSelector("#desk-scans li.scan-GREEN, #desk-scans li.scan-ORANGE"), expected.size());
        assertThat(browser.all(By.cssSelector("#desk-scans li.scan-RED"))).isEmpty();
        for (WebElement orange : browser.all(By.cssSelector("#desk-scans li.scan-ORANGE"))) {
            assertThat(orange.getText()).as("orange says why").contains("Let op");
        }
        for (WebElement green : browser.all(By.cssSelector("#desk-scans li.scan-GREEN"))) {
            assertThat(green.getText()).as("green says which dose").contains("HPV dosis");
        }
        browser.waitForText(By.id("total-expectedSeen"), String.valueOf(list.children()));

        // an unknown child: red, with where to go next
        String unknown = Bsns.random().value();
        browser.keys(unknown, Keys.ENTER);
        browser.waitForCount(By.cssSelector("#desk-scans li.scan-RED"), 1);
        browser.waitForCount(By.id("action-unknown"), 1);
        assertThat(browser.text(By.id("desk-actions"))).contains("RIVM-kaart afdrukken");
        browser.clickThrough(By.id("action-unknown"));
        // the page is reached by ids only (a random UUID may hold nine digits in a row: look for the BSN itself)
        assertThat(browser.path()).doesNotContain(unknown);
        assertThat(browser.find(By.id("unknown-new-dossier")).isDisplayed()).isTrue();
        browser.clickThrough(By.id("unknown-card"));
        assertThat(browser.text(By.id("rivm-card"))).contains("CX241A");
        browser.open(sessionPath);
        assertThat(browser.text(By.id("unknown-children"))).contains("1 gescand zonder dossier hier");
    }
}
