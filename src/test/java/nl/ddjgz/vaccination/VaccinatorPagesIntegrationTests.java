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

/**
 * Who vaccinated at the consultation desk: the assistant records the vaccinator (and the injection site) on the
 * contact moment, the professional approves; the review, the approved contact moment and the dossier's history show
 * the vaccinator apart from the professional who approved.
 */
@IntegrationTest
class VaccinatorPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void theVaccinatorIsRecordedApartFromTheApproverAndShownOnReviewMomentAndHistory() {
        ChildDossier child = dossiers.open(Children.born(today.minusMonths(4)));
        Visitor assistant = new Visitor(port);
        assistant.login("assistent", "demo-wachtwoord");
        assistant.get("/dossiers/" + child.getId());
        String moment = Visitor.location(assistant.post(
                "/dossiers/" + child.getId() + "/contactmoments",
                Map.of("activity", "ON_INDICATION", "date", today.toString())));
        assistant.get(moment);
        assistant.post(moment + "/lines", Map.of("vaccineType", "11"));
        Matcher line = Pattern.compile("/lines/([0-9a-f-]{36})/batch")
                .matcher(assistant.get(moment).body());
        assertThat(line.find()).isTrue();
        assistant.post(moment + "/lines/" + line.group(1) + "/batch", Map.of("batchNumber", "VX241A"));

        assistant.post(moment + "/vaccinator", Map.of("vaccinator", "J. de Vries", "injectionSite", "LEFT_THIGH"));
        HttpResponse<String> tooLong = assistant.post(moment + "/vaccinator", Map.of("vaccinator", "x".repeat(101)));
        assertThat(assistant.get(Visitor.location(tooLong)).body()).contains("hoogstens 100 tekens");

        Visitor doctor = new Visitor(port);
        doctor.login("arts", "demo-wachtwoord");
        doctor.get(moment);
        String review = doctor.get(moment + "/review").body();
        assertThat(review).contains("Gevaccineerd door J. de Vries, prikplaats linkerbovenbeen");
        Matcher version = Pattern.compile("name=\"version\" value=\"([0-9]+)\"").matcher(review);
        assertThat(version.find()).isTrue();
        doctor.post(moment + "/approve", Map.of("version", version.group(1)));

        assertThat(jdbc.queryForMap(
                        "select vaccinator, injection_site, approved_by, state from contact_moment where id = ?::uuid",
                        moment.substring("/contactmoments/".length())))
                .containsEntry("vaccinator", "J. de Vries")
                .containsEntry("injection_site", "LEFT_THIGH")
                .containsEntry("approved_by", "arts")
                .containsEntry("state", "APPROVED");
        assertThat(doctor.get(moment).body()).contains("Gevaccineerd door J. de Vries, prikplaats linkerbovenbeen");
        assertThat(doctor.get("/dossiers/" + child.getId()).body())
                .contains("(gevaccineerd door J. de Vries), linkerbovenbeen");
    }
}
