package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The contact-moment pages over real HTTP: pack scan in the batch field, Dutch refusals, who may approve. */
@IntegrationTest
class ContactMomentPagesIntegrationTests {

    private static final String GS = "\u001d";

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    /** Logs in, starts an out-of-schedule contact moment with a DKTP-Hib-HepB line; returns the page path. */
    private String momentWithDktpLine(Visitor visitor, String user, ChildDossier child) {
        visitor.login(user, "demo-wachtwoord");
        visitor.get("/dossiers/" + child.getId());
        HttpResponse<String> started = visitor.post(
                "/dossiers/" + child.getId() + "/contactmoments",
                Map.of("activity", "ON_INDICATION", "date", today.toString()));
        String moment = Visitor.location(started);
        assertThat(moment).startsWith("/contactmoments/");
        visitor.get(moment);
        visitor.post(moment + "/lines", Map.of("vaccineType", "11"));
        return moment;
    }

    private static String lineId(String page) {
        Matcher m = Pattern.compile("/lines/([0-9a-f-]{36})/batch").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aScannedVaccinePackFillsTheBatchNumberAndTheListsExpiryWins() {
        ChildDossier child = dossiers.open(Children.born(today.minusMonths(4)));
        Visitor nurse = new Visitor(port);
        String moment = momentWithDktpLine(nurse, "verpleegkundige", child);
        String line = lineId(nurse.get(moment).body());

        String packExpiry = today.plusYears(2).withDayOfMonth(1).format(DateTimeFormatter.ofPattern("yyMMdd"));
        String scan = "]d2" + "0108708150001237" + "17" + packExpiry + "10VX241A" + GS + "21SN0001";
        nurse.post(moment + "/lines/" + line + "/batch", Map.of("batchNumber", scan));

        String page = nurse.get(moment).body();
        assertThat(page).contains("Partijnummer VX241A").contains("de datum uit de lijst geldt");
        assertThat(jdbc.queryForMap(
                        "select pack_gtin, pack_serial, batch_checked from vaccination where id = ?::uuid", line))
                .containsEntry("pack_gtin", "08708150001237")
                .containsEntry("pack_serial", "SN0001")
                .containsEntry("batch_checked", true);
    }

    @Test
    void anUnreadableScanOrAnExpiredBatchIsRefusedInDutchAndNothingIsStored() {
        ChildDossier child = dossiers.open(Children.born(today.minusMonths(4)));
        Visitor nurse = new Visitor(port);
        String moment = momentWithDktpLine(nurse, "arts", child);
        String line = lineId(nurse.get(moment).body());

        nurse.post(moment + "/lines/" + line + "/batch", Map.of("batchNumber", "]d20108765432109875" + "10X9"));
        assertThat(nurse.get(moment).body()).contains("De productcode van de verpakking klopt niet");

        nurse.post(moment + "/lines/" + line + "/batch", Map.of("batchNumber", "VX230X"));
        assertThat(nurse.get(moment).body()).contains("Dit partijnummer is verlopen op");

        nurse.post(moment + "/lines/" + line + "/batch", Map.of("batchNumber", "MM241A"));
        assertThat(nurse.get(moment).body()).contains("Dit partijnummer hoort bij vaccinsoort BMR");

        assertThat(jdbc.queryForObject("select outcome from vaccination where id = ?::uuid", String.class, line))
                .isEqualTo("PENDING");
    }

    @Test
    void anAssistantPreparesButCannotApproveAndAForgedApprovalIsRefusedAndAudited() {
        ChildDossier child = dossiers.open(Children.born(today.minusMonths(4)));
        Visitor assistant = new Visitor(port);
        String moment = momentWithDktpLine(assistant, "assistent", child);
        String line = lineId(assistant.get(moment).body());
        assistant.post(moment + "/lines/" + line + "/batch", Map.of("batchNumber", "VX241A"));

        String review = assistant.get(moment + "/review").body();
        assertThat(review).contains("Alleen een jeugdarts of jeugdverpleegkundige kan akkoord geven.");
        assertThat(review).doesNotContain("id=\"approve\"");

        HttpResponse<String> forged = assistant.post(moment + "/approve", Map.of("version", "0"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Geen toegang");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED' and username = 'assistent'"
                                + " and detail like 'POST /contactmoments/%/approve'",
                        Long.class))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from registry_message where dossier_id = ?", Long.class, child.getId()))
                .isZero();
    }

    @Test
    void aContactMomentDateInTheFutureIsRefused() {
        ChildDossier child = dossiers.open(Children.born(today.minusMonths(4)));
        Visitor nurse = new Visitor(port);
        nurse.login("arts", "demo-wachtwoord");
        nurse.get("/dossiers/" + child.getId());
        HttpResponse<String> started = nurse.post(
                "/dossiers/" + child.getId() + "/contactmoments",
                Map.of("activity", "ON_INDICATION", "date", today.plusDays(1).toString()));
        assertThat(Visitor.location(started)).isEqualTo("/dossiers/" + child.getId());
        assertThat(nurse.get("/dossiers/" + child.getId()).body()).contains("niet in de toekomst");
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_moment where dossier_id = ?", Long.class, child.getId()))
                .isZero();
    }
}
