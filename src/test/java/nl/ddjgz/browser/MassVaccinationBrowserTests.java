package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A mass vaccination session in a real browser: set up with the HPV batch, 100 call cards scanned as fast as a
 * keyboard-wedge scanner types (digits and Enter, no pauses), a duplicate, two scans kept in the browser during a network outage and sent when it is back, approval, and
 * the printed list.
 */
class MassVaccinationBrowserTests extends BrowserTests {

    @Test
    void hundredCardsScannedAtFullSpeedAreAllShownStoredAndApproved() {
        actAs("arts", "JGZ_PROFESSIONAL");
        List<ChildDossier> children = new ArrayList<>();
        for (int i = 0; i < 102; i++) {
            children.add(dossiers.open(Children.born(today.minusYears(10).minusDays(i % 300))));
        }

        browser.login("arts");
        browser.open("/massvaccination/new");
        browser.type(By.id("batch1"), "CX241A");
        browser.clickThrough(By.id("setup-submit"));
        assertThat(browser.text(By.id("session-facts"))).contains("CX241A", "Vooraf");
        browser.type(By.id("balie"), "2");
        browser.clickThrough(By.id("desk-open-submit"));
        browser.waitForFocus("scan-code");

        StringBuilder scanner = new StringBuilder();
        for (ChildDossier child : children.subList(0, 100)) {
            scanner.append(child.getBsn().value()).append(Keys.ENTER);
        }
        scanner.append(Keys.ENTER); // a repeated Enter is ignored
        browser.keys(scanner.toString());

        browser.waitForCount(By.cssSelector("#desk-scans li.scan-GREEN"), 100);
        assertThat(browser.all(By.cssSelector("#desk-scans li"))).hasSize(100);
        assertThat(browser.text(By.id("desk-scans")))
                .contains(children.get(0).fullName(), children.get(99).fullName());
        browser.waitForText(By.id("total-registered"), "100");
        UUID sessionId = jdbc.queryForObject(
                "select session_id from mass_scan where dossier_id = ?",
                UUID.class,
                children.get(0).getId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_scan where session_id = ? and counted", Integer.class, sessionId))
                .isEqualTo(100);

        browser.keys(children.get(5).getBsn().value(), Keys.ENTER);
        browser.waitForText(By.cssSelector("#desk-scans li:first-child"), "Al gescand om");
        assertThat(browser.text(By.cssSelector("#desk-scans li:first-child"))).contains("aan balie 2");

        // the server cannot be reached: the desk keeps scanning and keeps the scans in the browser
        browser.offline(true);
        browser.keys(
                children.get(100).getBsn().value(),
                Keys.ENTER,
                children.get(101).getBsn().value(),
                Keys.ENTER);
        browser.waitForCount(By.cssSelector("#desk-scans li.scan-PENDING"), 2);
        assertThat(browser.text(By.cssSelector("#desk-scans li:first-child"))).contains("Nog niet opgeslagen");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_scan where session_id = ? and counted", Integer.class, sessionId))
                .isEqualTo(100);
        browser.offline(false);
        browser.waitForCount(By.cssSelector("#desk-scans li.scan-GREEN"), 102);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_scan where session_id = ? and counted", Integer.class, sessionId))
                .isEqualTo(102);

        browser.open("/massvaccination/" + sessionId + "/review");
        assertThat(browser.text(By.id("review-counts"))).contains("102");
        browser.clickThrough(By.id("approve"));
        browser.waitForPath("/massvaccination/" + sessionId + "/print");
        assertThat(browser.text(By.id("flash"))).contains("Akkoord gegeven");
        assertThat(browser.all(By.cssSelector("#print-vaccinated tbody tr"))).hasSize(102);
        assertThat(jdbc.queryForObject("""
                        select count(*) from registry_message m join mass_scan s on s.contact_moment_id = m.contact_moment_id
                        where s.session_id = ? and m.state = 'QUEUED'
                        """, Integer.class, sessionId)).isEqualTo(102);
    }
}
