package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.organisation.RegisterSwitch;
import nl.ddjgz.registry.Dispatcher;
import nl.ddjgz.registry.TestNodes;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.simulator.vaccinnet.RegistratieSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Mass vaccination at a Belgian organisation (here reporting to Vaccinnet BatchUpload): the expected list and the
 * scans by INSZ, the professional's exceptions, the approval, and Vaccinnet's CSV group file. The register is switched
 * in the organisation's settings for each test and restored after it.
 */
@IntegrationTest
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class BelgianMassVaccinationIntegrationTests extends MassVaccinationServices {

    /** The demo list's HPV batch (valid for months); HPV has CNK 3187094 "Gardasil 9" in the shipped codes. */
    static final String HPV_BATCH = "CX241A";

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    OrganisationSettings organisation;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RegistratieSimulator registratie;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private RegisterSwitch registerSwitch;

    @BeforeEach
    void reportToVaccinnet() {
        registerSwitch = RegisterSwitch.remember(organisation);
        register("VACCINNET_BATCH");
    }

    @AfterEach
    void restoreTheRegister() {
        registerSwitch.restore();
    }

    private void register(String registry) {
        registerSwitch.to(registry);
    }

    private MassVaccinationSession hpvSession() {
        Long location = jdbc.queryForObject("select min(id) from location where active", Long.class);
        return sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.BEFOREHAND,
                List.of(new SessionSetup.Setup.Vaccine("09", HPV_BATCH)),
                false,
                false));
    }

    /** A Belgian child of ten: an INSZ and no BSN. */
    private ChildDossier belgianChild() {
        return dossiers.open(Children.belgian(today.minusYears(10).minusDays(3)));
    }

    private Visitor loggedIn(String user) {
        Visitor visitor = new Visitor(port);
        visitor.login(user, "demo-wachtwoord");
        return visitor;
    }

    private ScanAnswer scan(MassVaccinationSession session, String desk, String typed) {
        return scanDesk.scan(session.getId(), UUID.randomUUID(), desk, typed, false)
                .orElseThrow();
    }

    @Test
    void theExpectedListAndTheScansGoByInszAlsoAsPrintedOnTheCard() {
        MassVaccinationSession session = hpvSession();
        ChildDossier expected = belgianChild();
        ChildDossier notExpected = belgianChild();
        String csv = "insz;achternaam;voornamen;geboortedatum\r\n"
                + expected.getInsz().formatted() + ";" + expected.getFamilyName() + ";"
                + expected.getGivenNames() + ";"
                + expected.getBirthDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + "\r\n";

        ExpectedList.ImportPreview preview =
                expectedList.previewImport(session.getId(), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.result().refused()).isEmpty();
        assertThat(expectedList.confirmImport(session.getId(), preview.importId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForMap(
                        "select identifier, identifier_kind from mass_expected_child where session_id = ?",
                        session.getId()))
                .containsEntry("identifier", expected.getInsz().value())
                .containsEntry("identifier_kind", "INSZ");

        ScanAnswer printed = scan(session, "1", expected.getInsz().formatted() + "\n");
        assertThat(printed.outcome()).isEqualTo(ScanOutcome.EXPECTED);
        assertThat(printed.childName()).isEqualTo(expected.fullName());
        ScanAnswer digits = scan(session, "1", notExpected.getInsz().value());
        assertThat(digits.outcome()).isEqualTo(ScanOutcome.NOT_EXPECTED);

        assertThat(jdbc.queryForList(
                        "select identifier from mass_scan where session_id = ? and counted and identifier_kind = 'INSZ'",
                        String.class,
                        session.getId()))
                .containsExactlyInAnyOrder(
                        expected.getInsz().value(), notExpected.getInsz().value());
        assertThat(sessionReview.overview(session.getId()).notSeen()).isEmpty();
        assertThat(loggedIn("arts")
                        .get("/massvaccination/" + session.getId() + "/print.csv")
                        .body())
                .startsWith("\uFEFFstatus;insz;naam;geboortedatum;balie;gescand;partijen;vaccinator\r\n")
                .contains("gevaccineerd;" + expected.getInsz().value() + ";");
    }

    @Test
    void theSameInszScannedAgainAtAnotherDeskIsADuplicate() {
        MassVaccinationSession session = hpvSession();
        ChildDossier child = belgianChild();
        assertThat(scan(session, "1", child.getInsz().value()).outcome()).isEqualTo(ScanOutcome.EXPECTED);

        ScanAnswer again = scan(session, "2", child.getInsz().formatted());

        assertThat(again.outcome()).isEqualTo(ScanOutcome.DUPLICATE);
        assertThat(again.earlierDesk()).isEqualTo("1");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_scan where session_id = ? and counted",
                        Integer.class,
                        session.getId()))
                .isEqualTo(1);
    }

    /** A Belgian register has no RIVM form: an unknown child gets a new dossier with its INSZ. */
    @Test
    void anUnknownChildIsSentToANewDossierNotToTheRivmForm() throws java.io.IOException {
        MassVaccinationSession session = hpvSession();
        String sessionPath = "/massvaccination/" + session.getId();
        Visitor assistant = loggedIn("assistent");
        assistant.get(sessionPath + "/desk?balie=3");

        assistant.post(
                sessionPath + "/desk/scans",
                Map.of(
                        "balie",
                        "3",
                        "scanId",
                        UUID.randomUUID().toString(),
                        "code",
                        Inszs.random().value()));
        assertThat(assistant.get(sessionPath + "/desk?balie=3").body())
                .contains("Geen dossier hier: maak een nieuw dossier aan met het INSZ en scan opnieuw.")
                .doesNotContain("RIVM");

        String none = assistant
                .post(
                        sessionPath + "/desk/search",
                        Map.of(
                                "balie",
                                "3",
                                "familyName",
                                "Niemandsland" + UUID.randomUUID(),
                                "birthDate",
                                "2015-01-05"))
                .body();
        assertThat(none)
                .contains(
                        "Geen kind gevonden. Is het kind hier niet bekend, maak dan een nieuw dossier aan met het INSZ")
                .doesNotContain("RIVM");

        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB), "PNG", png);
        assistant.postMultipart(
                sessionPath + "/desk/photo",
                Map.of("balie", "3"),
                "photo",
                "kaart.png",
                "image/png",
                png.toByteArray());
        assertThat(assistant.get(sessionPath + "/desk?balie=3").body())
                .contains("Op de foto is geen streepjescode te lezen. Er is niets opgeslagen: maak een nieuwe foto van"
                        + " dichterbij, of typ het INSZ.")
                .doesNotContain("typ het BSN");

        registerSwitch.to("VACCINNET_BATCH", "fr");
        assistant.post(
                sessionPath + "/desk/scans",
                Map.of(
                        "balie",
                        "3",
                        "scanId",
                        UUID.randomUUID().toString(),
                        "code",
                        Inszs.random().value()));
        assertThat(assistant.get(sessionPath + "/desk?balie=3").body())
                .contains("Pas de dossier ici : créez un nouveau dossier avec le NISS et scannez à nouveau.")
                .doesNotContain("RIVM");
    }

    @Test
    void wrongCheckDigitsAreAnsweredInDutchAndNothingIsStored() {
        MassVaccinationSession session = hpvSession();
        String sessionPath = "/massvaccination/" + session.getId();
        Visitor assistant = loggedIn("assistent");
        assistant.get(sessionPath + "/desk?balie=2");

        HttpResponse<String> scanned = assistant.post(
                sessionPath + "/desk/scans",
                Map.of(
                        "balie",
                        "2",
                        "scanId",
                        UUID.randomUUID().toString(),
                        "code",
                        Inszs.withWrongCheckDigits(Inszs.random())));

        assertThat(Visitor.location(scanned)).isEqualTo(sessionPath + "/desk?balie=2");
        HttpResponse<String> desk = assistant.get(sessionPath + "/desk?balie=2");
        assertThat(desk.body())
                .contains("scan-RED")
                .contains("Geen geldig INSZ: de controlecijfers kloppen niet. Er is niets opgeslagen")
                .contains("Scan de oproepkaart of typ het INSZ");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_scan where session_id = ?", Integer.class, session.getId()))
                .isZero();
    }

    @Test
    void aChildWithoutInszPickedByHandIsAnExceptionForTheProfessional() {
        MassVaccinationSession session = hpvSession();
        ChildDossier dutch = dossiers.open(Children.born(today.minusYears(10).minusDays(5)));

        ScanAnswer answer = scanDesk.scanDossier(session.getId(), UUID.randomUUID(), "1", dutch.getId());

        assertThat(answer.outcome()).isEqualTo(ScanOutcome.NO_INSZ);
        assertThat(scanDesk.totals(session.getId()).registered()).isZero();
        HttpResponse<String> review = loggedIn("arts").get("/massvaccination/" + session.getId() + "/review");
        assertThat(review.body())
                .contains("Kinderen zonder INSZ")
                .contains("Het Belgische register kan ze niet ontvangen")
                .contains(dutch.fullName());
        assertThatThrownBy(() -> sessionApproval.approve(session.getId()))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.approve.nobody"));
    }

    @Test
    void callCardsCarryTheInszBarcode() {
        MassVaccinationSession session = hpvSession();
        ChildDossier child = belgianChild();
        String csv =
                "insz;achternaam;voornamen;geboortedatum\n" + child.getInsz().value() + ";Peeters;Lotte;"
                        + child.getBirthDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + "\n";
        ExpectedList.ImportPreview preview =
                expectedList.previewImport(session.getId(), csv.getBytes(StandardCharsets.UTF_8));
        expectedList.confirmImport(session.getId(), preview.importId());

        Visitor arts = loggedIn("arts");
        HttpResponse<String> cards = arts.get("/massvaccination/" + session.getId() + "/cards");

        assertThat(cards.body()).contains(child.getInsz().formatted()).contains("Streepjescode van het INSZ");
        UUID expectedId = jdbc.queryForObject(
                "select id from mass_expected_child where session_id = ?", UUID.class, session.getId());
        HttpResponse<String> png =
                arts.get("/massvaccination/" + session.getId() + "/cards/" + expectedId + "/barcode.png");
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void theApprovalGoesToTheOutboxOfTheOrganisationsBelgianRegister() {
        register("VACCINNET_DIRECT");
        MassVaccinationSession session = hpvSession();
        ChildDossier first = belgianChild();
        ChildDossier second = belgianChild();
        scan(session, "1", first.getInsz().value());
        scan(session, "1", second.getInsz().formatted());

        assertThat(sessionApproval.approve(session.getId())).isEqualTo(2);

        assertQueuedFor(session.getId(), "VACCINNET_DIRECT", first, second);
        assertThat(jdbc.queryForObject("select state from mass_session where id = ?", String.class, session.getId()))
                .isNotEqualTo("OPEN");

        // closing the session lets the held messages go (send window 0: at once)
        nl.ddjgz.organisation.SendWindow window = organisation.sendWindow();
        organisation.updateSendWindow(new nl.ddjgz.organisation.SendWindow(0));
        try {
            assertThat(sessionApproval.close(session.getId())).isEqualTo(2);
        } finally {
            organisation.updateSendWindow(window);
        }

        // delivered to the register and accepted: Vaccinnet holds one vaccination for each child
        Dispatcher node = TestNodes.started(context, "mass-be");
        try {
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() ->
                            assertThat(messageStates(session.getId())).containsExactly("ACKNOWLEDGED", "ACKNOWLEDGED"));
        } finally {
            node.stop();
        }
        assertThat(registratie.holding(first.getInsz())).hasSize(1);
        assertThat(registratie.holding(second.getInsz())).hasSize(1);
    }

    @Test
    void theGroupFileListsTheSessionsInszChildrenIsAuditedAndReplacesTheWebServiceAtApproval() {
        MassVaccinationSession session = hpvSession();
        // children with an INSZ and a BSN, so that the approval can be queued for Praeventis on this branch
        ChildDossier first =
                dossiers.open(Children.born(today.minusYears(10).minusDays(3)).withInsz(Inszs.random()));
        ChildDossier second =
                dossiers.open(Children.born(today.minusYears(10).minusDays(4)).withInsz(Inszs.random()));
        scan(session, "1", first.getInsz().value());
        scan(session, "2", second.getInsz().formatted());
        String sessionPath = "/massvaccination/" + session.getId();
        Visitor arts = loggedIn("arts");

        HttpResponse<String> review = arts.get(sessionPath + "/review");
        assertThat(review.body())
                .contains("Vaccinnet-groepsbestand")
                .contains("Het groepsbestand vervangt voor deze kinderen de levering via de webservice")
                .contains(sessionPath + "/groupfile/09");

        HttpResponse<String> file = arts.post(sessionPath + "/groupfile/09", Map.of());

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d)
                        .contains("vaccinnet-groep-" + today + "-09.csv")
                        .doesNotContain(first.getInsz().value()));
        String day = today.format(DAY_MONTH_YEAR);
        assertThat(file.body())
                .startsWith("\uFEFFINSZ;Naam;Voornaam;Geboortedatum;Vaccinatiedatum;CNK;Vaccin;Lotnummer\r\n")
                .contains(first.getInsz().value() + ";de " + first.getFamilyName() + ";Emma Sophie;"
                        + first.getBirthDate().format(DAY_MONTH_YEAR) + ";" + day + ";3187094;Gardasil 9;"
                        + HPV_BATCH + "\r\n")
                .contains(second.getInsz().value() + ";de " + second.getFamilyName() + ";");
        assertThat(file.body().split("\r\n")).hasSize(3);
        assertThat(jdbc.queryForList(
                        "select detail from audit_event where action = 'DOSSIER_READ' and username = 'arts'"
                                + " and dossier_id in (?, ?) and detail like 'mass session Vaccinnet%'",
                        String.class, first.getId(), second.getId()))
                .containsExactly("mass session Vaccinnet group file 09", "mass session Vaccinnet group file 09");

        // the approval (queued here for Praeventis: the Belgian adapters come with their own branches) withdraws the
        // web-service messages of the children in the group file in the same transaction: nothing is sent twice
        register("PRAEVENTIS");
        assertThat(sessionApproval.approve(session.getId())).isEqualTo(2);
        assertThat(messageStates(session.getId())).containsExactly("WITHDRAWN", "WITHDRAWN");
        register("VACCINNET_BATCH");
        HttpResponse<String> print = arts.get(sessionPath + "/print");
        assertThat(print.body())
                .contains("2 kinderen zijn via het Vaccinnet-groepsbestand aangeleverd")
                .doesNotContain(sessionPath + "/groupfile/09");
        HttpResponse<String> afterApproval = arts.post(sessionPath + "/groupfile/09", Map.of());
        assertThat(Visitor.location(afterApproval)).isEqualTo(sessionPath + "/review");
    }

    @Test
    void aVaccineTypeWithoutCnkCodeGetsNoGroupFileAndTheProfessionalIsToldWhy() {
        MassVaccinationSession session = hpvSession();
        ChildDossier child = belgianChild();
        scan(session, "1", child.getInsz().value());
        String sessionPath = "/massvaccination/" + session.getId();
        Visitor arts = loggedIn("arts");
        arts.get(sessionPath + "/review");
        String cnk = jdbc.queryForObject(
                "select cnk from registry_vaccine_code where vaccine_type_code = '09'", String.class);
        jdbc.update("update registry_vaccine_code set cnk = null where vaccine_type_code = '09'");
        try {
            assertThatThrownBy(() -> sessionGroupFile.groupFile(session.getId(), "09"))
                    .isInstanceOfSatisfying(SessionRefusedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("mass.groupfile.noCnk");
                        assertThat(e.args()).containsExactly("HPV");
                    });

            HttpResponse<String> refused = arts.post(sessionPath + "/groupfile/09", Map.of());

            assertThat(Visitor.location(refused)).isEqualTo(sessionPath + "/review");
            assertThat(arts.get(sessionPath + "/review").body())
                    .contains("Vaccinsoort HPV heeft geen CNK-code voor het Belgische register.");
        } finally {
            jdbc.update("update registry_vaccine_code set cnk = ? where vaccine_type_code = '09'", cnk);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_group_file_child g join mass_scan s on s.id = g.scan_id"
                                + " where s.session_id = ?",
                        Integer.class,
                        session.getId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'DOSSIER_READ' and dossier_id = ?"
                                + " and detail like 'mass session Vaccinnet%'",
                        Integer.class, child.getId()))
                .isZero();
    }

    @Test
    void aChildScannedAfterTheGroupFileIsQueuedForTheWebService() {
        MassVaccinationSession session = hpvSession();
        ChildDossier inFile =
                dossiers.open(Children.born(today.minusYears(10).minusDays(3)).withInsz(Inszs.random()));
        ChildDossier later =
                dossiers.open(Children.born(today.minusYears(10).minusDays(4)).withInsz(Inszs.random()));
        scan(session, "1", inFile.getInsz().value());
        SessionGroupFile.GroupFile file = sessionGroupFile.groupFile(session.getId(), "09");
        assertThat(file.persons()).isEqualTo(1);
        scan(session, "1", later.getInsz().value());

        register("PRAEVENTIS");
        sessionApproval.approve(session.getId());

        assertQueuedFor(session.getId(), "PRAEVENTIS", later);
        assertThat(jdbc.queryForObject("""
                        select m.state from registry_message m join mass_scan s on s.contact_moment_id = m.contact_moment_id
                        where s.session_id = ? and s.dossier_id = ?
                        """, String.class, session.getId(), inFile.getId()))
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void aChildTakenOutAfterTheGroupFileLeavesItAndTheProfessionalIsToldToDownloadAgain() {
        MassVaccinationSession session = hpvSession();
        ChildDossier absent = belgianChild();
        ChildDossier present = belgianChild();
        ScanAnswer absentScan = scan(session, "1", absent.getInsz().value());
        scan(session, "1", present.getInsz().value());
        sessionGroupFile.groupFile(session.getId(), "09");
        String sessionPath = "/massvaccination/" + session.getId();
        Visitor arts = loggedIn("arts");
        arts.get(sessionPath + "/review");

        HttpResponse<String> removed =
                arts.post(sessionPath + "/scans/" + absentScan.scanId() + "/remove", Map.of("reason", "ABSENT"));

        assertThat(Visitor.location(removed)).isEqualTo(sessionPath + "/review");
        assertThat(arts.get(sessionPath + "/review").body())
                .contains("Het stond in een gedownload Vaccinnet-groepsbestand: download het groepsbestand opnieuw");
        String again = arts.post(sessionPath + "/groupfile/09", Map.of()).body();
        assertThat(again)
                .contains(present.getInsz().value())
                .doesNotContain(absent.getInsz().value());
    }

    @Test
    void aChildInTheGroupFileOfOneVaccineTypeButNotTheOtherRefusesTheApproval() {
        Long location = jdbc.queryForObject("select min(id) from location where active", Long.class);
        MassVaccinationSession session = sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.BEFOREHAND,
                List.of(
                        new SessionSetup.Setup.Vaccine("09", HPV_BATCH),
                        new SessionSetup.Setup.Vaccine("28", "NM241A")),
                false,
                false));
        scan(session, "1", belgianChild().getInsz().value());
        sessionGroupFile.groupFile(session.getId(), "09");

        assertThatThrownBy(() -> sessionApproval.approve(session.getId()))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.groupfile.incomplete"));
        assertThat(jdbc.queryForObject("select state from mass_session where id = ?", String.class, session.getId()))
                .isEqualTo("OPEN");
    }

    @Test
    void theGroupFileIsOnlyForVaccinnetOrganisationsAndProfessionals() {
        MassVaccinationSession session = hpvSession();
        String path = "/massvaccination/" + session.getId() + "/groupfile/09";

        String review = "/massvaccination/" + session.getId() + "/review";
        Visitor assistant = loggedIn("assistent");
        assistant.get("/massvaccination/" + session.getId());
        assertThat(assistant.post(path, Map.of()).statusCode()).isEqualTo(403);
        Visitor arts = loggedIn("arts");
        arts.get(review);
        // downloading records who goes by group file: a link (GET) followed from elsewhere does nothing
        assertThat(arts.get(path).statusCode()).isEqualTo(405);
        arts.get(review);
        assertThat(arts.post("/massvaccination/" + session.getId() + "/groupfile/99", Map.of())
                        .statusCode())
                .isEqualTo(404);
        register("PRAEVENTIS");
        arts.get(review);
        assertThat(arts.post(path, Map.of()).statusCode()).isEqualTo(404);
        assertThat(arts.get("/massvaccination/" + session.getId() + "/review").body())
                .doesNotContain("Vaccinnet-groepsbestand");
        register("VACCICARD");
        assertThat(arts.post(path, Map.of()).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_group_file_child g join mass_scan s on s.id = g.scan_id"
                                + " where s.session_id = ?",
                        Integer.class,
                        session.getId()))
                .isZero();
    }

    /** Each child's approved contact moment of the session has a message queued for the register. */
    private void assertQueuedFor(UUID sessionId, String registry, ChildDossier... children) {
        for (ChildDossier child : children) {
            assertThat(jdbc.queryForMap("""
                            select m.state, m.registry from registry_message m
                            join mass_scan s on s.contact_moment_id = m.contact_moment_id
                            where s.session_id = ? and s.dossier_id = ?
                            """, sessionId, child.getId()))
                    .containsEntry("state", "QUEUED")
                    .containsEntry("registry", registry);
        }
    }

    private List<String> messageStates(UUID sessionId) {
        return jdbc.queryForList("""
                select m.state from registry_message m join mass_scan s on s.contact_moment_id = m.contact_moment_id
                where s.session_id = ? order by m.state
                """, String.class, sessionId);
    }
}
