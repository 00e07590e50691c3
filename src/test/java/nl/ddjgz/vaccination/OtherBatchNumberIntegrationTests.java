package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.batch.BatchEntry;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.batch.BatchSource;
import nl.ddjgz.batch.ReceivedBatchList;
import nl.ddjgz.batch.StoredBatchEntries;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch number typed (or scanned) as "overig" at the desk: a pack that expired is refused, a date the register's
 * list is not valid for is registered only after the professional confirms it; nothing is stored on a refusal.
 */
@IntegrationTest
class OtherBatchNumberIntegrationTests {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    BatchNumbers batchNumbers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    /** Today's list as Praeventis sends it every night: the current entries, valid from today until tomorrow. */
    @BeforeEach
    void todaysList() {
        List<BatchEntry> entries = StoredBatchEntries.ofTheLatestList(jdbc);
        batchNumbers.replaceList(
                new ReceivedBatchList(
                        "TEST-" + today, today.atStartOfDay(), today.plusDays(1).atStartOfDay(), entries),
                BatchSource.DEMO,
                null);
    }

    /** A contact moment on the date with one DKTP-Hib-HepB line; returns [moment path, line id]. */
    private String[] momentWithLine(Visitor nurse, ChildDossier child, LocalDate date) {
        nurse.get("/dossiers/" + child.getId());
        String moment = Visitor.location(nurse.post(
                "/dossiers/" + child.getId() + "/contactmoments",
                Map.of("activity", "ON_INDICATION", "date", date.toString())));
        assertThat(moment).startsWith("/contactmoments/");
        nurse.get(moment);
        nurse.post(moment + "/lines", Map.of("vaccineType", "11"));
        Matcher line = Pattern.compile("/lines/([0-9a-f-]{36})/batch")
                .matcher(nurse.get(moment).body());
        assertThat(line.find()).isTrue();
        return new String[] {moment, line.group(1)};
    }

    private String post(Visitor nurse, String[] at, String batch, String... confirmations) {
        Map<String, String> form = new HashMap<>(Map.of("batchNumber", batch));
        for (String confirmation : confirmations) {
            form.put(confirmation, "true");
        }
        nurse.post(at[0] + "/lines/" + at[1] + "/batch", form);
        return nurse.get(at[0]).body();
    }

    private Map<String, Object> line(String[] at) {
        return jdbc.queryForMap(
                "select outcome, batch_number, batch_checked, batch_expiry from vaccination where id = ?::uuid", at[1]);
    }

    @Test
    void aScannedPackThatExpiredIsRefusedEvenWhenTheUserConfirmsOverig() {
        ChildDossier child = dossiers.open(Children.born(today.minusMonths(5)));
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");
        String[] at = momentWithLine(nurse, child, today);
        LocalDate expired = today.minusMonths(1).withDayOfMonth(1);
        String scan = "]d2010870815000123717" + expired.format(DateTimeFormatter.ofPattern("yyMMdd")) + "10OLD77";

        String page = post(nurse, at, scan, "confirmOther", "confirmOutsideListValidity");

        assertThat(page)
                .contains("De verpakking is verlopen op " + expired.format(SHOWN)
                        + ". Gebruik een ampul met een geldige datum; er is niets vastgelegd.");
        assertThat(line(at).get("outcome")).isEqualTo("PENDING");
        assertThat(line(at).get("batch_number")).isNull();
    }

    @Test
    void anOverigNumberOnADayTheListDoesNotCoverIsRegisteredOnlyAfterConfirmation() {
        ChildDossier child = dossiers.open(Children.born(today.minusMonths(5)));
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");
        LocalDate yesterday = today.minusDays(1);
        String[] at = momentWithLine(nurse, child, yesterday);

        String asked = post(nurse, at, "NEW2026X", "confirmOther");
        assertThat(asked)
                .contains("De partijnummerlijst is geldig van " + today.format(SHOWN) + " tot "
                        + today.plusDays(1).format(SHOWN) + ", niet op " + yesterday.format(SHOWN)
                        + ": het nummer kan niet tegen een geldige lijst worden gecontroleerd en er is niets"
                        + " vastgelegd.");
        assertThat(line(at).get("outcome")).isEqualTo("PENDING");

        post(nurse, at, "NEW2026X", "confirmOther", "confirmOutsideListValidity");
        Map<String, Object> stored = line(at);
        assertThat(stored.get("outcome")).isEqualTo("GIVEN");
        assertThat(stored.get("batch_number")).isEqualTo("NEW2026X");
        assertThat(stored.get("batch_checked")).isEqualTo(false);
    }

    @Test
    void anOverigNumberOnADayTheListCoversNeedsOnlyTheOverigConfirmation() {
        ChildDossier child = dossiers.open(Children.born(today.minusMonths(5)));
        Visitor nurse = new Visitor(port);
        nurse.login("verpleegkundige", "demo-wachtwoord");
        String[] at = momentWithLine(nurse, child, today);

        post(nurse, at, "NEW2026Y", "confirmOther");

        assertThat(line(at).get("outcome")).isEqualTo("GIVEN");
        assertThat(line(at).get("batch_checked")).isEqualTo(false);
    }
}
