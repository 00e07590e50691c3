package nl.ddjgz.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.ddjgz.schedule.ScheduleRule.Timing;
import org.junit.jupiter.api.Test;

class ScheduleRuleTests {

    private static final ScheduleRule RSV = new ScheduleRule(
            "RSV", "RSV", 1, Timing.RSV_SEASON, 0, 0, 0, 14, LocalDate.of(2025, 4, 1), null, null, false, null);

    @Test
    void aBabyBornInTheRsvSeasonIsImmunisedInItsFirstTwoWeeks() {
        LocalDate birth = LocalDate.of(2025, 11, 3);
        assertThat(RSV.dueFrom(birth)).isEqualTo(birth);
        assertThat(RSV.overdueFrom(birth)).isEqualTo(birth.plusDays(15));
    }

    @Test
    void aBabyBornInSummerIsImmunisedInSeptemberOrOctober() {
        LocalDate birth = LocalDate.of(2025, 6, 20);
        assertThat(RSV.dueFrom(birth)).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(RSV.overdueFrom(birth)).isEqualTo(LocalDate.of(2025, 11, 1));
    }

    @Test
    void rsvImmunisationIsOnlyForBabiesBornFromAprilFirst2025() {
        assertThat(RSV.appliesTo(new ChildFacts(LocalDate.of(2025, 3, 31), null, false)))
                .isFalse();
        assertThat(RSV.appliesTo(new ChildFacts(LocalDate.of(2025, 4, 1), null, false)))
                .isTrue();
    }

    @Test
    void aRuleForTheAdaptedDktpScheduleDoesNotApplyToTheStandardOneNorToAnUnchosenOne() {
        ScheduleRule adapted =
                new ScheduleRule("2M", "11", 1, Timing.AGE, 0, 2, 0, 28, null, null, DktpSchedule.ADAPTED, false, null);
        LocalDate birth = LocalDate.of(2026, 1, 1);
        assertThat(adapted.appliesTo(new ChildFacts(birth, DktpSchedule.ADAPTED, false)))
                .isTrue();
        assertThat(adapted.appliesTo(new ChildFacts(birth, DktpSchedule.STANDARD, false)))
                .isFalse();
        assertThat(adapted.appliesTo(new ChildFacts(birth, null, false))).isFalse();
    }

    @Test
    void hepatitisBAtBirthOnlyWhenTheMotherIsHbsagPositive() {
        ScheduleRule hepB0 = new ScheduleRule("BIRTH", "05", 1, Timing.AGE, 0, 0, 0, 2, null, null, null, true, null);
        LocalDate birth = LocalDate.of(2026, 1, 1);
        assertThat(hepB0.appliesTo(new ChildFacts(birth, null, true))).isTrue();
        assertThat(hepB0.appliesTo(new ChildFacts(birth, null, false))).isFalse();
        assertThat(hepB0.overdueFrom(birth)).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void cohortBoundsAreInclusive() {
        ScheduleRule rule = new ScheduleRule(
                "12M",
                "08",
                3,
                Timing.AGE,
                0,
                12,
                0,
                42,
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                null,
                false,
                null);
        assertThat(rule.appliesTo(new ChildFacts(LocalDate.of(2024, 1, 1), null, false)))
                .isTrue();
        assertThat(rule.appliesTo(new ChildFacts(LocalDate.of(2024, 12, 31), null, false)))
                .isTrue();
        assertThat(rule.appliesTo(new ChildFacts(LocalDate.of(2023, 12, 31), null, false)))
                .isFalse();
        assertThat(rule.appliesTo(new ChildFacts(LocalDate.of(2025, 1, 1), null, false)))
                .isFalse();
    }
}
