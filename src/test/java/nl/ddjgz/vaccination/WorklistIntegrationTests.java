package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The day's worklist over real HTTP: what was started and approved at a location today, and who may see it. */
@IntegrationTest
class WorklistIntegrationTests {

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

    /** Starts a contact moment at the location today with a DKTP-Hib-HepB line given from batch VX241A. */
    private String startWithDktp(Visitor visitor, ChildDossier child) {
        visitor.get("/dossiers/" + child.getId());
        String moment = Visitor.location(visitor.post(
                "/dossiers/" + child.getId() + "/contactmoments",
                Map.of(
                        "activity",
                        "ON_INDICATION",
                        "date",
                        today.toString(),
                        "locationId",
                        String.valueOf(location()))));
        assertThat(moment).startsWith("/contactmoments/");
        visitor.get(moment);
        visitor.post(moment + "/lines", Map.of("vaccineType", "11"));
        Matcher line = Pattern.compile("/lines/([0-9a-f-]{36})/batch")
                .matcher(visitor.get(moment).body());
        assertThat(line.find()).isTrue();
        visitor.post(moment + "/lines/" + line.group(1) + "/batch", Map.of("batchNumber", "VX241A"));
        return moment;
    }

    private static String row(String page, String moment) {
        String id = moment.substring("/contactmoments/".length());
        int start = page.indexOf("id=\"worklist-" + id + "\"");
        assertThat(start).as("row of contact moment " + id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void theDayShowsBothChildrenWithWhereTheirRegistrationStandsAndAuditsEachChild() {
        ChildDossier approvedChild = dossiers.open(Children.born(today.minusMonths(4)));
        ChildDossier draftChild = dossiers.open(Children.born(today.minusMonths(5)));
        Visitor doctor = new Visitor(port);
        doctor.login("arts", "demo-wachtwoord");
        String approved = startWithDktp(doctor, approvedChild);
        String draft = startWithDktp(doctor, draftChild);
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(doctor.get(approved + "/review").body());
        assertThat(version.find()).isTrue();
        assertThat(Visitor.location(doctor.post(approved + "/approve", Map.of("version", version.group(1)))))
                .isEqualTo(approved);

        HttpResponse<String> response = doctor.get("/worklist?location=" + location() + "&date=" + today);
        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page)
                .contains("Werklijst " + today.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                        + ", Consultatiebureau Utrecht-Zuid");
        assertThat(page)
                .doesNotContain(approvedChild.getBsn().value())
                .doesNotContain(draftChild.getBsn().value());

        String approvedRow = row(page, approved);
        assertThat(approvedRow)
                .contains(approvedChild.getFamilyName())
                .contains(
                        approvedChild.getBirthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                .contains("In de wachtrij")
                .contains("Gegeven (VX241A)")
                .doesNotContain("Wacht op akkoord");
        String draftRow = row(page, draft);
        assertThat(draftRow)
                .contains(draftChild.getFamilyName())
                .contains("Wacht op akkoord")
                .contains("Gegeven (VX241A)")
                .doesNotContain("In de wachtrij");

        // without a choice: today, at the location of the user's last contact moment
        assertThat(doctor.get("/worklist").body()).contains("id=\"worklist-" + draft.substring(16) + "\"");

        for (ChildDossier child : new ChildDossier[] {approvedChild, draftChild}) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_event where action = 'DOSSIER_READ' and username = 'arts'"
                                    + " and dossier_id = ? and detail = ?",
                            Long.class,
                            child.getId(),
                            "worklist " + today + " location " + location()))
                    .isEqualTo(2);
        }
    }

    @Test
    void anAssistantSeesTheListAndTheAdministratorAloneIsRefused() {
        Visitor assistant = new Visitor(port);
        assistant.login("assistent", "demo-wachtwoord");
        HttpResponse<String> list = assistant.get("/worklist");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/worklist\"").contains("id=\"worklist-counts\"");

        Visitor administrator = new Visitor(port);
        administrator.login("beheerder", "demo-wachtwoord");
        HttpResponse<String> refused = administrator.get("/worklist?location=" + location());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Geen toegang");
        assertThat(administrator.get("/").body()).doesNotContain("href=\"/worklist\"");
    }
}
