package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.shared.Bsns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** Scans at several desks, idempotent re-sends, the import, and the approval of a large session in one go. */
@IntegrationTest
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class MassVaccinationsIntegrationTests extends MassVaccinationServices {

    /** The demo list's HPV batch (valid for months). */
    static final String HPV_BATCH = "CX241A";

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private MassVaccinationSession hpvSession() {
        Long location = jdbc.queryForObject("select min(id) from location", Long.class);
        return sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.BEFOREHAND,
                List.of(new SessionSetup.Setup.Vaccine("09", HPV_BATCH)),
                false,
                false));
    }

    private ChildDossier tenYearOld() {
        return dossiers.open(Children.born(today.minusYears(10).minusDays(3)));
    }

    @Test
    void aBatchOfAnotherVaccineTypeOrUnknownIsRefusedAtSetUp() {
        Long location = jdbc.queryForObject("select min(id) from location", Long.class);
        assertThatThrownBy(() -> sessionSetup.setUp(new SessionSetup.Setup(
                        today,
                        location,
                        SessionMode.AFTERWARDS,
                        List.of(new SessionSetup.Setup.Vaccine("09", "NM241A")),
                        false,
                        false)))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("batch.otherType"));
        assertThatThrownBy(() -> sessionSetup.setUp(new SessionSetup.Setup(
                        today,
                        location,
                        SessionMode.AFTERWARDS,
                        List.of(new SessionSetup.Setup.Vaccine("09", "ZZ999Z")),
                        false,
                        false)))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("batch.unknown.confirm"));
        MassVaccinationSession other = sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.AFTERWARDS,
                List.of(new SessionSetup.Setup.Vaccine("09", "zz999z")),
                true,
                false));
        assertThat(other.getVaccines().get(0).isBatchChecked()).isFalse();
    }

    @Test
    void theSameBsnScannedAtTwoDesksAtOnceIsRegisteredOnce() throws Exception {
        MassVaccinationSession session = hpvSession();
        ChildDossier child = tenYearOld();
        var auth = SecurityContextHolder.getContext().getAuthentication();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            List<Future<ScanAnswer>> answers = new ArrayList<>();
            for (String desk : List.of("1", "2")) {
                Callable<ScanAnswer> scan = () -> {
                    SecurityContextHolder.getContext().setAuthentication(auth);
                    together.await();
                    return scanDesk.scan(
                                    session.getId(),
                                    UUID.randomUUID(),
                                    desk,
                                    child.getBsn().value() + "\n",
                                    false)
                            .orElseThrow();
                };
                answers.add(desks.submit(scan));
            }
            List<ScanOutcome> outcomes = new ArrayList<>();
            for (Future<ScanAnswer> answer : answers) {
                outcomes.add(answer.get().outcome());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(ScanOutcome.EXPECTED, ScanOutcome.DUPLICATE);
        } finally {
            desks.shutdown();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_scan where session_id = ? and counted",
                        Integer.class,
                        session.getId()))
                .isEqualTo(1);
        ScanAnswer third = scanDesk.scan(
                        session.getId(), UUID.randomUUID(), "3", child.getBsn().value(), false)
                .orElseThrow();
        assertThat(third.outcome()).isEqualTo(ScanOutcome.DUPLICATE);
        assertThat(third.earlierDesk()).isIn("1", "2");
        assertThat(third.earlierAt()).isNotNull();
    }

    @Test
    void aResentScanGetsTheSameAnswerAndIsStoredOnce() {
        MassVaccinationSession session = hpvSession();
        ChildDossier child = tenYearOld();
        UUID scanId = UUID.randomUUID();
        ScanAnswer first = scanDesk.scan(
                        session.getId(), scanId, "1", child.getBsn().value(), false)
                .orElseThrow();
        ScanAnswer again = scanDesk.scan(
                        session.getId(), scanId, "1", child.getBsn().value(), false)
                .orElseThrow();
        assertThat(first.outcome()).isEqualTo(ScanOutcome.EXPECTED);
        assertThat(again.outcome()).isEqualTo(ScanOutcome.EXPECTED);
        assertThat(again.childName()).isEqualTo(child.fullName());
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_scan where session_id = ?", Integer.class, session.getId()))
                .isEqualTo(1);
    }

    @Test
    void answersRedForWhatIsNotAChildHereAndNothingForARepeatedEnter() {
        MassVaccinationSession session = hpvSession();
        UUID id = session.getId();
        assertThat(scanDesk.scan(id, UUID.randomUUID(), "1", "123456789", false)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(ScanOutcome.INVALID_BSN);
        assertThat(scanDesk.scan(id, UUID.randomUUID(), "1", "8712345678906", false)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(ScanOutcome.NOT_A_BSN);
        assertThat(scanDesk.scan(id, UUID.randomUUID(), "1", Bsns.random().value(), false)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(ScanOutcome.NO_DOSSIER);
        assertThat(scanDesk.scan(id, UUID.randomUUID(), "1", "  ", false)).isEmpty();
        assertThat(scanDesk.totals(id).registered()).isZero();
        assertThat(scanDesk.totals(id).refused()).isEqualTo(3);
    }

    @Test
    void aChildNotOnTheExpectedListIsOrange() {
        MassVaccinationSession session = hpvSession();
        ChildDossier expectedChild = tenYearOld();
        ChildDossier other = tenYearOld();
        String csv = "bsn;achternaam;voornamen;geboortedatum\n"
                + expectedChild.getBsn().value() + ";"
                + expectedChild.getFamilyName() + ";Emma;"
                + expectedChild.getBirthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                + "\n123456789;Fout;Bsn;01-01-2015\n";
        ExpectedList.ImportPreview preview =
                expectedList.previewImport(session.getId(), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.result().accepted()).hasSize(1);
        assertThat(preview.result().refused()).hasSize(1);
        assertThat(expectedList.expectedChildren(session.getId())).isEmpty();
        assertThat(expectedList.confirmImport(session.getId(), preview.importId()))
                .isEqualTo(1);
        assertThat(expectedList.expectedChildren(session.getId())).hasSize(1);

        assertThat(scanDesk.scan(
                                session.getId(),
                                UUID.randomUUID(),
                                "1",
                                expectedChild.getBsn().value(),
                                false)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(ScanOutcome.EXPECTED);
        assertThat(scanDesk.scan(
                                session.getId(),
                                UUID.randomUUID(),
                                "1",
                                other.getBsn().value(),
                                false)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(ScanOutcome.NOT_EXPECTED);
    }

    /**
     * The totals the desk shows come from counters kept with every scan, removal and put-back; they are what counting
     * the session's scans gives, at every step: several desks, an exception that becomes expected when the list
     * grows, a duplicate, a child taken out and put back.
     */
    @Test
    void theTotalsAreWhatTheSessionsScansCountAtEveryStep() {
        MassVaccinationSession session = hpvSession();
        UUID id = session.getId();
        ChildDossier onTheList = tenYearOld();
        ChildDossier addedLater = tenYearOld();
        confirmList(id, onTheList);
        assertThat(scanDesk.totals(id)).isEqualTo(recount(id));

        // the desk's answer carries the totals after each scan, read by the statement that stores it
        for (String[] deskAndCode : new String[][] {
            {"1", onTheList.getBsn().value()},
            {"2", addedLater.getBsn().value()},
            {"2", onTheList.getBsn().value()},
            {"2", "123456789"}
        }) {
            ScanDesk.DeskScan answered =
                    scanDesk.scanAtDesk(id, UUID.randomUUID(), deskAndCode[0], deskAndCode[1], false);
            assertThat(answered.totals()).isEqualTo(recount(id));
        }
        assertThat(scanDesk.totals(id)).isEqualTo(recount(id)).isEqualTo(new Scans.Totals(2, 1, 1, 1, 0, 2));

        confirmList(id, addedLater);
        assertThat(scanDesk.totals(id)).isEqualTo(recount(id)).isEqualTo(new Scans.Totals(2, 2, 2, 1, 0, 2));

        UUID scan = scanDesk.recentAtDesk(id, "1").get(0).scanId();
        sessionReview.remove(id, scan, RemovalReason.ABSENT);
        assertThat(scanDesk.totals(id)).isEqualTo(recount(id)).isEqualTo(new Scans.Totals(1, 2, 1, 1, 1, 2));

        sessionReview.putBack(id, scan);
        assertThat(scanDesk.totals(id)).isEqualTo(recount(id)).isEqualTo(new Scans.Totals(2, 2, 2, 1, 0, 2));
    }

    private void confirmList(UUID sessionId, ChildDossier child) {
        String csv = "bsn;achternaam;voornamen;geboortedatum\n"
                + child.getBsn().value() + ";" + child.getFamilyName() + ";Emma;"
                + child.getBirthDate().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + "\n";
        ExpectedList.ImportPreview preview =
                expectedList.previewImport(sessionId, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(expectedList.confirmImport(sessionId, preview.importId())).isEqualTo(1);
    }

    /** The totals counted from the session's scans and expected list, as the desk counted them before the counters. */
    private Scans.Totals recount(UUID sessionId) {
        return jdbc.queryForObject(
                """
                select count(*) filter (where counted and removed_reason is null) as registered,
                       (select count(*) from mass_expected_child e
                        where e.session_id = ? and e.confirmed) as expected,
                       count(*) filter (where counted and removed_reason is null
                                        and (outcome = 'EXPECTED' or exists (
                                            select 1 from mass_expected_child e
                                            where e.session_id = s.session_id and e.confirmed
                                              and e.identifier = s.identifier))) as expected_seen,
                       count(*) filter (where counted and removed_reason is null
                                        and outcome <> 'EXPECTED') as exceptions,
                       count(*) filter (where counted and removed_reason is not null) as removed,
                       count(*) filter (where not counted) as refused
                from mass_scan s where session_id = ?
                """,
                (rs, row) -> new Scans.Totals(
                        rs.getInt("registered"),
                        rs.getInt("expected"),
                        rs.getInt("expected_seen"),
                        rs.getInt("exceptions"),
                        rs.getInt("removed"),
                        rs.getInt("refused")),
                sessionId,
                sessionId);
    }

    @Test
    void approvingALargeSessionRegistersEveryChildAndQueuesEveryMessageInOneGo() {
        MassVaccinationSession session = hpvSession();
        List<ChildDossier> children = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            children.add(tenYearOld());
        }
        for (ChildDossier child : children) {
            scanDesk.scan(
                    session.getId(), UUID.randomUUID(), "1", child.getBsn().value(), false);
        }
        UUID absent = scanDesk.recentAtDesk(session.getId(), "1").get(0).scanId();
        sessionReview.remove(session.getId(), absent, RemovalReason.ABSENT);

        int registered = sessionApproval.approve(session.getId());

        assertThat(registered).isEqualTo(299);
        assertThat(jdbc.queryForObject("""
                        select count(*) from contact_moment c join mass_scan s on s.contact_moment_id = c.id
                        where s.session_id = ? and c.state = 'APPROVED'
                        """, Integer.class, session.getId())).isEqualTo(299);
        assertThat(jdbc.queryForObject("""
                        select count(*) from registry_message m join mass_scan s on s.contact_moment_id = m.contact_moment_id
                        where s.session_id = ? and m.state = 'QUEUED' and m.kind = 'WITH_BSN'
                        """, Integer.class, session.getId())).isEqualTo(299);
        assertThat(jdbc.queryForObject("""
                        select count(*) from vaccination v join mass_scan s on s.contact_moment_id = v.contact_moment_id
                        where s.session_id = ? and v.vaccine_type = '09' and v.batch_number = ? and v.state = 'APPROVED'
                        """, Integer.class, session.getId(), HPV_BATCH))
                .isEqualTo(299);
        assertThatThrownBy(() -> sessionApproval.approve(session.getId()))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.session.approved"));
        assertThat(scanDesk.scan(
                                session.getId(),
                                UUID.randomUUID(),
                                "1",
                                children.get(0).getBsn().value(),
                                false)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(ScanOutcome.SESSION_CLOSED);
    }

    @Test
    void aScanAfterTheReviewPageWasOpenedRefusesTheApprovalSoTheProfessionalApprovesWhatTheySaw() {
        MassVaccinationSession session = hpvSession();
        scanDesk.scan(
                session.getId(), UUID.randomUUID(), "1", tenYearOld().getBsn().value(), false);
        String shownOnReview = sessionReview.overview(session.getId()).reviewed();
        scanDesk.scan(
                session.getId(), UUID.randomUUID(), "2", tenYearOld().getBsn().value(), false);

        assertThatThrownBy(() -> sessionApproval.approve(session.getId(), shownOnReview))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.approve.changed"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_scan where session_id = ? and contact_moment_id is not null",
                        Integer.class,
                        session.getId()))
                .isZero();
        assertThat(sessionApproval.approve(
                        session.getId(), sessionReview.overview(session.getId()).reviewed()))
                .isEqualTo(2);
    }

    @Test
    void oneChildAddedAndAnotherTakenOutAfterTheReviewRefusesTheApprovalThoughTheCountIsTheSame() {
        MassVaccinationSession session = hpvSession();
        ScanAnswer first = scanDesk.scan(
                        session.getId(),
                        UUID.randomUUID(),
                        "1",
                        tenYearOld().getBsn().value(),
                        false)
                .orElseThrow();
        scanDesk.scan(
                session.getId(), UUID.randomUUID(), "1", tenYearOld().getBsn().value(), false);
        SessionOverview reviewed = sessionReview.overview(session.getId());
        assertThat(reviewed.vaccinated()).hasSize(2);

        scanDesk.scan(
                session.getId(), UUID.randomUUID(), "2", tenYearOld().getBsn().value(), false);
        sessionReview.remove(session.getId(), first.scanId(), RemovalReason.ABSENT);
        assertThat(sessionReview.overview(session.getId()).vaccinated()).hasSize(2);

        assertThatThrownBy(() -> sessionApproval.approve(session.getId(), reviewed.reviewed()))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.approve.changed"));
        assertThat(sessionSetup.get(session.getId()).getState()).isEqualTo(MassVaccinationSession.State.OPEN);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_scan where session_id = ? and contact_moment_id is not null",
                        Integer.class,
                        session.getId()))
                .isZero();
    }

    @Test
    void anAssistantScansButCannotApprove() {
        MassVaccinationSession session = hpvSession();
        ChildDossier child = tenYearOld();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("assistent", "x", "ROLE_JGZ_ASSISTANT"));
        assertThat(scanDesk.scan(
                                session.getId(),
                                UUID.randomUUID(),
                                "2",
                                child.getBsn().value(),
                                false)
                        .orElseThrow()
                        .outcome())
                .isEqualTo(ScanOutcome.EXPECTED);
        assertThatThrownBy(() -> sessionApproval.approve(session.getId())).isInstanceOf(AccessDeniedException.class);
    }
}
