package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.SessionSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A shared tablet at the desk: the scans the server did not get are kept in the browser for the login that made them
 * only. After logging out they are gone, and the next user's desk never sends them, not even scans another login left
 * behind without logging out.
 */
class DeskScansLogoutBrowserTests extends BrowserTests {

    @Autowired
    SessionSetup sessionSetup;

    private static final String KEPT_SCANS =
            "return Object.keys(localStorage).filter(function (k) { return k.indexOf('ddjgz-mass-') === 0; })"
                    + ".map(function (k) { return k + '=' + localStorage.getItem(k); });";

    @AfterEach
    void letTheBrowserReachTheServerAgain() {
        browser.block();
    }

    @Test
    void unsentScansAreGoneAfterLogoutAndNeverSentUnderTheNextLogin() {
        actAs("arts", "JGZ_PROFESSIONAL");
        ChildDossier unsent = dossiers.open(Children.born(today.minusYears(10).minusDays(11)));
        ChildDossier leftBehind =
                dossiers.open(Children.born(today.minusYears(10).minusDays(12)));
        ChildDossier scannedLater =
                dossiers.open(Children.born(today.minusYears(10).minusDays(13)));
        MassVaccinationSession session = menAcwySessionToday(sessionSetup);
        SecurityContextHolder.clearContext();
        String deskPage = "/massvaccination/" + session.getId() + "/desk?balie=5";

        // the assistant scans while the scans cannot reach the server: kept in the browser
        browser.login("assistent");
        browser.open(deskPage);
        browser.waitForFocus("scan-code");
        browser.block("*/desk/scans*");
        browser.keys(unsent.getBsn().value(), Keys.ENTER);
        browser.waitForCount(By.cssSelector("#desk-scans li.scan-PENDING"), 1);
        assertThat(kept()).singleElement().asString().contains(unsent.getBsn().value());

        browser.logout();
        assertThat(kept()).as("nothing kept after logout").isEmpty();
        browser.block();

        // the nurse logs in on the same tablet; a scan some other login left behind (no logout) is in the browser
        browser.login("verpleegkundige");
        browser.script(
                "localStorage.setItem(arguments[0], arguments[1]);",
                "ddjgz-mass-an-earlier-login-" + session.getId() + "-5",
                "[{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"code\":\""
                        + leftBehind.getBsn().value() + "\",\"manual\":false}]");
        browser.open(deskPage);
        browser.waitForFocus("scan-code");
        browser.keys(scannedLater.getBsn().value(), Keys.ENTER);
        browser.waitForCount(By.cssSelector("#desk-scans li.scan-GREEN"), 1);

        assertThat(browser.all(By.cssSelector("#desk-scans li"))).hasSize(1);
        assertThat(kept()).as("the other login's scan is removed unsent").isEmpty();
        assertThat(jdbc.queryForList(
                        "select dossier_id from mass_scan where session_id = ?", java.util.UUID.class, session.getId()))
                .containsExactly(scannedLater.getId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where username = 'verpleegkundige' and dossier_id in (?, ?)",
                        Integer.class,
                        unsent.getId(),
                        leftBehind.getId()))
                .isZero();
    }

    @SuppressWarnings("unchecked")
    private static List<String> kept() {
        return (List<String>) browser.script(KEPT_SCANS);
    }
}
