package nl.ddjgz.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.massvaccination.ExpectedList;
import nl.ddjgz.massvaccination.MassVaccinationServices;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.SessionMode;
import nl.ddjgz.massvaccination.SessionSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every page, file or image that shows children writes one audit line per child shown, in that child's own trail:
 * the session's review, print and print.csv, the call cards and a card's barcode, the desk, the queue, the recall
 * list (page and CSV). Each line is counted in {@code audit_event} for the dossier, with the user who looked.
 */
@IntegrationTest
class ShownChildrenAuditIntegrationTests extends MassVaccinationServices {

    private static final String HPV_BATCH = "CX241A";

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private MassVaccinationSession session;
    private ChildDossier scanned;
    private ChildDossier expectedOnly;

    @BeforeEach
    void sessionWithOneScannedAndOneExpectedChild() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("arts", "x", "ROLE_JGZ_PROFESSIONAL"));
        Long location = jdbc.queryForObject("select min(id) from location where active", Long.class);
        session = sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.BEFOREHAND,
                List.of(new SessionSetup.Setup.Vaccine("09", HPV_BATCH)),
                false,
                false));
        scanned = dossiers.open(Children.born(today.minusYears(10).minusDays(7)));
        expectedOnly = dossiers.open(Children.born(today.minusYears(10).minusDays(8)));
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        String csv = "bsn;achternaam;voornamen;geboortedatum\n"
                + scanned.getBsn().value() + ";" + scanned.getFamilyName() + ";;" + date.format(scanned.getBirthDate())
                + "\n" + expectedOnly.getBsn().value() + ";" + expectedOnly.getFamilyName() + ";;"
                + date.format(expectedOnly.getBirthDate()) + "\n";
        ExpectedList.ImportPreview preview =
                expectedList.previewImport(session.getId(), csv.getBytes(StandardCharsets.UTF_8));
        expectedList.confirmImport(session.getId(), preview.importId());
        scanDesk.scan(session.getId(), UUID.randomUUID(), "7", scanned.getBsn().value(), false);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void forgetLogin() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void reviewPrintAndCsvWriteOneLinePerChildShown() {
        Visitor arts = new Visitor(port);
        arts.login("arts", "demo-wachtwoord");
        String base = "/massvaccination/" + session.getId();

        assertThat(arts.get(base + "/review").statusCode()).isEqualTo(200);
        assertOneLineEach("arts", "mass session review", scanned, expectedOnly);

        assertThat(arts.get(base + "/print").statusCode()).isEqualTo(200);
        assertOneLineEach("arts", "mass session list printed", scanned, expectedOnly);

        assertThat(arts.get(base + "/print.csv").body())
                .contains(expectedOnly.getBsn().value());
        assertOneLineEach("arts", "mass session list downloaded (CSV)", scanned, expectedOnly);

        // the lines of one page are one batch: written at one instant
        assertThat(jdbc.queryForObject(
                        "select count(distinct occurred_at) from audit_event where detail = ? and dossier_id in (?, ?)",
                        Integer.class,
                        "mass session review",
                        scanned.getId(),
                        expectedOnly.getId()))
                .isEqualTo(1);
    }

    @Test
    void callCardsAndTheBarcodeImageAreAuditedPerChild() {
        Visitor assistent = new Visitor(port);
        assistent.login("assistent", "demo-wachtwoord");
        String base = "/massvaccination/" + session.getId();

        assertThat(assistent.get(base + "/cards").body()).contains(expectedOnly.getFamilyName());
        assertOneLineEach("assistent", "mass session call cards", scanned, expectedOnly);

        UUID cardId = jdbc.queryForObject(
                "select id from mass_expected_child where session_id = ? and identifier = ?",
                UUID.class,
                session.getId(),
                expectedOnly.getBsn().value());
        assertThat(assistent.get(base + "/cards/" + cardId + "/barcode.png").statusCode())
                .isEqualTo(200);
        assertOneLineEach("assistent", "mass session call card barcode", expectedOnly);
        assertThat(lines(scanned, "mass session call card barcode")).isZero();
    }

    @Test
    void theDeskAuditsTheChildrenInItsList() {
        Visitor assistent = new Visitor(port);
        assistent.login("assistent", "demo-wachtwoord");

        String page = assistent
                .get("/massvaccination/" + session.getId() + "/desk?balie=7")
                .body();

        assertThat(page).contains(scanned.getFamilyName());
        assertOneLineEach("assistent", "mass session desk 7", scanned);
        assertThat(lines(expectedOnly, "mass session desk 7")).isZero();
    }

    @Test
    void theQueueAndTheRecallListPutEveryChildInItsOwnTrail() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("arts", "x", "ROLE_JGZ_PROFESSIONAL"));
        sessionApproval.approve(session.getId());
        SecurityContextHolder.clearContext();
        Visitor arts = new Visitor(port);
        arts.login("arts", "demo-wachtwoord");

        assertThat(arts.get("/queue").body()).contains(scanned.getFamilyName());
        assertOneLineEach("arts", "queue page", scanned);

        // the administrator's queue page has no names, so no line
        Visitor beheerder = new Visitor(port);
        beheerder.login("beheerder", "demo-wachtwoord");
        assertThat(beheerder.get("/queue").body()).doesNotContain(scanned.getFamilyName());
        assertThat(linesBy("beheerder", scanned, "queue page")).isZero();

        arts.get("/recall");
        assertThat(arts.post("/recall", Map.of("batchNumber", HPV_BATCH)).body())
                .contains(scanned.getFamilyName());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where dossier_id = ? and action = 'RECALL_QUERY'"
                                + " and username = 'arts' and detail like 'recall batch CX241A: %'",
                        Integer.class, scanned.getId()))
                .isEqualTo(1);
        HttpResponse<String> csv = arts.post("/recall/csv", Map.of("batchNumber", HPV_BATCH));
        assertThat(csv.body()).contains(scanned.getBsn().value());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where dossier_id = ? and action = 'RECALL_QUERY'"
                                + " and username = 'arts'",
                        Integer.class,
                        scanned.getId()))
                .isEqualTo(2);
    }

    private void assertOneLineEach(String username, String detail, ChildDossier... children) {
        for (ChildDossier child : children) {
            assertThat(jdbc.queryForList(
                            "select username, user_role, action, outcome, dossier_number from audit_event"
                                    + " where dossier_id = ? and detail = ?",
                            child.getId(),
                            detail))
                    .as("audit lines of one child for %s", detail)
                    .singleElement()
                    .satisfies(row -> {
                        assertThat(row.get("username")).isEqualTo(username);
                        assertThat(row.get("action")).isEqualTo("DOSSIER_READ");
                        assertThat(row.get("outcome")).isEqualTo("SUCCESS");
                        assertThat(row.get("dossier_number")).isEqualTo(child.getDossierNumber());
                    });
        }
    }

    private int lines(ChildDossier child, String detail) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where dossier_id = ? and detail = ?",
                Integer.class,
                child.getId(),
                detail);
    }

    private int linesBy(String username, ChildDossier child, String detail) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where username = ? and dossier_id = ? and detail = ?",
                Integer.class,
                username,
                child.getId(),
                detail);
    }
}
