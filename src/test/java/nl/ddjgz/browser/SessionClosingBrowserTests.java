package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.ScanDesk;
import nl.ddjgz.massvaccination.SessionSetup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A professional at the review page of a mass session: takes a child out, puts it back, takes it out again, approves
 * (the messages wait: "berichten worden verzonden na afsluiten"), takes out one more child who was not vaccinated
 * after all, closes the session; the child's dossier shows its removals.
 */
class SessionClosingBrowserTests extends BrowserTests {

    @Autowired
    SessionSetup sessionSetup;

    @Autowired
    ScanDesk scanDesk;

    private static By removeButton(UUID scanId) {
        return By.xpath("//select[@id='reason-" + scanId + "']/following-sibling::button");
    }

    private Map<String, Object> message(UUID scanId) {
        return jdbc.queryForMap("""
                        select m.state, m.next_attempt_at from mass_scan s
                        join registry_message m on m.contact_moment_id = s.contact_moment_id
                        where s.id = ? order by m.queued_at desc limit 1
                        """, scanId);
    }

    @Test
    void takeOutPutBackApproveTakeOutAgainAndCloseAsAProfessionalClicksIt() {
        actAs("arts", "JGZ_PROFESSIONAL");
        MassVaccinationSession session = menAcwySessionToday(sessionSetup);
        List<ChildDossier> children = List.of(
                dossiers.open(Children.born(today.minusYears(10).minusDays(11))),
                dossiers.open(Children.born(today.minusYears(10).minusDays(12))),
                dossiers.open(Children.born(today.minusYears(10).minusDays(13))));
        List<UUID> scans = children.stream()
                .map(c -> scanDesk.scan(
                                session.getId(),
                                UUID.randomUUID(),
                                "1",
                                c.getBsn().value(),
                                false)
                        .orElseThrow()
                        .scanId())
                .toList();
        String review = "/massvaccination/" + session.getId() + "/review";
        UUID ill = scans.get(1);

        browser.login("arts");
        browser.open(review);
        browser.select(By.id("reason-" + ill), "ILL");
        browser.clickThrough(removeButton(ill));
        assertThat(browser.text(By.id("flash"))).contains("uit de sessie gehaald");
        assertThat(browser.text(By.id("review-removed")))
                .contains(children.get(1).fullName(), "Ziek", "door arts op");

        browser.clickThrough(By.id("put-back-" + ill));
        assertThat(browser.text(By.id("flash"))).contains("weer in de sessie");
        assertThat(browser.text(By.id("review-children")))
                .contains(children.get(1).fullName(), "teruggezet door arts op");

        browser.select(By.id("reason-" + ill), "ABSENT");
        browser.clickThrough(removeButton(ill));
        browser.clickThrough(By.id("approve"));
        browser.waitForPath("/massvaccination/" + session.getId() + "/print");
        assertThat(browser.text(By.id("flash"))).contains("verzonden na afsluiten van de sessie");
        assertThat(browser.text(By.id("held-notice"))).contains("berichten worden verzonden na afsluiten");
        browser.open("/massvaccination/" + session.getId());
        assertThat(browser.text(By.id("held-notice"))).contains("berichten worden verzonden na afsluiten");
        assertThat(message(scans.get(0))).containsEntry("state", "QUEUED").containsEntry("next_attempt_at", null);

        // after approval, before closing: the third child was not vaccinated after all
        browser.open(review);
        UUID refused = scans.get(2);
        browser.select(By.id("reason-" + refused), "REFUSED");
        browser.clickThrough(removeButton(refused));
        assertThat(browser.text(By.id("review-removed")))
                .contains(children.get(2).fullName(), "Ter plekke geweigerd");
        assertThat(message(refused)).containsEntry("state", "WITHDRAWN");

        browser.clickThrough(By.id("close-session"));
        assertThat(browser.text(By.id("flash"))).contains("De sessie is afgesloten");
        assertThat(browser.text(By.id("closed-notice"))).contains("Afgesloten door arts");
        assertThat(browser.all(By.id("close-session"))).isEmpty();
        assertThat(browser.all(By.cssSelector(".put-back-form"))).isEmpty();
        assertThat(message(scans.get(0)).get("next_attempt_at")).isNotNull();
        assertThat(message(refused)).containsEntry("state", "WITHDRAWN");

        browser.open("/dossiers/" + children.get(1).getId());
        String sessionDate = today.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        assertThat(browser.text(By.id("mass-removals")))
                .contains("Uit sessie " + sessionDate, "reden: Afwezig", "reden: Ziek: uitstel", "Teruggezet op");
    }
}
