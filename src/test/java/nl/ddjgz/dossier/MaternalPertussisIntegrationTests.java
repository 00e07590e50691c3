package nl.ddjgz.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The maternal pertussis vaccination recorded on the dossier over real HTTP: stored and audited, shown with the DKTP
 * schedule it leads to and why, and the schedule's proposals follow it; a date that does not fit the birth is refused
 * with a Dutch message and nothing is stored.
 */
@IntegrationTest
class MaternalPertussisIntegrationTests {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    /** Ten weeks old, no DKTP schedule chosen yet. */
    private ChildDossier baby() {
        return dossiers.open(Children.withDktpSchedule(Children.born(today.minusWeeks(10)), null));
    }

    private HttpResponse<String> record(Visitor nurse, ChildDossier child, Map<String, String> fields) {
        nurse.get("/dossiers/" + child.getId() + "/maternal-pertussis");
        return nurse.post("/dossiers/" + child.getId() + "/maternal-pertussis", new HashMap<>(fields));
    }

    private String dueTable(String page) {
        int start = page.indexOf("id=\"due-table\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</table>", start));
    }

    @Test
    void aVaccinationInTimeGivesTheStandardScheduleAndNoneGivesTheAdaptedOneWithTheFirstDoseAtTwoMonths() {
        ChildDossier child = baby();
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");

        // nothing recorded: the standard schedule is assumed, as before
        String before = nurse.get("/dossiers/" + child.getId()).body();
        assertThat(before).contains("Niet vastgelegd").doesNotContain("id=\"dktp-proposal\"");
        assertThat(dueTable(before)).doesNotContain("DKTP-Hib-Hepatitis B");

        HttpResponse<String> notGiven = record(nurse, child, Map.of("given", "NO"));
        assertThat(Visitor.location(notGiven)).isEqualTo("/dossiers/" + child.getId());
        String adapted = nurse.get("/dossiers/" + child.getId()).body();
        assertThat(adapted)
                .contains("De kinkhoestvaccinatie van de moeder is opgeslagen.")
                .contains("Nog niet gekozen: de module volgt het voorgestelde schema")
                .contains("3+1 schema (2-3-5-12 maanden)")
                .contains("De moeder is tijdens de zwangerschap niet gevaccineerd tegen kinkhoest.");
        assertThat(dueTable(adapted)).contains("DKTP-Hib-Hepatitis B");

        LocalDate vaccinated = child.getBirthDate().minusWeeks(12);
        record(nurse, child, Map.of("given", "YES", "date", vaccinated.toString()));
        String standard = nurse.get("/dossiers/" + child.getId()).body();
        assertThat(standard)
                .contains("Gegeven op " + vaccinated.format(SHOWN))
                .contains("2+1 schema (3-5-12 maanden)")
                .contains("De moeder is gevaccineerd op " + vaccinated.format(SHOWN)
                        + ", minstens 2 weken voor de geboorte.");
        assertThat(dueTable(standard)).doesNotContain("DKTP-Hib-Hepatitis B");

        Map<String, Object> stored = jdbc.queryForMap(
                "select maternal_pertussis, maternal_pertussis_date, maternal_pertussis_week, maternal_pertussis_by"
                        + " from child_dossier where id = ?",
                child.getId());
        assertThat(stored.get("maternal_pertussis")).isEqualTo("YES");
        assertThat(stored.get("maternal_pertussis_date")).isEqualTo(java.sql.Date.valueOf(vaccinated));
        assertThat(stored.get("maternal_pertussis_week")).isNull();
        assertThat(stored.get("maternal_pertussis_by")).isEqualTo("verpleegkundige");
        assertThat(jdbc.queryForList(
                        "select detail from audit_event where action = 'DOSSIER_UPDATE' and dossier_id = ?"
                                + " order by id",
                        String.class,
                        child.getId()))
                .containsExactly("maternal pertussis vaccination: NO", "maternal pertussis vaccination: YES, dated");
    }

    @Test
    void aVaccinationShortlyBeforeBirthByWeekGivesTheAdaptedScheduleWithTheReason() {
        ChildDossier child = baby();
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");

        record(nurse, child, Map.of("given", "YES", "pregnancyWeek", "38", "weeksAtBirth", "39"));

        String page = nurse.get("/dossiers/" + child.getId()).body();
        assertThat(page)
                .contains("Gegeven in week 38 van de zwangerschap")
                .contains("3+1 schema (2-3-5-12 maanden)")
                .contains("De moeder is gevaccineerd in week 38 van de zwangerschap, minder dan 2 weken voor de"
                        + " geboorte na 39 weken.");
        assertThat(dueTable(page)).contains("DKTP-Hib-Hepatitis B");
    }

    @Test
    void aDateAfterTheBirthIsRefusedInDutchAndNothingIsStored() {
        ChildDossier child = baby();
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");

        HttpResponse<String> refused = record(
                nurse,
                child,
                Map.of("given", "YES", "date", child.getBirthDate().plusDays(3).toString()));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("De datum ligt na de geboortedatum: een vaccinatie tijdens de zwangerschap was vóór de"
                        + " geboorte.");
        assertThat(record(nurse, child, Map.of("given", "YES")).body())
                .contains("Vul de datum van de vaccinatie in, of de week van de zwangerschap.");
        assertThat(jdbc.queryForObject(
                        "select maternal_pertussis from child_dossier where id = ?", String.class, child.getId()))
                .isNull();
    }
}
