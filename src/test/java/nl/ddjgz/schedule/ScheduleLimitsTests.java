package nl.ddjgz.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nl.ddjgz.schedule.ScheduleRule.Limits;
import nl.ddjgz.schedule.ScheduleRule.Timing;
import org.junit.jupiter.api.Test;

/**
 * Each limit of a dose and each catch-up rule on its own, on hand-made rules and a fixed clock (the real RVP data is
 * checked in {@link RvpProposalTableIntegrationTests}).
 */
class ScheduleLimitsTests {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static LocalDate today(String day) {
        Clock clock = Clock.fixed(LocalDate.parse(day).atStartOfDay(ZONE).toInstant(), ZONE);
        return LocalDate.now(clock);
    }

    private static ScheduleRule age(String type, int dose, int months, Limits limits) {
        return new ScheduleRule(
                "M" + months, type, dose, Timing.AGE, 0, months, 0, 28, null, null, null, false, limits);
    }

    private static Limits limits(String earliest, String latest, String minInterval) {
        return new Limits(
                earliest == null ? null : Period.parse(earliest),
                latest == null ? null : Period.parse(latest),
                minInterval == null ? null : Period.parse(minInterval),
                null,
                null,
                null);
    }

    private static DueVaccination find(List<DueVaccination> plan, String type, int dose) {
        return plan.stream()
                .filter(v -> v.vaccineTypeCode().equals(type) && v.dose() == dose)
                .findFirst()
                .orElseThrow();
    }

    private static List<GivenVaccination> given(String type, String... dates) {
        return java.util.Arrays.stream(dates)
                .map(d -> new GivenVaccination(type, LocalDate.parse(d)))
                .toList();
    }

    private static final LocalDate BIRTH = LocalDate.of(2026, 1, 1);
    private static final ChildFacts CHILD = new ChildFacts(BIRTH, null, false);

    // rota: 2 and 3 months, both between 6 and 24 weeks, 4 weeks apart
    private static final RvpSchedule ROTA = new RvpSchedule(
            "rota",
            List.of(age("29", 1, 2, limits("P6W", "P24W", null)), age("29", 2, 3, limits(null, "P24W", "P4W"))));

    @Test
    void aDoseIsNotProposedBeforeItsTargetDateAndSaysItsEarliestDate() {
        DueVaccination first = find(ROTA.statusOn(CHILD, today("2026-02-20"), List.of(), c -> c), "29", 1);
        assertThat(first.status()).isEqualTo(DueStatus.PLANNED);
        assertThat(first.earliest()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(first.dueFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aDoseIsNotProposedFromItsAgeLimitOnAndSaysTheLimit() {
        DueVaccination first = find(ROTA.statusOn(CHILD, today("2026-06-18"), List.of(), c -> c), "29", 1);
        assertThat(first.status()).isEqualTo(DueStatus.TOO_LATE);
        assertThat(first.notGivenFrom()).isEqualTo(LocalDate.of(2026, 6, 18));
        assertThat(first.latestAge()).isEqualTo(new AgeLimit("weeks", 24));
        assertThat(find(ROTA.statusOn(CHILD, today("2026-06-17"), List.of(), c -> c), "29", 1)
                        .status())
                .isEqualTo(DueStatus.OVERDUE);
    }

    @Test
    void theNextDoseWaitsForThePreviousOneSoTwoDosesOfASeriesAreNeverProposedTogether() {
        List<DueVaccination> plan = ROTA.statusOn(CHILD, today("2026-04-15"), List.of(), c -> c);
        assertThat(find(plan, "29", 1).status()).isEqualTo(DueStatus.OVERDUE);
        assertThat(find(plan, "29", 2).status()).isEqualTo(DueStatus.WAITING);
        assertThat(find(plan, "29", 2).waitsForType()).isEqualTo("29");
        assertThat(find(plan, "29", 2).waitsForDose()).isEqualTo(1);
    }

    @Test
    void theMinimumIntervalAfterThePreviousDoseMovesTheTargetDate() {
        List<DueVaccination> plan = ROTA.statusOn(CHILD, today("2026-04-10"), given("29", "2026-03-20"), c -> c);
        DueVaccination second = find(plan, "29", 2);
        assertThat(second.status()).isEqualTo(DueStatus.PLANNED);
        assertThat(second.earliest()).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(second.dueFrom()).isEqualTo(LocalDate.of(2026, 4, 17));
        assertThat(find(ROTA.statusOn(CHILD, today("2026-04-17"), given("29", "2026-03-20"), c -> c), "29", 2)
                        .status())
                .isEqualTo(DueStatus.DUE);
    }

    @Test
    void aDoseThatCanNoLongerBeGivenBeforeTheLimitAfterTheIntervalIsTooLate() {
        // the first rota dose at 22 weeks: 4 weeks later the child is past 24 weeks
        List<DueVaccination> plan = ROTA.statusOn(CHILD, today("2026-06-05"), given("29", "2026-06-04"), c -> c);
        assertThat(find(plan, "29", 2).status()).isEqualTo(DueStatus.TOO_LATE);
    }

    @Test
    void aDoseTimedAfterThePreviousOneIsDueThatLongAfterIt() {
        ScheduleRule hpv1 =
                new ScheduleRule("10J", "09", 1, Timing.YEAR_TURNING, 10, 0, 0, 365, null, null, null, false, null);
        ScheduleRule hpv2 = new ScheduleRule(
                "10J",
                "09",
                2,
                Timing.AFTER_PREVIOUS,
                0,
                6,
                0,
                180,
                null,
                null,
                null,
                false,
                limits(null, null, "P150D"));
        RvpSchedule hpv = new RvpSchedule("hpv", List.of(hpv1, hpv2));
        ChildFacts child = new ChildFacts(LocalDate.of(2016, 5, 5), null, false);
        DueVaccination second =
                find(hpv.statusOn(child, today("2026-05-01"), given("09", "2026-03-10"), c -> c), "09", 2);
        assertThat(second.status()).isEqualTo(DueStatus.PLANNED);
        assertThat(second.dueFrom()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(second.earliest()).isEqualTo(LocalDate.of(2026, 8, 7));
        assertThat(find(hpv.statusOn(child, today("2026-09-10"), given("09", "2026-03-10"), c -> c), "09", 2)
                        .status())
                .isEqualTo(DueStatus.DUE);
    }

    @Test
    void aVaccineNoLongerUsedIsNotProposedAndSaysSince() {
        ScheduleRule menC =
                age("06", 1, 14, new Limits(Period.ofYears(1), null, null, null, null, LocalDate.of(2018, 4, 30)));
        RvpSchedule schedule = new RvpSchedule("menc", List.of(menC));
        ChildFacts child = new ChildFacts(LocalDate.of(2016, 6, 1), null, false);
        DueVaccination dose = find(schedule.statusOn(child, today("2026-12-01"), List.of(), c -> c), "06", 1);
        assertThat(dose.status()).isEqualTo(DueStatus.NOT_USED);
        assertThat(dose.noLongerUsedAfter()).isEqualTo(LocalDate.of(2018, 4, 30));
        assertThat(find(schedule.statusOn(child, today("2017-08-10"), List.of(), c -> c), "06", 1)
                        .status())
                .isEqualTo(DueStatus.DUE);
    }

    @Test
    void aDoseAfterAnotherTypesSeriesWaitsForThatSeries() {
        ScheduleRule infant1 = age("11", 1, 3, null);
        ScheduleRule infant2 = age("11", 2, 5, null);
        ScheduleRule booster = new ScheduleRule(
                "5J",
                "13",
                1,
                Timing.AGE,
                5,
                0,
                0,
                180,
                null,
                null,
                null,
                false,
                new Limits(null, null, null, "11", 2, null));
        RvpSchedule schedule = new RvpSchedule("booster", List.of(infant1, infant2, booster));
        ChildFacts child = new ChildFacts(LocalDate.of(2020, 1, 1), null, false);
        assertThat(find(schedule.statusOn(child, today("2025-03-01"), given("11", "2020-04-01"), c -> c), "13", 1)
                        .status())
                .isEqualTo(DueStatus.WAITING);
        assertThat(find(
                                schedule.statusOn(
                                        child, today("2025-03-01"), given("11", "2020-04-01", "2020-06-01"), c -> c),
                                "13",
                                1)
                        .status())
                .isEqualTo(DueStatus.DUE);
    }

    private static final List<CatchUpRule> PNEU_CATCH_UP = List.of(
            new CatchUpRule(
                    "08", Period.ofYears(1), Period.ofYears(2), null, null, 1, null, null, Period.ofYears(2), null),
            new CatchUpRule(
                    "08",
                    Period.ofYears(1),
                    Period.ofYears(2),
                    null,
                    null,
                    2,
                    Period.ofMonths(2),
                    Period.ofWeeks(8),
                    Period.ofYears(2),
                    null));
    private static final RvpSchedule PNEU = new RvpSchedule(
            "pneu",
            List.of(
                    age("08", 1, 3, limits(null, "P2Y", null)),
                    age("08", 2, 5, limits(null, "P2Y", "P6W")),
                    age("08", 3, 12, limits(null, "P2Y", "P4M"))),
            PNEU_CATCH_UP);

    @Test
    void aSeriesStartedAfterTheFirstBirthdayFollowsTheCatchUpScheduleWithFewerDoses() {
        List<DueVaccination> plan = PNEU.statusOn(CHILD, today("2027-03-01"), List.of(), c -> c);
        assertThat(plan).extracting(DueVaccination::moment).containsOnly(DueVaccination.CATCH_UP_MOMENT);
        assertThat(plan).extracting(DueVaccination::dose).containsExactly(1, 2);
        assertThat(find(plan, "08", 1).status()).isEqualTo(DueStatus.CATCH_UP);
        assertThat(find(plan, "08", 2).status()).isEqualTo(DueStatus.WAITING);
    }

    @Test
    void theCatchUpSeriesDependsOnTheAgeAtTheFirstDoseNotOnToday() {
        // started at 13 months: catch-up; the second dose two months later
        List<DueVaccination> plan = PNEU.statusOn(CHILD, today("2027-03-01"), given("08", "2027-02-01"), c -> c);
        assertThat(find(plan, "08", 2).status()).isEqualTo(DueStatus.PLANNED);
        assertThat(find(plan, "08", 2).dueFrom()).isEqualTo(LocalDate.of(2027, 4, 1));
        // started at 3 months: the regular series goes on, even after the first birthday
        List<DueVaccination> regular = PNEU.statusOn(CHILD, today("2027-03-01"), given("08", "2026-04-01"), c -> c);
        assertThat(regular).extracting(DueVaccination::moment).doesNotContain(DueVaccination.CATCH_UP_MOMENT);
        assertThat(find(regular, "08", 2).status()).isEqualTo(DueStatus.OVERDUE);
    }

    @Test
    void fromTheSecondBirthdayNothingOfASeriesIsGivenAnyMore() {
        List<DueVaccination> plan = PNEU.statusOn(CHILD, today("2028-01-01"), List.of(), c -> c);
        assertThat(plan).extracting(DueVaccination::status).containsOnly(DueStatus.TOO_LATE);
        assertThat(find(plan, "08", 1).latestAge()).isEqualTo(new AgeLimit("years", 2));
    }

    @Test
    void aLateSeriesMakesTheDosesItNamesLapse() {
        List<CatchUpRule> late = List.of(new CatchUpRule(
                "11", Period.ofMonths(16), Period.ofYears(18), null, null, 1, null, null, null, Set.of("13")));
        RvpSchedule schedule = new RvpSchedule(
                "late",
                List.of(
                        age("11", 1, 3, null),
                        new ScheduleRule("5J", "13", 1, Timing.AGE, 5, 0, 0, 180, null, null, null, false, null)),
                late);
        ChildFacts child = new ChildFacts(LocalDate.of(2017, 6, 1), null, false);
        List<DueVaccination> plan = schedule.statusOn(child, today("2026-12-01"), List.of(), c -> c);
        assertThat(find(plan, "13", 1).status()).isEqualTo(DueStatus.LAPSED);
        assertThat(find(plan, "13", 1).lapsedBy()).isEqualTo("11");
        assertThat(find(plan, "11", 1).status()).isEqualTo(DueStatus.CATCH_UP);
    }

    @Test
    void theProgrammeAsPlannedAtBirthChainsIntervalsAndLeavesOutVaccinesNoLongerUsed() {
        ScheduleRule hpv1 =
                new ScheduleRule("10J", "09", 1, Timing.YEAR_TURNING, 10, 0, 0, 365, null, null, null, false, null);
        ScheduleRule hpv2 = new ScheduleRule(
                "10J",
                "09",
                2,
                Timing.AFTER_PREVIOUS,
                0,
                6,
                0,
                180,
                null,
                null,
                null,
                false,
                limits(null, null, "P150D"));
        ScheduleRule menC =
                age("06", 1, 14, new Limits(Period.ofYears(1), null, null, null, null, LocalDate.of(2018, 4, 30)));
        RvpSchedule schedule = new RvpSchedule("on time", List.of(hpv2, hpv1, menC));
        assertThat(schedule.onTime(new ChildFacts(LocalDate.of(2016, 1, 15), null, false), c -> c))
                .extracting(DueVaccination::vaccineTypeCode, DueVaccination::dose, DueVaccination::dueFrom)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("06", 1, LocalDate.of(2017, 3, 15)),
                        org.assertj.core.api.Assertions.tuple("09", 1, LocalDate.of(2026, 1, 1)),
                        org.assertj.core.api.Assertions.tuple("09", 2, LocalDate.of(2026, 7, 1)));
        assertThat(schedule.onTime(new ChildFacts(LocalDate.of(2017, 6, 1), null, false), c -> c))
                .extracting(DueVaccination::vaccineTypeCode)
                .doesNotContain("06");
    }

    @Test
    void agesArePrintedInTheirOwnUnit() {
        assertThat(AgeLimit.of(Period.parse("P24W"))).isEqualTo(new AgeLimit("weeks", 24));
        assertThat(AgeLimit.of(Period.parse("P2Y"))).isEqualTo(new AgeLimit("years", 2));
        assertThat(AgeLimit.of(Period.parse("P16M"))).isEqualTo(new AgeLimit("months", 16));
        assertThat(AgeLimit.of(Period.parse("P150D"))).isEqualTo(new AgeLimit("days", 150));
    }
}
