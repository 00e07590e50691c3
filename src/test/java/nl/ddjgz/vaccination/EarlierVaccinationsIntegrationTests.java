package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.praeventis.StatusReport;
import nl.ddjgz.schedule.ContactActivity;
import nl.ddjgz.schedule.DueVaccination;
import nl.ddjgz.schedule.VaccinationSchedule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Earlier vaccinations ("eerder gegeven") on the embedded PostgreSQL: stored as history, counted, never sent. */
@IntegrationTest
@WithMockUser(username = "verpleegkundige", roles = "JGZ_PROFESSIONAL")
class EarlierVaccinationsIntegrationTests {

    @Autowired
    EarlierVaccinations earlierVaccinations;

    @Autowired
    VaccinationHistory vaccinationHistory;

    @Autowired
    Dossiers dossiers;

    @Autowired
    VaccinationSchedule schedule;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    /** A child of about nine and a half who came from another organisation. */
    private ChildDossier transferred() {
        return dossiers.open(Children.born(today.minusYears(9).minusMonths(6)));
    }

    private static EarlierEntry entry(LocalDate date, String type) {
        return new EarlierEntry(date, type, "GGD Amsterdam", null);
    }

    private List<String> proposal(ChildDossier child) {
        return schedule
                .forContactMoment(
                        child.facts(),
                        ContactActivity.CONTACT_4_12_YEARS,
                        today,
                        vaccinationHistory.given(child.getId()))
                .stream()
                .map(DueVaccination::vaccineTypeCode)
                .toList();
    }

    private int rows(String table, ChildDossier child) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where dossier_id = ?", Integer.class, child.getId());
    }

    @Test
    void aBookletIsStoredAsHistoryAuditedNeverSentAndTheScheduleCountsIt() {
        ChildDossier child = transferred();
        LocalDate birth = child.getBirthDate();
        assertThat(proposal(child)).containsExactlyInAnyOrder("11", "04", "28");

        int stored = earlierVaccinations.record(
                child.getId(),
                EarlierSource.BOOKLET,
                List.of(
                        entry(birth.plusMonths(2), "11"),
                        entry(birth.plusMonths(3), "11"),
                        new EarlierEntry(null, "", " ", null),
                        entry(birth.plusMonths(4), "11"),
                        new EarlierEntry(birth.plusMonths(11), "11", "Rabat", "AB12"),
                        entry(birth.plusMonths(14), "04"),
                        entry(birth.plusMonths(14), "28")),
                "rows");

        assertThat(stored).isEqualTo(6);
        assertThat(earlierVaccinations.of(child.getId()))
                .extracting(
                        EarlierVaccination::getVaccineType,
                        EarlierVaccination::getSource,
                        EarlierVaccination::getRecordedBy)
                .containsOnly(
                        tuple("11", EarlierSource.BOOKLET, "verpleegkundige"),
                        tuple("04", EarlierSource.BOOKLET, "verpleegkundige"),
                        tuple("28", EarlierSource.BOOKLET, "verpleegkundige"));
        assertThat(earlierVaccinations.of(child.getId()))
                .filteredOn(e -> "AB12".equals(e.getBatchNumber()))
                .extracting(EarlierVaccination::getPlace)
                .containsExactly("Rabat");
        // the regular series was complete: no catch-up any more, the BMR 2 and the booster are what is left
        assertThat(proposal(child)).doesNotContain("11", "28").contains("04");
        assertThat(rows("registry_message", child)).isZero();
        assertThat(rows("contact_moment", child)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'EARLIER_VACCINATION_RECORD' and dossier_id = ?",
                        Integer.class,
                        child.getId()))
                .isEqualTo(1);
    }

    @Test
    void aDateInTheFutureIsRefusedAndNothingOfTheBookletIsStored() {
        ChildDossier child = transferred();
        assertThatThrownBy(() -> earlierVaccinations.record(
                        child.getId(),
                        EarlierSource.BOOKLET,
                        List.of(entry(child.getBirthDate().plusMonths(2), "11"), entry(today.plusDays(1), "04")),
                        "rows"))
                .isInstanceOfSatisfying(EarlierVaccinationRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("earlier.date.future");
                    assertThat(e.field()).isEqualTo("rows[1].date");
                });
        assertThat(rows("earlier_vaccination", child)).isZero();
    }

    @Test
    void aDateBeforeBirthIsRefused() {
        ChildDossier child = transferred();
        assertThatThrownBy(() -> earlierVaccinations.record(
                        child.getId(),
                        EarlierSource.TRANSFER_DOSSIER,
                        List.of(entry(child.getBirthDate().minusDays(1), "05")),
                        "rows"))
                .isInstanceOfSatisfying(
                        EarlierVaccinationRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("earlier.date.beforeBirth"));
        assertThat(rows("earlier_vaccination", child)).isZero();
    }

    @Test
    void theSameTypeTwiceOnOneDayIsRefusedAlsoWhenTheDossierHasItAlready() {
        ChildDossier child = transferred();
        LocalDate day = child.getBirthDate().plusMonths(14);
        assertThatThrownBy(() -> earlierVaccinations.record(
                        child.getId(), EarlierSource.BOOKLET, List.of(entry(day, "04"), entry(day, "04")), "rows"))
                .isInstanceOfSatisfying(EarlierVaccinationRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("earlier.sameDay");
                    assertThat(e.field()).isEqualTo("rows[1].vaccineType");
                });
        assertThat(rows("earlier_vaccination", child)).isZero();

        earlierVaccinations.record(child.getId(), EarlierSource.BOOKLET, List.of(entry(day, "04")), "rows");
        assertThatThrownBy(() -> earlierVaccinations.record(
                        child.getId(), EarlierSource.PRAEVENTIS, List.of(entry(day, "04")), null))
                .isInstanceOfSatisfying(
                        EarlierVaccinationRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("earlier.alreadyKnown"));
        assertThat(rows("earlier_vaccination", child)).isEqualTo(1);
    }

    @Test
    void anEmptyFormOrNoSourceIsRefused() {
        ChildDossier child = transferred();
        assertThatThrownBy(() -> earlierVaccinations.record(
                        child.getId(),
                        EarlierSource.BOOKLET,
                        List.of(new EarlierEntry(null, null, null, null)),
                        "rows"))
                .isInstanceOfSatisfying(
                        EarlierVaccinationRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("earlier.none"));
        assertThatThrownBy(() -> earlierVaccinations.record(
                        child.getId(), null, List.of(entry(child.getBirthDate().plusMonths(2), "11")), "rows"))
                .isInstanceOfSatisfying(
                        EarlierVaccinationRefusedException.class,
                        e -> assertThat(e.field()).isEqualTo("source"));
    }

    @Test
    void theStatusAnswerOffersOnlyWhatTheDossierDoesNotKnow() {
        ChildDossier child = transferred();
        LocalDate birth = child.getBirthDate();
        earlierVaccinations.record(
                child.getId(), EarlierSource.BOOKLET, List.of(entry(birth.plusMonths(14), "04")), "rows");
        StatusReport report = new StatusReport(
                StatusReport.Outcome.FOUND,
                null,
                List.of(
                        given("04", birth.plusMonths(14), false),
                        given("11", birth.plusMonths(3), false),
                        given("08", birth.plusMonths(3), true),
                        given(null, birth.plusMonths(5), false),
                        new StatusReport.Item(
                                StatusReport.Kind.PLANNED,
                                "28",
                                "MenACWY",
                                null,
                                today,
                                today,
                                null,
                                null,
                                false,
                                false,
                                null)));

        List<EarlierEntry> offered = earlierVaccinations.notInDossier(child.getId(), report);

        assertThat(offered)
                .extracting(EarlierEntry::vaccineType, EarlierEntry::date, EarlierEntry::place)
                .containsExactly(tuple("11", birth.plusMonths(3), "JGZ Elders"));
        earlierVaccinations.record(child.getId(), EarlierSource.PRAEVENTIS, offered, null);
        assertThat(earlierVaccinations.of(child.getId()))
                .extracting(EarlierVaccination::getVaccineType, EarlierVaccination::getSource)
                .containsExactly(tuple("11", EarlierSource.PRAEVENTIS), tuple("04", EarlierSource.BOOKLET));
        assertThat(earlierVaccinations.notInDossier(child.getId(), report)).isEmpty();
    }

    private static StatusReport.Item given(String w0422, LocalDate date, boolean rejected) {
        return new StatusReport.Item(
                StatusReport.Kind.GIVEN,
                w0422,
                w0422 == null ? "Tuberculose (buitenland)" : "vaccin",
                date,
                null,
                null,
                "B1",
                null,
                rejected,
                w0422 == null,
                "JGZ Elders");
    }
}
