package nl.ddjgz.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ddjgz.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The RVP 2025 schedule as loaded by the migrations, for children of every age, both DKTP schedules and cohorts. */
@IntegrationTest
class VaccinationScheduleIntegrationTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Autowired
    VaccinationSchedule schedule;

    private List<DueVaccination> due(LocalDate birth, DktpSchedule dktp) {
        return schedule.dueOn(new ChildFacts(birth, dktp, false), DAY, List.of());
    }

    /** The dose in the plan of a child whose infant series started on time (so no catch-up series replaces it). */
    private DueVaccination find(LocalDate birth, String type, int dose) {
        return schedule.plan(new ChildFacts(birth, null, false), DAY, infantSeries(birth)).stream()
                .filter(v -> v.vaccineTypeCode().equals(type) && v.dose() == dose)
                .findFirst()
                .orElseThrow();
    }

    private static List<GivenVaccination> infantSeries(LocalDate birth) {
        return List.of(
                new GivenVaccination("11", birth.plusMonths(3)),
                new GivenVaccination("11", birth.plusMonths(5)),
                new GivenVaccination("11", birth.plusMonths(12)),
                new GivenVaccination("08", birth.plusMonths(3)));
    }

    @Test
    void aBabyOfThreeMonthsOnTheStandardScheduleIsDueForItsFirstDktpAndPneuAndOneRotaDoseAtATime() {
        assertThat(due(LocalDate.of(2026, 8, 23), DktpSchedule.STANDARD))
                .extracting(
                        DueVaccination::moment,
                        DueVaccination::vaccineTypeCode,
                        DueVaccination::dose,
                        DueVaccination::status)
                .containsExactlyInAnyOrder(
                        tuple("RSV", "RSV", 1, DueStatus.OVERDUE),
                        tuple("2M", "29", 1, DueStatus.OVERDUE),
                        tuple("3M", "11", 1, DueStatus.DUE),
                        tuple("3M", "08", 1, DueStatus.DUE));
    }

    @Test
    void onTheAdaptedScheduleTheFirstDktpDoseComesAtTwoMonths() {
        assertThat(due(LocalDate.of(2026, 8, 23), DktpSchedule.ADAPTED))
                .extracting(DueVaccination::moment, DueVaccination::vaccineTypeCode, DueVaccination::dose)
                .contains(tuple("2M", "11", 1))
                .doesNotContain(tuple("3M", "11", 1), tuple("3M", "11", 2));
    }

    @Test
    void aNewbornGetsNothingButRsvInSeasonAndHepatitisBOnlyWhenTheMotherIsPositive() {
        LocalDate birth = DAY.minusDays(1);
        assertThat(schedule.dueOn(new ChildFacts(birth, null, false), DAY, List.of()))
                .extracting(DueVaccination::vaccineTypeCode)
                .containsExactly("RSV");
        assertThat(schedule.dueOn(new ChildFacts(birth, null, true), DAY, List.of()))
                .extracting(DueVaccination::vaccineTypeCode)
                .containsExactlyInAnyOrder("RSV", "05");
    }

    @Test
    void theLastInfantDoseMovedFromElevenToTwelveMonthsForCohort2024() {
        assertThat(find(LocalDate.of(2023, 12, 31), "11", 3).moment()).isEqualTo("11M");
        assertThat(find(LocalDate.of(2024, 1, 1), "11", 3).moment()).isEqualTo("12M");
    }

    @Test
    void rotaIsOnlyForCohort2024AndLater() {
        assertThat(schedule.statusOn(new ChildFacts(LocalDate.of(2023, 12, 31), null, false), DAY, List.of()))
                .extracting(DueVaccination::vaccineTypeCode)
                .doesNotContain("29");
    }

    @Test
    void theSecondMmrMovedFromNineToThreeYearsForCohort2022() {
        assertThat(find(LocalDate.of(2021, 12, 31), "04", 2).moment()).isEqualTo("9J");
        assertThat(find(LocalDate.of(2022, 1, 1), "04", 2).moment()).isEqualTo("3J");
    }

    @Test
    void theSchoolBoosterIsDktAtFiveFromCohort2021AndDktpAtFourBefore() {
        LocalDate from2021 = LocalDate.of(2021, 1, 1);
        assertThat(schedule.statusOn(new ChildFacts(from2021, null, false), DAY, infantSeries(from2021)))
                .extracting(DueVaccination::vaccineTypeCode)
                .contains("13")
                .doesNotContain("27");
        LocalDate before2021 = LocalDate.of(2020, 12, 31);
        assertThat(schedule.statusOn(new ChildFacts(before2021, null, false), DAY, infantSeries(before2021)))
                .extracting(DueVaccination::vaccineTypeCode)
                .contains("27")
                .doesNotContain("13");
    }

    @Test
    void menAcwyReplacedMenCAtFourteenMonths() {
        assertThat(find(LocalDate.of(2017, 3, 1), "28", 1).moment()).isEqualTo("14M");
        assertThat(find(LocalDate.of(2017, 2, 28), "06", 1).moment()).isEqualTo("14M");
        assertThat(find(LocalDate.of(2017, 2, 28), "28", 1).moment()).isEqualTo("14J");
    }

    @Test
    void aChildTurningTenThisYearIsDueForHpvAndTheSecondDoseComesSixMonthsAfterTheFirst() {
        LocalDate birth = LocalDate.of(2016, 12, 20);
        ChildFacts child = new ChildFacts(birth, null, false);
        assertThat(due(birth, null))
                .extracting(
                        DueVaccination::moment,
                        DueVaccination::vaccineTypeCode,
                        DueVaccination::dose,
                        DueVaccination::dueFrom)
                .contains(tuple("10J", "09", 1, LocalDate.of(2026, 1, 1)))
                .doesNotContain(tuple("10J", "09", 2, LocalDate.of(2026, 7, 1)));
        List<GivenVaccination> first = List.of(new GivenVaccination("09", LocalDate.of(2026, 3, 10)));
        assertThat(schedule.plan(child, DAY, first))
                .filteredOn(v -> v.vaccineTypeCode().equals("09") && v.dose() == 2)
                .extracting(DueVaccination::dueFrom, DueVaccination::earliest, DueVaccination::status)
                .containsExactly(tuple(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 8, 7), DueStatus.DUE));
    }

    @Test
    void aChildTurningFourteenThisYearIsDueForMenAcwyAndDtp() {
        LocalDate birth = LocalDate.of(2012, 12, 1);
        assertThat(schedule.dueOn(new ChildFacts(birth, null, false), DAY, infantSeries(birth)))
                .extracting(DueVaccination::moment, DueVaccination::vaccineTypeCode)
                .contains(tuple("14J", "28"), tuple("14J", "02"));
    }

    @Test
    void vaccinationsAlreadyGivenAreNotDueAgain() {
        LocalDate birth = LocalDate.of(2026, 8, 23);
        List<GivenVaccination> given = List.of(
                new GivenVaccination("29", LocalDate.of(2026, 10, 24)),
                new GivenVaccination("RSV", LocalDate.of(2026, 9, 5)));
        assertThat(schedule.dueOn(new ChildFacts(birth, null, false), DAY, given))
                .extracting(DueVaccination::vaccineTypeCode, DueVaccination::dose)
                .containsExactlyInAnyOrder(tuple("11", 1), tuple("08", 1), tuple("29", 2));
    }

    @Test
    void aContactMomentOutsideTheScheduleProposesNothing() {
        ChildFacts child = new ChildFacts(LocalDate.of(2026, 8, 23), null, false);
        assertThat(schedule.forContactMoment(child, ContactActivity.ON_INDICATION, DAY, List.of()))
                .isEmpty();
        assertThat(schedule.forContactMoment(child, ContactActivity.CONTACT_2_WEEKS_6_MONTHS, DAY, List.of()))
                .isNotEmpty();
    }

    @Test
    void vaccineTypesAreReferenceDataWithW0422Codes() {
        assertThat(schedule.vaccineType("11").orElseThrow().getName()).isEqualTo("DKTP-Hib-Hepatitis B");
        assertThat(schedule.vaccineType("RSV").orElseThrow().getW0422Code()).isNull();
        assertThat(schedule.vaccineTypes()).hasSize(31);
    }
}
