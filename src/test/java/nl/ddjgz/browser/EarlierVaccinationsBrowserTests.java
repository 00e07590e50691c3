package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A nurse sees why a transferred nine-year-old gets only the catch-up vaccinations, enters the child's vaccination
 * booklet on the dossier (a wrong date is refused and nothing is stored), and the schedule then counts it.
 */
class EarlierVaccinationsBrowserTests extends BrowserTests {

    /**
     * How a person types a date into the date field: headless Chromium lays it out month first whatever its
     * {@code --lang} (measured: "03062017" became 6 March).
     */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MMddyyyy");

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    Clock clock;

    private ChildDossier nineYearOld() {
        actAs("verpleegkundige", "JGZ_PROFESSIONAL");
        LocalDate today = LocalDate.now(clock);
        return dossiers.open(Children.born(today.minusYears(9).minusMonths(6)));
    }

    private void row(int i, LocalDate date, String type, String place, String batch) {
        browser.type(By.id("rows" + i + ".date"), date.format(TYPED));
        browser.select(By.id("rows" + i + ".vaccineType"), type);
        browser.type(By.id("rows" + i + ".place"), place);
        if (batch != null) {
            browser.type(By.id("rows" + i + ".batchNumber"), batch);
        }
    }

    private int stored(ChildDossier child) {
        return jdbc.queryForObject(
                "select count(*) from earlier_vaccination where dossier_id = ?", Integer.class, child.getId());
    }

    @Test
    void aNurseEntersTheBookletOfATransferredChildAndTheScheduleCountsIt() {
        ChildDossier child = nineYearOld();
        LocalDate birth = child.getBirthDate();
        browser.login("verpleegkundige");
        browser.open("/dossiers/" + child.getId());

        // without history: only the catch-up, each line with its reason, and why the rest is not proposed
        assertThat(browser.all(By.cssSelector("#due-table tbody tr td.vaccine")))
                .extracting(e -> e.getText())
                .containsExactlyInAnyOrder("DKTP-Hib-Hepatitis B", "BMR", "MenACWY");
        assertThat(browser.text(By.id("due-table")))
                .contains("Inhaalschema van het RIVM (serie laat gestart), dosis 1");
        assertThat(browser.text(By.id("due-table"))).contains("Achterstallig sinds");
        assertThat(browser.text(By.id("not-proposed-table")))
                .contains("Pneu")
                .contains("Te laat: wordt niet gegeven vanaf de leeftijd van 2 jaar")
                .contains("Vervalt: het inhaalschema van DKTP-Hib-Hepatitis B maakt deze vaccinatie overbodig");

        browser.click(By.id("earlier-link"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Eerder gegeven vaccinaties invoeren");
        browser.select(By.id("source"), "BOOKLET");
        row(0, birth.plusMonths(2), "11", "Consultatiebureau Rabat", "AB12");
        row(1, birth.plusMonths(3), "11", "Consultatiebureau Rabat", null);
        row(2, birth.plusMonths(4), "11", "Consultatiebureau Rabat", null);
        row(3, birth.plusMonths(11), "11", "Consultatiebureau Rabat", null);
        row(4, birth.minusDays(3), "04", "Consultatiebureau Rabat", null);
        browser.click(By.id("earlier-submit"));

        // a date before birth: refused at its row with the reason, nothing stored, the entries stay on the page
        assertThat(browser.text(By.id("rows4.date-error")))
                .isEqualTo("De datum " + birth.minusDays(3).format(SHOWN) + " ligt vóór de geboortedatum ("
                        + birth.format(SHOWN) + "); er is niets opgeslagen.");
        assertThat(stored(child)).isZero();
        assertThat(browser.find(By.id("rows0.batchNumber")).getAttribute("value"))
                .isEqualTo("AB12");

        browser.type(By.id("rows4.date"), birth.plusMonths(14).format(TYPED));
        row(5, birth.plusMonths(14), "28", "Consultatiebureau Rabat", null);
        browser.click(By.id("earlier-submit"));

        assertThat(browser.text(By.id("flash")))
                .isEqualTo("De eerder gegeven vaccinaties zijn opgeslagen. Ze gaan niet naar het register.");
        assertThat(stored(child)).isEqualTo(6);
        assertThat(browser.all(By.cssSelector("#earlier-table tbody tr"))).hasSize(6);
        assertThat(browser.text(By.id("earlier-table")))
                .contains("Vaccinatieboekje")
                .contains("AB12");
        // the schedule counts the booklet: the infant series and MenACWY are complete, no catch-up any more
        assertThat(browser.all(By.cssSelector("#due-table tbody tr td.vaccine")))
                .extracting(e -> e.getText())
                .doesNotContain("DKTP-Hib-Hepatitis B", "MenACWY");
        assertThat(jdbc.queryForObject(
                        "select count(*) from registry_message where dossier_id = ?", Integer.class, child.getId()))
                .isZero();
    }
}
