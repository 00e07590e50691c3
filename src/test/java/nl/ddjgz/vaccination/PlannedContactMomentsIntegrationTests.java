package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * A contact moment planned on the dossier (date, location) over real HTTP: stored and audited, listed on the dossier,
 * and on the worklist of that day with what is due, until the contact moment is started; a date in the past is
 * refused in Dutch and nothing is stored.
 */
@IntegrationTest
class PlannedContactMomentsIntegrationTests {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private long location() {
        return jdbc.queryForObject("select id from location where code = 'CB-ZUID'", Long.class);
    }

    private void plan(Visitor nurse, ChildDossier child, LocalDate date) {
        nurse.get("/dossiers/" + child.getId());
        assertThat(Visitor.location(nurse.post(
                        "/dossiers/" + child.getId() + "/planned-contactmoments",
                        Map.of("date", date.toString(), "locationId", String.valueOf(location())))))
                .isEqualTo("/dossiers/" + child.getId() + "#planned");
    }

    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("row " + id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private int planned(ChildDossier child) {
        return jdbc.queryForObject(
                "select count(*) from planned_contact_moment where dossier_id = ?", Integer.class, child.getId());
    }

    @Test
    void aPlannedContactMomentIsOnTheWorklistOfItsDayWithWhatIsDue() {
        ChildDossier baby = dossiers.open(Children.born(today.minusMonths(4)));
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");
        LocalDate tomorrow = today.plusDays(1);

        plan(nurse, baby, tomorrow);

        String dossier = nurse.get("/dossiers/" + baby.getId()).body();
        assertThat(dossier)
                .contains("Het contactmoment is gepland; het staat op de werklijst van die dag.")
                .contains("Op " + tomorrow.format(SHOWN) + ", Consultatiebureau Utrecht-Zuid");
        assertThat(planned(baby)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select detail from audit_event where action = 'CONTACT_MOMENT_PLAN' and dossier_id = ?",
                        String.class,
                        baby.getId()))
                .isEqualTo("planned " + tomorrow + " location " + location());

        String worklist = nurse.get("/worklist?location=" + location() + "&date=" + tomorrow)
                .body();
        assertThat(row(worklist, "worklist-planned-" + baby.getId()))
                .contains(baby.getFamilyName())
                .contains("Gepland, nog niet gestart")
                .contains("Contact 2 weken tot 6 maanden")
                .contains("DKTP-Hib-Hepatitis B, dosis 1")
                .contains("href=\"/dossiers/" + baby.getId() + "\"");
        assertThat(worklist).doesNotContain(baby.getBsn().value());
        // not on another day
        assertThat(nurse.get("/worklist?location=" + location() + "&date=" + today.plusDays(2))
                        .body())
                .doesNotContain("worklist-planned-" + baby.getId());
    }

    @Test
    void onceTheContactMomentIsStartedItTakesThePlaceOfTheAppointment() {
        ChildDossier baby = dossiers.open(Children.born(today.minusMonths(4)));
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");
        plan(nurse, baby, today);
        assertThat(nurse.get("/worklist?location=" + location() + "&date=" + today)
                        .body())
                .contains("id=\"worklist-planned-" + baby.getId() + "\"");

        nurse.get("/dossiers/" + baby.getId());
        String moment = Visitor.location(nurse.post(
                "/dossiers/" + baby.getId() + "/contactmoments",
                Map.of(
                        "activity",
                        "CONTACT_2_WEEKS_6_MONTHS",
                        "date",
                        today.toString(),
                        "locationId",
                        String.valueOf(location()))));
        assertThat(moment).startsWith("/contactmoments/");

        String worklist =
                nurse.get("/worklist?location=" + location() + "&date=" + today).body();
        assertThat(worklist)
                .doesNotContain("id=\"worklist-planned-" + baby.getId() + "\"")
                .contains("id=\"worklist-" + moment.substring("/contactmoments/".length()) + "\"");
    }

    @Test
    void aDateInThePastIsRefusedInDutchAndNothingIsStored() {
        ChildDossier baby = dossiers.open(Children.born(today.minusMonths(4)));
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");
        nurse.get("/dossiers/" + baby.getId());

        nurse.post(
                "/dossiers/" + baby.getId() + "/planned-contactmoments",
                Map.of("date", today.minusDays(1).toString(), "locationId", String.valueOf(location())));

        assertThat(nurse.get("/dossiers/" + baby.getId()).body())
                .contains("Een afspraak kan niet in het verleden worden gepland.");
        assertThat(planned(baby)).isZero();
    }
}
