package nl.ddjgz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk finds a child by scanning the BSN and sees the dossier; the administrator then finds that look-up in the
 * audit trail. And an assistant who tries an admin page gets the Dutch "no access" page.
 */
class FindChildBrowserTests extends BrowserTests {

    /** The demo child with the easy BSN. */
    private static final String KNOWN_BSN = "111222333";

    @Autowired
    Clock clock;

    @Test
    void professionalFindsChildByScannedBsnAndTheAdministratorSeesItInTheAuditTrail() {
        Child child = knownChild();

        browser.login("arts");
        browser.waitForPath("/dossiers");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kind zoeken");

        // a scanner types the digits and ends with Enter
        browser.type(By.id("bsn"), KNOWN_BSN, Keys.ENTER);

        assertThat(browser.text(By.id("child-name"))).isEqualTo(child.fullName());
        assertThat(browser.title()).isEqualTo("Dossier " + child.fullName());
        assertThat(browser.text(By.id("dossier-number"))).isEqualTo(child.number());
        assertThat(browser.text(By.id("bsn"))).isEqualTo(KNOWN_BSN);
        assertThat(browser.text(By.cssSelector("#due h2")))
                .isEqualTo("Vaccinaties volgens het RVP op "
                        + LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        List<WebElement> dueTable = browser.all(By.id("due-table"));
        if (dueTable.isEmpty()) {
            assertThat(browser.text(By.id("due-none"))).isEqualTo("Er zijn vandaag geen vaccinaties aan de beurt.");
        } else {
            assertThat(browser.all(By.cssSelector("#due-table tbody tr td.vaccine")))
                    .isNotEmpty()
                    .allSatisfy(vaccine -> assertThat(vaccine.getText()).isNotBlank());
        }
        assertThat(browser.text(By.cssSelector("#consent h2"))).isEqualTo("Toestemming uitwisseling gegevens met RIVM");

        browser.logout();
        assertThat(browser.text(By.cssSelector("p.flash"))).isEqualTo("U bent afgemeld.");

        browser.login("beheerder");
        browser.waitForPath("/admin");
        browser.clickThrough(By.id("audit-link"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Logging (audit trail)");
        browser.type(By.id("dossierNumber"), child.number());
        browser.type(By.id("username"), "arts");
        browser.clickThrough(By.id("audit-submit"));

        List<WebElement> rows = rowsOf(browser.find(By.id("audit-events")));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.findElement(By.cssSelector("td.dossier")).getText()).isEqualTo(child.number());
            assertThat(row.findElement(By.cssSelector("td:nth-child(2)")).getText())
                    .isEqualTo("arts");
        });
        assertThat(rows)
                .as("a line 'Dossier ingezien' for dossier %s by arts", child.number())
                .anySatisfy(row -> assertThat(
                                row.findElement(By.cssSelector("td.action")).getText())
                        .isEqualTo("Dossier ingezien"));
    }

    @Test
    void assistantWhoOpensTheUserAdministrationSeesNoAccess() {
        browser.login("assistent");
        browser.waitForPath("/dossiers");

        browser.open("/admin/users");

        assertThat(browser.text(By.id("error-title"))).isEqualTo("Geen toegang");
        assertThat(browser.text(By.cssSelector("main p")))
                .isEqualTo("U heeft geen toegang tot deze pagina. Deze poging is vastgelegd.");
        assertThat(browser.all(By.linkText("Gebruikers"))).isEmpty();
    }

    private static List<WebElement> rowsOf(WebElement table) {
        return table.findElements(By.cssSelector("tbody tr"));
    }

    /** What the dossier page of the known demo child must show, straight from the database. */
    private Child knownChild() {
        return jdbc.queryForObject(
                "select given_names, name_prefix, family_name, dossier_number from child_dossier where bsn = ?",
                (rs, n) -> new Child(
                        rs.getString("given_names"),
                        rs.getString("name_prefix"),
                        rs.getString("family_name"),
                        rs.getString("dossier_number")),
                KNOWN_BSN);
    }

    private record Child(String givenNames, String namePrefix, String familyName, String number) {

        String fullName() {
            return namePrefix == null || namePrefix.isEmpty()
                    ? givenNames + " " + familyName
                    : givenNames + " " + namePrefix + " " + familyName;
        }
    }
}
