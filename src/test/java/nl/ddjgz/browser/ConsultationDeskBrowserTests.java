package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.schedule.ContactActivity;
import nl.ddjgz.vaccination.ContactMoment;
import nl.ddjgz.vaccination.ContactMoments;
import nl.ddjgz.vaccination.DeskApproval;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consultation desk in a real browser, keyboard only: register a vaccination (batch numbers typed with the
 * instant check, approve), an objection, and a correction before dispatch.
 */
class ConsultationDeskBrowserTests extends BrowserTests {

    /** Demo batch numbers of the demo list (valid for months). */
    @Autowired
    ContactMoments contactMoments;

    @Autowired
    DeskApproval deskApproval;

    private ChildDossier baby() {
        return dossiers.open(Children.born(today.minusMonths(3).minusDays(2)));
    }

    private List<Map<String, Object>> messagesOf(ChildDossier child) {
        return jdbc.queryForList(
                "select state, content::text as content from registry_message where dossier_id = ? order by queued_at",
                child.getId());
    }

    /** Scans the child's BSN at the search page (digits + Enter) and lands on the dossier. */
    private void openDossierByScan(ChildDossier child) {
        browser.open("/dossiers");
        browser.waitForFocus("bsn");
        browser.keysThrough(child.getBsn().value());
        assertThat(browser.text(By.id("child-name"))).isEqualTo(child.fullName());
    }

    @Test
    void aVaccinationIsRegisteredAndApprovedWithTheKeyboardOnly() {
        ChildDossier child = baby();
        browser.login("verpleegkundige");
        openDossierByScan(child);

        browser.enterThrough(By.id("start-contact-moment-submit"));
        assertThat(browser.text(By.id("contact-moment-title"))).contains(child.fullName());

        assertThat(typeEachBatchNumber()).contains("11", "08");

        browser.enterThrough(By.id("to-review"));
        assertThat(browser.text(By.id("review-table"))).contains("VX241A", "Ja, met BSN");
        browser.enterThrough(By.id("approve"));

        assertThat(browser.text(By.id("flash"))).contains("Akkoord");
        assertThat(browser.text(By.id("message-state"))).contains("wachtrij");
        assertThat(messagesOf(child)).singleElement().satisfies(m -> {
            assertThat(m.get("state")).isEqualTo("QUEUED");
            assertThat((String) m.get("content")).contains("VX241A", "PR241A");
        });
    }

    @Test
    void aPrincipledObjectionIsRegisteredInsteadOfABatchNumber() {
        ChildDossier child = baby();
        browser.login("arts");
        openDossierByScan(child);

        browser.find(By.id("activity")).sendKeys("Contact op indicatie");
        browser.enterThrough(By.id("start-contact-moment-submit"));
        assertThat(browser.text(By.id("no-lines"))).contains("Kies hieronder zelf de vaccinsoort");

        browser.find(By.id("vaccineType")).sendKeys("BMR");
        browser.enterThrough(By.id("add-vaccine-type-submit"));

        browser.find(By.cssSelector("#line-04 summary")).sendKeys(Keys.ENTER);
        browser.find(By.id("reason-PRINCIPLED-04")).sendKeys(Keys.SPACE);
        browser.find(By.id("scope-TODAY-04")).sendKeys(Keys.SPACE);
        browser.enterThrough(By.id("objection-submit-04"));
        assertThat(browser.text(By.cssSelector("#line-04 .line-outcome"))).contains("Principieel bezwaar");

        browser.enterThrough(By.id("to-review"));
        browser.enterThrough(By.id("approve"));
        assertThat(browser.text(By.id("flash"))).contains("Akkoord");
        assertThat(messagesOf(child))
                .singleElement()
                .satisfies(m -> assertThat((String) m.get("content"))
                        .contains("\"objectionReason\": \"2\"")
                        .contains("\"batchNumber\": null"));
    }

    @Test
    void aRegistrationStillInTheQueueIsCorrectedAndApprovedAgain() {
        ChildDossier child = baby();
        actAs("arts", "JGZ_PROFESSIONAL");
        ContactMoment moment = contactMoments.start(child.getId(), ContactActivity.ON_INDICATION, today, null);
        contactMoments.addVaccineType(moment.getId(), "11");
        UUID line = contactMoments.get(moment.getId()).getLines().get(0).getId();
        contactMoments.registerBatch(moment.getId(), line, "VX242A", false, false, null);
        deskApproval.approve(moment.getId(), contactMoments.get(moment.getId()).getVersion());

        browser.login("arts");
        browser.open("/queue?mine=true");
        assertThat(browser.text(By.id("queue-table"))).contains(child.fullName());
        browser.open("/contactmoments/" + moment.getId());
        browser.enterThrough(By.id("correct"));
        assertThat(browser.text(By.id("flash"))).contains("uit de verzending gehaald");

        browser.type(By.id("batch-11"), "VX243A");
        browser.waitForText(By.cssSelector("#line-11 .batch-help"), "Bekend en geldig");
        browser.keysThrough("");
        browser.enterThrough(By.id("to-review"));
        browser.enterThrough(By.id("approve"));

        assertThat(messagesOf(child)).extracting(m -> m.get("state")).containsExactly("WITHDRAWN", "QUEUED");
        assertThat((String) messagesOf(child).get(1).get("content"))
                .contains("VX243A")
                .doesNotContain("VX242A");
    }
}
