package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The session pages over real HTTP, as plain form posts (no script): set-up, import, scan, roles, call cards. */
@IntegrationTest
class MassVaccinationPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @AfterEach
    void forgetLogin() {
        SecurityContextHolder.clearContext();
    }

    private Visitor loggedIn(String user) {
        Visitor visitor = new Visitor(port);
        visitor.login(user, "demo-wachtwoord");
        return visitor;
    }

    private String setUp(Visitor arts, String batch, boolean other) {
        arts.get("/massvaccination/new");
        Long location = jdbc.queryForObject("select min(id) from location where active", Long.class);
        HttpResponse<String> created = arts.post(
                "/massvaccination",
                Map.of(
                        "date",
                        today.toString(),
                        "locationId",
                        location.toString(),
                        "mode",
                        "AFTERWARDS",
                        "vaccineType1",
                        "28",
                        "batch1",
                        batch,
                        "vaccineType2",
                        "02",
                        "batch2",
                        "RV241A",
                        "confirmOther",
                        Boolean.toString(other)));
        return Visitor.location(created);
    }

    @Test
    void aBatchOfAnotherTypeIsRefusedInDutchAndNothingIsStored() {
        Visitor arts = loggedIn("arts");
        long before = jdbc.queryForObject("select count(*) from mass_session", Long.class);
        arts.get("/massvaccination/new");
        Long location = jdbc.queryForObject("select min(id) from location where active", Long.class);
        HttpResponse<String> refused = arts.post(
                "/massvaccination",
                Map.of(
                        "date", today.toString(),
                        "locationId", location.toString(),
                        "mode", "BEFOREHAND",
                        "vaccineType1", "09",
                        "batch1", "NM241A"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Dit partijnummer hoort bij vaccinsoort");
        assertThat(jdbc.queryForObject("select count(*) from mass_session", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aCsvWithBadRowsIsReportedLineByLineAndImportedOnlyAfterConfirmation() {
        Visitor arts = loggedIn("arts");
        String sessionPath = setUp(arts, "NM241A", false);
        assertThat(sessionPath).startsWith("/massvaccination/");
        UUID sessionId = UUID.fromString(sessionPath.substring("/massvaccination/".length()));
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("arts", "x", "ROLE_JGZ_PROFESSIONAL"));
        ChildDossier child = dossiers.open(Children.born(today.minusYears(14).minusDays(20)));
        String csv = "BSN,Achternaam,Voornamen,Geboortedatum\r\n"
                + child.getBsn().value() + ",\"Vries, de\",Zoë,"
                + child.getBirthDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + "\r\n"
                + "123456789,Jansen,Noah,01-01-2012\r\n"
                + "111222333,Bakker,Sem,32-01-2012\r\n";
        arts.get(sessionPath);
        HttpResponse<String> preview = arts.postFile(
                sessionPath + "/import", "file", "lijst.csv", csv.getBytes(Charset.forName("windows-1252")));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("1 regels kunnen worden ingelezen, 2 regels zijn geweigerd")
                .contains("Geen geldig BSN.")
                .contains("Geen geldige geboortedatum");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_expected_child where session_id = ? and confirmed",
                        Integer.class,
                        sessionId))
                .isZero();
        String confirm = preview.body().replaceAll("(?s).*action=\"(/massvaccination/[^\"]+/confirm)\".*", "$1");
        HttpResponse<String> confirmed = arts.post(confirm, Map.of());
        assertThat(Visitor.location(confirmed)).isEqualTo(sessionPath);
        assertThat(jdbc.queryForObject(
                        "select family_name from mass_expected_child where session_id = ? and confirmed",
                        String.class,
                        sessionId))
                .isEqualTo("Vries, de");

        // a plain form post (no script) scans and shows the answer
        Visitor assistant = loggedIn("assistent");
        HttpResponse<String> desk = assistant.get(sessionPath + "/desk?balie=3");
        assertThat(desk.statusCode()).isEqualTo(200);
        HttpResponse<String> scanned = assistant.post(
                sessionPath + "/desk/scans",
                Map.of(
                        "balie",
                        "3",
                        "scanId",
                        UUID.randomUUID().toString(),
                        "code",
                        " " + child.getBsn().value()));
        assertThat(Visitor.location(scanned)).isEqualTo(sessionPath + "/desk?balie=3");
        HttpResponse<String> answered = assistant.get(sessionPath + "/desk?balie=3");
        // dose-aware (issue 15): this child has no history here, so the session's DTP dose waits for the earlier ones
        assertThat(answered.body())
                .contains("scan-ORANGE")
                .contains("de vorige dosis ontbreekt")
                .contains(child.fullName());

        // the desk's script asks for JSON: the answer with the session's totals after this scan
        HttpResponse<String> json = assistant.postAccepting(
                sessionPath + "/desk/scans",
                Map.of(
                        "balie",
                        "3",
                        "scanId",
                        UUID.randomUUID().toString(),
                        "code",
                        nl.ddjgz.shared.Bsns.random().value()),
                "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"colour\":\"RED\"").contains("Geen dossier hier");
        assertThat(json.body())
                .contains("\"registered\":"
                        + jdbc.queryForObject(
                                "select count(*) from mass_scan where session_id = ? and counted"
                                        + " and removed_reason is null",
                                Integer.class,
                                sessionId))
                .contains("\"refused\":"
                        + jdbc.queryForObject(
                                "select count(*) from mass_scan where session_id = ? and not counted",
                                Integer.class,
                                sessionId));

        // a Dutch organisation: a child unknown here goes by a new dossier or RIVM's form
        assistant.post(
                sessionPath + "/desk/scans",
                Map.of(
                        "balie",
                        "3",
                        "scanId",
                        UUID.randomUUID().toString(),
                        "code",
                        nl.ddjgz.shared.Bsns.random().value()));
        assertThat(assistant.get(sessionPath + "/desk?balie=3").body())
                .contains("Geen dossier hier: maak een nieuw dossier of gebruik het RIVM-formulier.")
                .doesNotContain("met het INSZ");
        assertThat(assistant
                        .post(
                                sessionPath + "/desk/search",
                                Map.of(
                                        "balie",
                                        "3",
                                        "familyName",
                                        "Niemand" + UUID.randomUUID(),
                                        "birthDate",
                                        "2015-01-05"))
                        .body())
                .contains("maak dan een nieuw dossier of gebruik het RIVM-formulier.");

        // the assistant cannot approve
        HttpResponse<String> refused = assistant.post(sessionPath + "/approve", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select state from mass_session where id = ?", String.class, sessionId))
                .isEqualTo("OPEN");

        // call cards with a Code 128 barcode as PNG
        HttpResponse<String> cards = arts.get(sessionPath + "/cards");
        assertThat(cards.body()).contains(child.getBsn().value()).contains("barcode.png");
        UUID expectedId =
                jdbc.queryForObject("select id from mass_expected_child where session_id = ?", UUID.class, sessionId);
        HttpResponse<String> png = arts.get(sessionPath + "/cards/" + expectedId + "/barcode.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    }
}
