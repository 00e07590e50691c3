package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.praeventis.CallLists;
import nl.ddjgz.schedule.ContactActivity;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Bsns;
import nl.ddjgz.simulator.CallListPusher;
import nl.ddjgz.vaccination.ContactMoments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 15 end to end below the pages: the simulator's call list becomes a session's expected list in one action, the
 * missing dossiers are opened in one action from the list's data, every expected child is answered green or orange
 * with a reason; an expected child without a dossier is opened and registered in one click at the desk; an unknown
 * child gets its follow-up page and RIVM card; the answers know the dose (HPV 2 by the interval, complete, too early)
 * and the dossier's objections.
 */
@IntegrationTest
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class CallListSessionIntegrationTests extends MassVaccinationServices {

    @LocalServerPort
    int port;

    @Autowired
    CallListPusher simulator;

    @Autowired
    CallLists callLists;

    @Autowired
    Dossiers dossiers;

    @Autowired
    ContactMoments contactMoments;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private MassVaccinationSession hpvSession() {
        Long location = jdbc.queryForObject("select min(id) from location", Long.class);
        return sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.BEFOREHAND,
                List.of(new SessionSetup.Setup.Vaccine("09", MassVaccinationsIntegrationTests.HPV_BATCH)),
                false,
                false));
    }

    private int audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ?", Integer.class, action);
    }

    private ScanAnswer scan(MassVaccinationSession session, String bsn) {
        return scanDesk.scan(session.getId(), UUID.randomUUID(), "1", bsn, false)
                .orElseThrow();
    }

    @Test
    void theSimulatorsCallListBecomesTheExpectedListTheMissingDossiersOpenAndEveryChildScansWithAReason() {
        // twelve-year-olds: HPV dose 1 overdue but still given; a cohort the other tests here leave alone
        int cohort = today.getYear() - 12;
        assertThat(simulator.push(new CallListPusher.Campaign(cohort, "09", 2)).accepted())
                .isTrue();
        CallLists.ReceivedList list = callLists.lists().get(0);
        MassVaccinationSession session = hpvSession();
        int fromCallList = audited("EXPECTED_LIST_FROM_CALL_LIST");
        int opened = audited("DOSSIERS_OPENED_FROM_LIST");

        ExpectedList.CallListImport imported = expectedList.addCallList(session.getId(), list.id());

        assertThat(imported.added()).isEqualTo(list.children());
        assertThat(imported.withoutDossier()).isEqualTo(2);
        assertThat(expectedList.expectedChildren(session.getId())).hasSize(list.children());
        assertThat(audited("EXPECTED_LIST_FROM_CALL_LIST")).isEqualTo(fromCallList + 1);
        List<ExpectedChild> missing = expectedList.missingDossiers(session.getId());
        assertThat(missing).hasSize(2);

        ExpectedList.OpenedDossiers result = expectedList.openMissingDossiers(session.getId());

        assertThat(result.opened()).isEqualTo(2);
        assertThat(result.left()).isEmpty();
        assertThat(expectedList.missingDossiers(session.getId())).isEmpty();
        assertThat(audited("DOSSIERS_OPENED_FROM_LIST")).isEqualTo(opened + 1);
        ChildDossier fromList =
                dossiers.findByBsn(Bsn.of(missing.get(0).identifier())).orElseThrow();
        assertThat(fromList.getFamilyName()).isEqualTo(missing.get(0).familyName());
        assertThat(fromList.getBirthDate()).isEqualTo(missing.get(0).birthDate());
        assertThat(fromList.getAddress().city()).isEqualTo("Utrecht");

        for (ExpectedChild child : expectedList.expectedChildren(session.getId())) {
            ScanAnswer answer = scan(session, child.identifier());
            assertThat(answer.outcome().colour())
                    .as("an expected child is never red")
                    .isNotEqualTo(ScanOutcome.Colour.RED);
            if (answer.outcome().colour() == ScanOutcome.Colour.ORANGE) {
                assertThat(answer.vaccineDetail())
                        .as("orange says which vaccine")
                        .isNotNull();
            } else {
                assertThat(answer.dose()).as("green says which dose").isPositive();
            }
        }
        assertThat(scanDesk.totals(session.getId()).expectedSeen()).isEqualTo(list.children());
    }

    @Test
    void anExpectedChildWithoutADossierIsOrangeAndOpenedAndRegisteredInOneClick() {
        MassVaccinationSession session = hpvSession();
        Bsn bsn = Bsns.random();
        String csv = "bsn;achternaam;voornamen;geboortedatum\n" + bsn.value() + ";Kramer;Isa;"
                + today.minusYears(10).minusDays(20).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                + "\n";
        ExpectedList.ImportPreview preview =
                expectedList.previewImport(session.getId(), csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(preview.withoutDossier()).as("the import says so").isEqualTo(1);
        expectedList.confirmImport(session.getId(), preview.importId());

        ScanAnswer first = scan(session, bsn.value());

        assertThat(first.outcome()).isEqualTo(ScanOutcome.EXPECTED_NO_DOSSIER);
        assertThat(first.outcome().colour()).isEqualTo(ScanOutcome.Colour.ORANGE);
        assertThat(first.childName()).isEqualTo("Isa Kramer");

        ScanAnswer registered =
                scanDesk.openDossierAndRegister(session.getId(), first.scanId(), UUID.randomUUID(), "1");

        assertThat(registered.outcome()).isEqualTo(ScanOutcome.EXPECTED);
        assertThat(registered.dose()).isEqualTo(1);
        ChildDossier opened = dossiers.findByBsn(bsn).orElseThrow();
        assertThat(registered.dossierId()).isEqualTo(opened.getId());
        assertThat(scanDesk.totals(session.getId()).registered()).isEqualTo(1);
        assertThat(sessionReview.unknownChildren(session.getId())).isEmpty();
    }

    @Test
    void anUnknownChildGetsItsFollowUpPageAndRivmCardWithoutTheBsnInAUrl() {
        MassVaccinationSession session = hpvSession();
        Bsn bsn = Bsns.random();

        ScanAnswer answer = scan(session, bsn.value());

        assertThat(answer.outcome()).isEqualTo(ScanOutcome.NO_DOSSIER);
        assertThat(sessionReview.unknownChildren(session.getId()))
                .singleElement()
                .satisfies(s -> assertThat(s.id()).isEqualTo(answer.scanId()));
        Visitor arts = new Visitor(port);
        arts.login("arts", "demo-wachtwoord");
        String sessionPage = arts.get("/massvaccination/" + session.getId()).body();
        assertThat(sessionPage).contains("Onbekende kinderen: 1 gescand zonder dossier hier");
        HttpResponse<String> page = arts.get("/massvaccination/" + session.getId() + "/unknown/" + answer.scanId());
        assertThat(page.body())
                .contains("Nieuw dossier openen met dit nummer")
                .contains("action=\"/dossiers/new/prefilled\"")
                .contains("value=\"" + bsn.value() + "\"")
                .contains("RIVM-kaart (blauwe randkaart) afdrukken");
        String card = arts.get("/massvaccination/" + session.getId() + "/unknown/" + answer.scanId() + "/card")
                .body();
        assertThat(card).contains(bsn.value()).contains(MassVaccinationsIntegrationTests.HPV_BATCH);
        assertThat(sessionPage).doesNotContain(bsn.value());
    }

    @Test
    void theAnswerKnowsTheDoseAndTheDossiersObjections() {
        MassVaccinationSession session = hpvSession();
        ChildDossier due2 = dossiers.open(Children.born(today.minusYears(10).minusMonths(8)));
        contactMoments.recordTransferred(
                due2.getId(), List.of(new ContactMoments.Earlier("09", today.minusMonths(7), "HPV1")));
        ChildDossier early = dossiers.open(Children.born(today.minusYears(10).minusMonths(8)));
        LocalDate firstDose = today.minusMonths(2);
        contactMoments.recordTransferred(early.getId(), List.of(new ContactMoments.Earlier("09", firstDose, "HPV1")));
        ChildDossier complete = dossiers.open(Children.born(today.minusYears(11)));
        contactMoments.recordTransferred(
                complete.getId(),
                List.of(
                        new ContactMoments.Earlier("09", today.minusMonths(14), "HPV1"),
                        new ContactMoments.Earlier("09", today.minusMonths(7), "HPV1")));
        ChildDossier objecting =
                dossiers.open(Children.born(today.minusYears(10).minusDays(40)));
        programmeObjection(objecting);

        ScanAnswer second = scan(session, due2.getBsn().value());
        ScanAnswer tooEarly = scan(session, early.getBsn().value());
        ScanAnswer done = scan(session, complete.getBsn().value());
        ScanAnswer objection = scan(session, objecting.getBsn().value());

        assertThat(second.outcome()).isEqualTo(ScanOutcome.EXPECTED);
        assertThat(second.dose()).isEqualTo(2);
        assertThat(tooEarly.outcome()).isEqualTo(ScanOutcome.DOSE_TOO_EARLY);
        assertThat(tooEarly.dose()).isEqualTo(2);
        assertThat(tooEarly.reasonDate()).isAfter(today);
        assertThat(done.outcome()).isEqualTo(ScanOutcome.ALREADY_HAS_VACCINE);
        assertThat(done.reasonDate()).isEqualTo(today.minusMonths(7));
        assertThat(objection.outcome()).isEqualTo(ScanOutcome.PROGRAMME_OBJECTION);
        assertThat(objection.outcome().colour()).isEqualTo(ScanOutcome.Colour.RED);
        assertThat(jdbc.queryForObject(
                        "select reason_date from mass_scan where id = ?", LocalDate.class, tooEarly.scanId()))
                .as("the reason is stored with the scan")
                .isEqualTo(tooEarly.reasonDate());
        assertThat(scanDesk.totals(session.getId()).registered())
                .as("a programme objection is not registered")
                .isEqualTo(3);
    }

    private void programmeObjection(ChildDossier child) {
        UUID moment = contactMoments
                .start(
                        child.getId(),
                        ContactActivity.CONSULTATION,
                        today.minusYears(1),
                        jdbc.queryForObject("select min(id) from location", Long.class))
                .getId();
        jdbc.update(
                "insert into programme_objection (id, dossier_id, contact_moment_id, recorded_by, recorded_at)"
                        + " values (?, ?, ?, 'arts', ?)",
                UUID.randomUUID(),
                child.getId(),
                moment,
                Timestamp.from(java.time.Instant.now()));
    }
}
