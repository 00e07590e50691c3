package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.vaccination.InjectionSite;
import nl.ddjgz.vaccination.Vaccination;
import nl.ddjgz.vaccination.VaccinationHistory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A lot that runs out halfway: a professional switches the lot of a vaccine type at one desk, every later scan at that
 * desk carries the new lot (the other desks and the earlier scans keep theirs), the approval registers and sends each
 * child with its own lot, and the recall of the new lot finds exactly its children. The vaccinator working at a desk
 * goes with every scan there, apart from the professional who approves.
 */
@IntegrationTest
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class DeskLotIntegrationTests extends MassVaccinationServices {

    /** A second HPV lot of the simulated register's list, valid for a year. */
    private static final String NEXT_LOT = "CX242A";

    @Autowired
    VaccinationHistory vaccinationHistory;

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
                SessionMode.AFTERWARDS,
                List.of(new SessionSetup.Setup.Vaccine("09", MassVaccinationsIntegrationTests.HPV_BATCH)),
                false,
                false));
    }

    private ChildDossier scanned(MassVaccinationSession session, String desk) {
        ChildDossier child = dossiers.open(Children.born(today.minusYears(10).minusDays(3)));
        scanDesk.scan(session.getId(), UUID.randomUUID(), desk, child.getBsn().value(), false);
        return child;
    }

    private static SessionSetup.LotSwitch typed(String batch) {
        return new SessionSetup.LotSwitch("09", batch, null, false, false, false);
    }

    private Map<UUID, String> lotsByChild(MassVaccinationSession session) {
        return jdbc.queryForList("""
                        select v.dossier_id, v.batch_number from vaccination v
                        join mass_scan s on s.contact_moment_id = v.contact_moment_id
                        where s.session_id = ?
                        """, session.getId()).stream()
                .collect(Collectors.toMap(r -> (UUID) r.get("dossier_id"), r -> (String) r.get("batch_number")));
    }

    @Test
    void everyChildIsRegisteredSentAndRecalledWithTheLotInUseAtItsDeskWhenItWasScanned() {
        MassVaccinationSession session = hpvSession();
        ChildDossier before = scanned(session, "1");
        ChildDossier otherDesk = scanned(session, "2");

        DeskSetting switched = sessionSetup.switchLot(session.getId(), "1", typed(" cx242a "));

        assertThat(switched.lot("09").orElseThrow().batchNumber()).isEqualTo(NEXT_LOT);
        assertThat(sessionSetup
                        .deskSetting(session.getId(), "1")
                        .lot("09")
                        .orElseThrow()
                        .batchNumber())
                .isEqualTo(NEXT_LOT);
        assertThat(sessionSetup
                        .deskSetting(session.getId(), "2")
                        .lot("09")
                        .orElseThrow()
                        .batchNumber())
                .as("another desk keeps the preset lot")
                .isEqualTo(MassVaccinationsIntegrationTests.HPV_BATCH);
        ChildDossier after1 = scanned(session, "1");
        ChildDossier after2 = scanned(session, "1");
        ChildDossier otherDeskLater = scanned(session, "2");

        SessionOverview overview = sessionReview.overview(session.getId());
        assertThat(overview.lotSwitches()).singleElement().satisfies(d -> {
            assertThat(d.desk()).isEqualTo("1");
            assertThat(d.changedBy()).isEqualTo("arts");
            assertThat(d.changedAt()).isNotNull();
        });
        assertThat(overview.lotCounts())
                .containsExactly(
                        new SessionOverview.LotCount("09", MassVaccinationsIntegrationTests.HPV_BATCH, 3),
                        new SessionOverview.LotCount("09", NEXT_LOT, 2));

        assertThat(sessionApproval.approve(session.getId())).isEqualTo(5);

        assertThat(lotsByChild(session))
                .containsOnly(
                        Map.entry(before.getId(), MassVaccinationsIntegrationTests.HPV_BATCH),
                        Map.entry(otherDesk.getId(), MassVaccinationsIntegrationTests.HPV_BATCH),
                        Map.entry(otherDeskLater.getId(), MassVaccinationsIntegrationTests.HPV_BATCH),
                        Map.entry(after1.getId(), NEXT_LOT),
                        Map.entry(after2.getId(), NEXT_LOT));
        // the message to the register carries the child's own lot
        Map<UUID, String> payloads = jdbc.queryForList("""
                        select m.dossier_id, m.payload from registry_message m
                        join mass_scan s on s.contact_moment_id = m.contact_moment_id where s.session_id = ?
                        """, session.getId()).stream()
                .collect(Collectors.toMap(r -> (UUID) r.get("dossier_id"), r -> (String) r.get("payload")));
        assertThat(payloads.get(after1.getId())).contains("<lotNumberText>" + NEXT_LOT + "</lotNumberText>");
        assertThat(payloads.get(before.getId()))
                .contains("<lotNumberText>" + MassVaccinationsIntegrationTests.HPV_BATCH + "</lotNumberText>");
        // a recall of the new lot finds the two children of this session vaccinated from it, and none of the others
        assertThat(vaccinationHistory.recall(NEXT_LOT).stream().map(Vaccination::getDossierId))
                .contains(after1.getId(), after2.getId())
                .doesNotContain(before.getId(), otherDesk.getId(), otherDeskLater.getId());
        assertThat(vaccinationHistory.recall(MassVaccinationsIntegrationTests.HPV_BATCH).stream()
                        .map(Vaccination::getDossierId))
                .contains(before.getId(), otherDesk.getId(), otherDeskLater.getId())
                .doesNotContain(after1.getId(), after2.getId());
    }

    @Test
    void aSwitchedLotIsCheckedAsAtSetUpAndARefusalChangesNothing() {
        MassVaccinationSession session = hpvSession();
        UUID id = session.getId();

        assertThatThrownBy(() -> sessionSetup.switchLot(id, "1", typed("CX230X")))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("batch.expired"));
        assertThatThrownBy(() -> sessionSetup.switchLot(id, "1", typed("NM241A")))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("batch.otherType"));
        assertThatThrownBy(() -> sessionSetup.switchLot(id, "1", typed("ZZ12345")))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("batch.unknown.confirm"));
        // "overig" from a scanned pack that expired yesterday: refused even when confirmed (OtherNumberCheck)
        assertThatThrownBy(() -> sessionSetup.switchLot(
                        id, "1", new SessionSetup.LotSwitch("09", "ZZ12345", today.minusDays(1), true, false, true)))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("batch.other.packExpired"));
        assertThatThrownBy(() -> sessionSetup.switchLot(
                        id, "1", new SessionSetup.LotSwitch("04", NEXT_LOT, null, false, false, false)))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.lot.notInSession"));
        assertThat(sessionSetup.deskChanges(id)).isEmpty();

        DeskSetting other = sessionSetup.switchLot(
                id, "1", new SessionSetup.LotSwitch("09", "ZZ12345", today.plusMonths(3), true, false, true));

        assertThat(other.lot("09").orElseThrow())
                .as("an 'overig' number: stored as not checked against the list, with the pack's expiry")
                .isEqualTo(new DeskSetting.Lot("09", "ZZ12345", today.plusMonths(3), false, null));
    }

    @Test
    @WithMockUser(username = "assistent", roles = "JGZ_ASSISTANT")
    void onlyAProfessionalSwitchesALotAndNotAfterApproval() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("arts", null, "ROLE_JGZ_PROFESSIONAL"));
        MassVaccinationSession session = hpvSession();
        scanned(session, "1");
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("assistent", null, "ROLE_JGZ_ASSISTANT"));

        assertThatThrownBy(() -> sessionSetup.switchLot(session.getId(), "1", typed(NEXT_LOT)))
                .isInstanceOf(AccessDeniedException.class);

        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("arts", null, "ROLE_JGZ_PROFESSIONAL"));
        sessionApproval.approve(session.getId());
        assertThatThrownBy(() -> sessionSetup.switchLot(session.getId(), "1", typed(NEXT_LOT)))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mass.session.approved"));
        assertThat(sessionSetup.deskChanges(session.getId())).isEmpty();
    }

    @Test
    void theVaccinatorAtADeskIsRecordedWithEachChildApartFromTheProfessionalWhoApproves() {
        MassVaccinationSession session = hpvSession();
        ChildDossier unnamed = scanned(session, "1");
        // the desk's assistant names the vaccinator working there
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("assistent", null, "ROLE_JGZ_ASSISTANT"));
        sessionSetup.setVaccinator(session.getId(), "1", " J. de Vries ", InjectionSite.LEFT_ARM);
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("arts", null, "ROLE_JGZ_PROFESSIONAL"));
        ChildDossier byDeVries = scanned(session, "1");
        sessionSetup.switchLot(session.getId(), "1", typed(NEXT_LOT));
        ChildDossier stillDeVries = scanned(session, "1");
        ChildDossier otherDesk = scanned(session, "2");

        sessionApproval.approve(session.getId());

        Map<UUID, Map<String, Object>> moments = jdbc.queryForList("""
                        select c.dossier_id, c.vaccinator, c.injection_site, c.approved_by from contact_moment c
                        join mass_scan s on s.contact_moment_id = c.id where s.session_id = ?
                        """, session.getId()).stream()
                .collect(Collectors.toMap(r -> (UUID) r.get("dossier_id"), r -> r));
        assertThat(moments.get(unnamed.getId()).get("vaccinator")).isNull();
        assertThat(moments.get(byDeVries.getId()))
                .containsEntry("vaccinator", "J. de Vries")
                .containsEntry("injection_site", "LEFT_ARM")
                .containsEntry("approved_by", "arts");
        assertThat(moments.get(stillDeVries.getId()))
                .as("a lot switched later keeps the desk's vaccinator")
                .containsEntry("vaccinator", "J. de Vries");
        assertThat(moments.get(otherDesk.getId()).get("vaccinator")).isNull();
        assertThat(sessionReview.overview(session.getId()).deskChanges())
                .extracting(DeskSetting::changed, DeskSetting::changedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DeskSetting.Change.VACCINATOR, "assistent"),
                        org.assertj.core.groups.Tuple.tuple(DeskSetting.Change.LOT, "arts"));
    }
}
