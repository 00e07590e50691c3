package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a nurse clicks at the desk: she records that the mother was not vaccinated against pertussis in pregnancy and
 * the dossier proposes the 3+1 DKTP schedule with its first dose now; she picks a contact moment that does not fit the
 * baby's age, is warned, and starts it only after confirming.
 */
class DeskWarningsBrowserTests extends BrowserTests {

    @Autowired
    Clock clock;

    /** Ten weeks old, no DKTP schedule chosen yet. */
    private ChildDossier baby() {
        return dossiers.open(
                Children.withDktpSchedule(Children.born(LocalDate.now(clock).minusWeeks(10)), null));
    }

    @Test
    void theMothersPertussisVaccinationDecidesTheProposedDktpSchedule() {
        ChildDossier child = baby();
        browser.login("verpleegkundige");
        browser.open("/dossiers/" + child.getId());
        assertThat(browser.text(By.id("maternal-pertussis"))).isEqualTo("Niet vastgelegd");
        assertThat(browser.all(By.cssSelector("#due-table td.vaccine")))
                .extracting(e -> e.getText())
                .doesNotContain("DKTP-Hib-Hepatitis B");

        browser.click(By.id("maternal-pertussis-link"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kinkhoestvaccinatie van de moeder");
        browser.click(By.cssSelector("input[name='given'][value='NO']"));
        browser.click(By.id("maternal-pertussis-submit"));

        assertThat(browser.text(By.id("flash"))).isEqualTo("De kinkhoestvaccinatie van de moeder is opgeslagen.");
        assertThat(browser.text(By.id("maternal-pertussis"))).isEqualTo("Nee");
        assertThat(browser.text(By.id("dktp-proposal")))
                .isEqualTo("3+1 schema (2-3-5-12 maanden) De moeder is tijdens de zwangerschap niet gevaccineerd tegen"
                        + " kinkhoest.");
        // the adapted schedule's first DKTP-Hib-HepB dose at 2 months is now proposed
        assertThat(browser.all(By.cssSelector("#due-table td.vaccine")))
                .extracting(e -> e.getText())
                .contains("DKTP-Hib-Hepatitis B");
    }

    @Test
    void aContactMomentThatDoesNotFitTheAgeStartsOnlyAfterTheNurseConfirms() {
        ChildDossier child = baby();
        browser.login("verpleegkundige");
        browser.open("/dossiers/" + child.getId());

        browser.select(By.id("activity"), "CONTACT_4_12_YEARS");
        browser.click(By.id("start-contact-moment-submit"));

        assertThat(browser.text(By.id("age-warning-text")))
                .startsWith("Het contactmoment 'Contact 4 tot 12 jaar' past niet bij de leeftijd van het kind"
                        + " (2 maanden); bij die leeftijd hoort 'Contact 2 weken tot 6 maanden'.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_moment where dossier_id = ?", Integer.class, child.getId()))
                .isZero();

        browser.click(By.id("confirm-age"));
        browser.clickThrough(By.id("confirm-age-submit"));

        assertThat(browser.path()).startsWith("/contactmoments/");
        assertThat(browser.text(By.id("moment-facts"))).contains("Contact 4 tot 12 jaar");
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_moment where dossier_id = ?", Integer.class, child.getId()))
                .isEqualTo(1);
    }
}
