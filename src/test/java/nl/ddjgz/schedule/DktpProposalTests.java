package nl.ddjgz.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import nl.ddjgz.schedule.DktpProposal.Reason;
import nl.ddjgz.schedule.MaternalPertussis.Given;
import nl.ddjgz.schedule.ScheduleRule.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DKTP schedule that follows from the maternal pertussis vaccination (Richtlijn Uitvoering RVP 6.2, 7.1): 2+1
 * after a vaccination at least two weeks before birth, otherwise 3+1; and the schedule follows it until the doctor
 * chooses.
 */
class DktpProposalTests {

    private static final Clock CLOCK = Clock.fixed(
            ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneId.of("Europe/Amsterdam"))
                    .toInstant(),
            ZoneId.of("Europe/Amsterdam"));

    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    /** Born ten weeks ago: the 2-month dose of the adapted schedule is due, the standard one starts at 3 months. */
    private static final LocalDate BIRTH = TODAY.minusWeeks(10);

    private static DktpProposal proposal(MaternalPertussis maternal) {
        return DktpProposal.of(BIRTH, maternal, false).orElseThrow();
    }

    @ParameterizedTest(name = "vaccinated {0} days before birth -> {1} ({2})")
    @CsvSource({
        "112, STANDARD, IN_TIME",
        "15, STANDARD, IN_TIME",
        "14, STANDARD, IN_TIME",
        "13, ADAPTED, TOO_LATE",
        "1, ADAPTED, TOO_LATE",
        "0, ADAPTED, TOO_LATE"
    })
    void aDatedVaccinationCountsWhenItWasAtLeastTwoWeeksBeforeBirth(int daysBefore, String schedule, String reason) {
        DktpProposal p = proposal(new MaternalPertussis(Given.YES, BIRTH.minusDays(daysBefore), null, null));
        assertThat(p.schedule()).isEqualTo(DktpSchedule.valueOf(schedule));
        assertThat(p.reason()).isEqualTo(Reason.valueOf(reason));
        assertThat(p.date()).isEqualTo(BIRTH.minusDays(daysBefore));
    }

    @ParameterizedTest(name = "week {0}, born after {1} weeks -> {2}")
    @CsvSource({
        "22, 40, STANDARD, IN_TIME_BY_WEEK",
        "35, 37, STANDARD, IN_TIME_BY_WEEK",
        "36, 37, ADAPTED, TOO_LATE_BY_WEEK",
        "30, 31, ADAPTED, TOO_LATE_BY_WEEK"
    })
    void aVaccinationByWeekIsComparedWithTheLengthOfThePregnancy(
            int week, int atBirth, String schedule, String reason) {
        DktpProposal p = proposal(new MaternalPertussis(Given.YES, null, week, atBirth));
        assertThat(p.schedule()).isEqualTo(DktpSchedule.valueOf(schedule));
        assertThat(p.reason()).isEqualTo(Reason.valueOf(reason));
        assertThat(p.weeks()).isEqualTo(week);
        assertThat(p.weeksAtBirth()).isEqualTo(atBirth);
    }

    @Test
    void aWeekWithoutTheLengthOfThePregnancyCannotBeCheckedSoTheAdaptedScheduleIsProposed() {
        DktpProposal p = proposal(new MaternalPertussis(Given.YES, null, 24, null));
        assertThat(p.schedule()).isEqualTo(DktpSchedule.ADAPTED);
        assertThat(p.reason()).isEqualTo(Reason.TIMING_UNKNOWN);
    }

    @Test
    void notVaccinatedOrNotKnownGivesTheAdaptedSchedule() {
        assertThat(proposal(new MaternalPertussis(Given.NO, null, null, null)))
                .extracting(DktpProposal::schedule, DktpProposal::reason)
                .containsExactly(DktpSchedule.ADAPTED, Reason.NOT_GIVEN);
        assertThat(proposal(new MaternalPertussis(Given.UNKNOWN, null, null, null)))
                .extracting(DktpProposal::schedule, DktpProposal::reason)
                .containsExactly(DktpSchedule.ADAPTED, Reason.UNKNOWN);
    }

    @Test
    void anHbsagCarrierMotherRulesOutTheStandardScheduleEvenAfterAVaccinationInTime() {
        DktpProposal p = DktpProposal.of(
                        BIRTH, new MaternalPertussis(Given.YES, BIRTH.minusWeeks(10), null, null), true)
                .orElseThrow();
        assertThat(p.schedule()).isEqualTo(DktpSchedule.ADAPTED);
        assertThat(p.reason()).isEqualTo(Reason.HBSAG_MOTHER);
    }

    @Test
    void nothingRecordedProposesNothingAndTheScheduleAssumesTheStandardOneAsBefore() {
        ChildFacts child = new ChildFacts(BIRTH, null, false, null);
        assertThat(child.dktpProposal()).isEmpty();
        assertThat(child.effectiveDktpSchedule()).isEqualTo(DktpSchedule.STANDARD);
    }

    @Test
    void theScheduleFollowsTheProposalUntilTheDoctorChooses() {
        MaternalPertussis notGiven = new MaternalPertussis(Given.NO, null, null, null);
        MaternalPertussis inTime = new MaternalPertussis(Given.YES, BIRTH.minusWeeks(8), null, null);
        // the first DKTP-Hib-HepB dose at 2 months belongs to the adapted schedule only
        ScheduleRule twoMonths =
                new ScheduleRule("2M", "11", 1, Timing.AGE, 0, 2, 0, 28, null, null, DktpSchedule.ADAPTED, false, null);

        assertThat(twoMonths.appliesTo(new ChildFacts(BIRTH, null, false, notGiven)))
                .isTrue();
        assertThat(twoMonths.appliesTo(new ChildFacts(BIRTH, null, false, inTime)))
                .isFalse();
        // the doctor's choice wins over the proposal
        assertThat(twoMonths.appliesTo(new ChildFacts(BIRTH, DktpSchedule.ADAPTED, false, inTime)))
                .isTrue();
        assertThat(new ChildFacts(BIRTH, DktpSchedule.STANDARD, false, notGiven).effectiveDktpSchedule())
                .isEqualTo(DktpSchedule.STANDARD);
        assertThat(List.of(notGiven, inTime))
                .extracting(m -> new ChildFacts(BIRTH, null, false, m).effectiveDktpSchedule())
                .containsExactly(DktpSchedule.ADAPTED, DktpSchedule.STANDARD);
    }
}
