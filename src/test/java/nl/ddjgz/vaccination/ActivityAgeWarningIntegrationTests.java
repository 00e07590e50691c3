package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starting a contact moment whose W0188 activity does not fit the child's age: the dossier warns in Dutch and nothing
 * is started until the professional confirms; with the confirmation it is started (and the audit line says so).
 */
@IntegrationTest
class ActivityAgeWarningIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private int moments(ChildDossier child) {
        return jdbc.queryForObject(
                "select count(*) from contact_moment where dossier_id = ?", Integer.class, child.getId());
    }

    private HttpResponse<String> start(Visitor nurse, ChildDossier child, String activity, boolean confirm) {
        Map<String, String> form = new HashMap<>(Map.of("activity", activity, "date", today.toString()));
        if (confirm) {
            form.put("confirmAge", "true");
        }
        return nurse.post("/dossiers/" + child.getId() + "/contactmoments", form);
    }

    @Test
    void anActivityThatDoesNotFitTheAgeIsStartedOnlyAfterTheProfessionalConfirmsIt() {
        ChildDossier baby = dossiers.open(Children.born(today.minusMonths(4).minusDays(3)));
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");
        nurse.get("/dossiers/" + baby.getId());

        HttpResponse<String> refused = start(nurse, baby, "CONTACT_12_18_YEARS", false);
        assertThat(Visitor.location(refused)).isEqualTo("/dossiers/" + baby.getId());
        assertThat(moments(baby)).isZero();
        String page = nurse.get("/dossiers/" + baby.getId()).body();
        assertThat(page)
                .contains("Het contactmoment &#39;Contact 12 tot 18 jaar&#39; past niet bij de leeftijd van het kind"
                        + " (4 maanden); bij die leeftijd hoort &#39;Contact 2 weken tot 6 maanden&#39;."
                        + " Er is nog niets gestart.")
                .contains("id=\"confirm-age\"")
                .contains("name=\"activity\" value=\"CONTACT_12_18_YEARS\"");

        // the confirmation form posted without the tick: still nothing
        start(nurse, baby, "CONTACT_12_18_YEARS", false);
        assertThat(moments(baby)).isZero();

        HttpResponse<String> confirmed = start(nurse, baby, "CONTACT_12_18_YEARS", true);
        assertThat(Visitor.location(confirmed)).startsWith("/contactmoments/");
        assertThat(jdbc.queryForObject(
                        "select activity from contact_moment where dossier_id = ?", String.class, baby.getId()))
                .isEqualTo("41");
        assertThat(jdbc.queryForObject(
                        "select detail from audit_event where action = 'CONTACT_MOMENT_START' and dossier_id = ?",
                        String.class,
                        baby.getId()))
                .isEqualTo("activity 41, not fitting the age: confirmed");
    }

    @Test
    void theFittingActivityAndAnActivityChosenByHandStartWithoutAWarning() {
        ChildDossier nineYearOld =
                dossiers.open(Children.born(today.minusYears(9).minusMonths(2)));
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");
        nurse.get("/dossiers/" + nineYearOld.getId());

        assertThat(Visitor.location(start(nurse, nineYearOld, "CONTACT_4_12_YEARS", false)))
                .startsWith("/contactmoments/");
        nurse.get("/dossiers/" + nineYearOld.getId());
        assertThat(Visitor.location(start(nurse, nineYearOld, "ON_INDICATION", false)))
                .startsWith("/contactmoments/");
        assertThat(moments(nineYearOld)).isEqualTo(2);
        assertThat(nurse.get("/dossiers/" + nineYearOld.getId()).body()).doesNotContain("id=\"age-warning\"");
    }
}
