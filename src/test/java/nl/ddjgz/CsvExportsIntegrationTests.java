package nl.ddjgz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.massvaccination.MassVaccinationServices;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.SessionMode;
import nl.ddjgz.massvaccination.SessionSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The CSV files people download (the session's print.csv, the recall list) never carry a formula or a line break
 * from a name that came in through an imported list.
 */
@IntegrationTest
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class CsvExportsIntegrationTests extends MassVaccinationServices {

    /** The demo list's HPV batch (valid for months). */
    private static final String HPV_BATCH = "CX241A";

    private static final String HOSTILE_FAMILY = "=HYPERLINK(\"http://evil.example\";\"klik\")";
    private static final String HOSTILE_GIVEN = "@SUM(A1:A9)\r\nEmma";

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void aHostileNameIsNeutralisedInPrintCsvAndInTheRecallList() {
        ChildDossier child = dossiers.open(Children.withFamilyName(
                Children.withGivenNames(Children.born(today.minusYears(10).minusDays(3)), HOSTILE_GIVEN),
                HOSTILE_FAMILY));
        Long location = jdbc.queryForObject("select min(id) from location where active", Long.class);
        MassVaccinationSession session = sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.BEFOREHAND,
                List.of(new SessionSetup.Setup.Vaccine("09", HPV_BATCH)),
                false,
                false));
        scanDesk.scan(session.getId(), UUID.randomUUID(), "1", child.getBsn().value(), false);

        Visitor arts = new Visitor(port);
        arts.login("arts", "demo-wachtwoord");
        String print =
                arts.get("/massvaccination/" + session.getId() + "/print.csv").body();
        assertThat(lineOf(print, child.getBsn().value()))
                .contains(";\"'@SUM(A1:A9) Emma de =HYPERLINK(\"\"http://evil.example\"\";")
                .doesNotContain(";=", ";@", ";+", ";-");
        assertThat(print.split("\r\n", -1)).allSatisfy(line -> assertThat(line).doesNotContain("\n", "\r"));

        sessionApproval.approve(session.getId());
        arts.get("/recall");
        String recall =
                arts.post("/recall/csv", Map.of("batchNumber", HPV_BATCH)).body();
        assertThat(lineOf(recall, child.getBsn().value()))
                .contains(";\"'@SUM(A1:A9) Emma de =HYPERLINK(\"\"http://evil.example\"\";")
                .doesNotContain(";=", ";@");
        assertThat(recall.split("\r\n", -1)).allSatisfy(line -> assertThat(line).doesNotContain("\n", "\r"));
    }

    private static String lineOf(String csv, String bsn) {
        return java.util.Arrays.stream(csv.split("\r\n"))
                .filter(line -> line.contains(bsn))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line for the child"));
    }
}
