package nl.ddjgz.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.ddjgz.schedule.ScheduleRule.Timing;
import org.junit.jupiter.api.Test;

/** The schedule's rules on a small hand-made schedule; the real 2025 data is checked in the integration tests. */
class RvpScheduleTests {

    private static ScheduleRule age(String moment, String type, int dose, int months, int grace) {
        return new ScheduleRule(moment, type, dose, Timing.AGE, 0, months, 0, grace, null, null, null, false, null);
    }

    private static final RvpSchedule SCHEDULE = new RvpSchedule(
            "test",
            List.of(
                    age("3M", "11", 1, 3, 28),
                    age("5M", "11", 2, 5, 28),
                    age("14M", "04", 1, 14, 60),
                    new ScheduleRule("10J", "09", 1, Timing.YEAR_TURNING, 10, 0, 0, 365, null, null, null, false, null),
                    new ScheduleRule(
                            "10J", "09", 2, Timing.YEAR_TURNING, 10, 6, 0, 365, null, null, null, false, null)));

    private static final LocalDate BIRTH = LocalDate.of(2026, 1, 10);
    private static final ChildFacts CHILD = new ChildFacts(BIRTH, null, false);

    private static DueStatus statusOf(List<DueVaccination> list, String type, int dose) {
        return list.stream()
                .filter(v -> v.vaccineTypeCode().equals(type) && v.dose() == dose)
                .findFirst()
                .orElseThrow()
                .status();
    }

    @Test
    void aDoseIsPlannedBeforeItsAgeDueFromItAndOverdueAfterTheGracePeriod() {
        assertThat(statusOf(SCHEDULE.statusOn(CHILD, LocalDate.of(2026, 4, 9), List.of(), c -> c), "11", 1))
                .isEqualTo(DueStatus.PLANNED);
        assertThat(statusOf(SCHEDULE.statusOn(CHILD, LocalDate.of(2026, 4, 10), List.of(), c -> c), "11", 1))
                .isEqualTo(DueStatus.DUE);
        assertThat(statusOf(SCHEDULE.statusOn(CHILD, LocalDate.of(2026, 5, 8), List.of(), c -> c), "11", 1))
                .isEqualTo(DueStatus.DUE);
        assertThat(statusOf(SCHEDULE.statusOn(CHILD, LocalDate.of(2026, 5, 9), List.of(), c -> c), "11", 1))
                .isEqualTo(DueStatus.OVERDUE);
    }

    @Test
    void givenVaccinationsCountPerTypeSoAMissedDoseIsNotSkipped() {
        LocalDate day = LocalDate.of(2026, 7, 1);
        List<GivenVaccination> one = List.of(new GivenVaccination("11", LocalDate.of(2026, 4, 12)));
        List<DueVaccination> status = SCHEDULE.statusOn(CHILD, day, one, c -> c);
        assertThat(statusOf(status, "11", 1)).isEqualTo(DueStatus.GIVEN);
        assertThat(statusOf(status, "11", 2)).isEqualTo(DueStatus.DUE);
    }

    @Test
    void aVaccinationAfterTheDateDoesNotCount() {
        List<GivenVaccination> later = List.of(new GivenVaccination("11", LocalDate.of(2026, 8, 1)));
        assertThat(statusOf(SCHEDULE.statusOn(CHILD, LocalDate.of(2026, 7, 1), later, c -> c), "11", 1))
                .isEqualTo(DueStatus.OVERDUE);
    }

    @Test
    void yearTurningDosesAreDueFromTheFirstOfJanuaryOfThatYear() {
        ChildFacts child = new ChildFacts(LocalDate.of(2016, 11, 30), null, false);
        List<DueVaccination> status = SCHEDULE.statusOn(child, LocalDate.of(2026, 1, 1), List.of(), c -> c);
        DueVaccination first = status.stream()
                .filter(v -> v.vaccineTypeCode().equals("09") && v.dose() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(first.dueFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(first.status()).isEqualTo(DueStatus.DUE);
        assertThat(statusOf(status, "09", 2)).isEqualTo(DueStatus.WAITING);
    }

    @Test
    void resultsAreInOrderOfDueDateAndCarryTheVaccineName() {
        List<DueVaccination> status = SCHEDULE.statusOn(CHILD, LocalDate.of(2026, 4, 10), List.of(), c -> "naam-" + c);
        assertThat(status).extracting(DueVaccination::moment).startsWith("3M", "5M", "14M");
        assertThat(status.get(0).vaccineTypeName()).isEqualTo("naam-11");
    }
}
