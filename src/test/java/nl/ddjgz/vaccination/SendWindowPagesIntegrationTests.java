package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.organisation.SendWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The send window as people use it over HTTP: the administrator sets it (checked, Dutch message), an approved message
 * says when it leaves on the contact moment and the queue page, and a professional sends it now.
 */
@IntegrationTest
class SendWindowPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    OrganisationSettings organisation;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private SendWindow window;

    @BeforeEach
    void rememberTheSendWindow() {
        window = organisation.sendWindow();
    }

    @AfterEach
    void restore() {
        organisation.updateSendWindow(window);
    }

    private Visitor loggedIn(String user) {
        Visitor visitor = new Visitor(port);
        visitor.login(user, "demo-wachtwoord");
        return visitor;
    }

    @Test
    void theAdministratorSetsTheSendWindowWithinZeroToFourHours() {
        Visitor admin = loggedIn("beheerder");
        assertThat(admin.get("/admin/organisation").body()).contains("Verzendvenster", "Minuten na akkoord");

        HttpResponse<String> tooLong =
                admin.post("/admin/organisation/send-window", Map.of("sendWindowMinutes", "241"));
        assertThat(tooLong.body()).contains("Vul een aantal minuten in van 0 tot en met 240.");
        HttpResponse<String> notANumber =
                admin.post("/admin/organisation/send-window", Map.of("sendWindowMinutes", "een kwartier"));
        assertThat(notANumber.body()).contains("Vul een geheel getal in.");
        assertThat(organisation.sendWindow()).isEqualTo(window);

        HttpResponse<String> saved = admin.post("/admin/organisation/send-window", Map.of("sendWindowMinutes", "45"));
        assertThat(Visitor.location(saved)).isEqualTo("/admin/organisation");
        assertThat(organisation.sendWindow()).isEqualTo(new SendWindow(45));
        assertThat(admin.get("/admin/organisation").body()).contains("Het verzendvenster is opgeslagen.");
    }

    @Test
    void anApprovedMessageSaysWhenItLeavesAndAProfessionalSendsItNow() {
        organisation.updateSendWindow(new SendWindow(15));
        ChildDossier child = dossiers.open(Children.born(today.minusMonths(4)));
        Visitor nurse = loggedIn("verpleegkundige");
        nurse.get("/dossiers/" + child.getId());
        String moment = Visitor.location(nurse.post(
                "/dossiers/" + child.getId() + "/contactmoments",
                Map.of("activity", "ON_INDICATION", "date", today.toString())));
        nurse.post(moment + "/lines", Map.of("vaccineType", "11"));
        Matcher line = Pattern.compile("/lines/([0-9a-f-]{36})/batch")
                .matcher(nurse.get(moment).body());
        assertThat(line.find()).isTrue();
        nurse.post(moment + "/lines/" + line.group(1) + "/batch", Map.of("batchNumber", "VX241A"));
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(nurse.get(moment + "/review").body());
        assertThat(version.find()).isTrue();
        nurse.post(moment + "/approve", Map.of("version", version.group(1)));

        Instant due = jdbc.queryForObject(
                        "select next_attempt_at from registry_message where dossier_id = ? and state = 'QUEUED'",
                        Timestamp.class,
                        child.getId())
                .toInstant();
        String at = DateTimeFormatter.ofPattern("HH:mm")
                .withZone(ZoneId.of("Europe/Amsterdam"))
                .format(due);
        String page = nurse.get(moment).body();
        assertThat(page).contains("Wordt verzonden om " + at, "id=\"send-now\"", "id=\"withdraw\"");
        assertThat(nurse.get("/queue").body()).contains("Wordt verzonden om " + at);

        Visitor assistant = loggedIn("assistent");
        assertThat(assistant.get(moment).body())
                .contains("Wordt verzonden om " + at)
                .doesNotContain("id=\"send-now\"");
        assertThat(assistant.post(moment + "/send-now", Map.of()).statusCode()).isEqualTo(403);

        nurse.post(moment + "/send-now", Map.of());
        assertThat(nurse.get(moment).body())
                .contains("Het bericht wordt nu verzonden.")
                .doesNotContain("Wordt verzonden om");
        assertThat(jdbc.queryForObject(
                        "select next_attempt_at <= now() from registry_message where dossier_id = ? and state = 'QUEUED'",
                        Boolean.class,
                        child.getId()))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'VACCINATION_SEND_NOW' and username = 'verpleegkundige'",
                        Long.class))
                .isPositive();
    }
}
