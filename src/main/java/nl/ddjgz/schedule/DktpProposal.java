package nl.ddjgz.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The DKTP-Hib-HepB infant schedule that follows from the mother's pertussis vaccination in pregnancy (Richtlijn
 * Uitvoering RVP 6.2 and 7.1; rules.md §2): the standard 2+1 schedule (3-5-12 months) when the mother had a valid
 * maternal vaccination, at least two weeks before the birth, and is not an HBsAg carrier; otherwise the adapted 3+1
 * schedule (2-3-5-12 months). The youth doctor decides (W0681); until then the schedule follows this proposal.
 *
 * @param schedule the proposed schedule
 * @param reason why, for the page ({@code dktp.proposal.reason.<REASON>})
 * @param date the vaccination date when the reason names it
 * @param weeks the week of pregnancy of the vaccination when the reason names it, or null
 * @param weeksAtBirth the length of the pregnancy at birth when the reason names it, or null
 */
public record DktpProposal(DktpSchedule schedule, Reason reason, LocalDate date, Integer weeks, Integer weeksAtBirth) {

    /** Why the schedule is proposed. */
    public enum Reason {
        /** Vaccinated on a date at least two weeks before the birth. */
        IN_TIME,
        /** Vaccinated in a week of pregnancy at least two weeks before the pregnancy ended. */
        IN_TIME_BY_WEEK,
        /** Vaccinated less than two weeks before the birth (or after it). */
        TOO_LATE,
        /** Vaccinated in a week of pregnancy less than two weeks before it ended. */
        TOO_LATE_BY_WEEK,
        /** Vaccinated, but neither the date nor the weeks at birth are known: the timing cannot be checked. */
        TIMING_UNKNOWN,
        /** Not vaccinated in this pregnancy. */
        NOT_GIVEN,
        /** Not known whether the mother was vaccinated. */
        UNKNOWN,
        /** The mother is an HBsAg carrier: the standard schedule is not possible (Richtlijn RVP 7.1). */
        HBSAG_MOTHER
    }

    /**
     * The proposal for a child born on this date; empty when nothing is recorded about the maternal vaccination.
     *
     * @param motherHbsagPositive the mother is an HBsAg carrier
     */
    public static Optional<DktpProposal> of(
            LocalDate birthDate, MaternalPertussis maternal, boolean motherHbsagPositive) {
        if (maternal == null) {
            return Optional.empty();
        }
        if (motherHbsagPositive) {
            return Optional.of(adapted(Reason.HBSAG_MOTHER, null, null, null));
        }
        return Optional.of(
                switch (maternal.given()) {
                    case NO -> adapted(Reason.NOT_GIVEN, null, null, null);
                    case UNKNOWN -> adapted(Reason.UNKNOWN, null, null, null);
                    case YES -> given(birthDate, maternal);
                });
    }

    private static DktpProposal given(LocalDate birthDate, MaternalPertussis maternal) {
        if (maternal.date() != null) {
            long days = ChronoUnit.DAYS.between(maternal.date(), birthDate);
            return days >= MaternalPertussis.WEEKS_BEFORE_BIRTH * 7L
                    ? new DktpProposal(DktpSchedule.STANDARD, Reason.IN_TIME, maternal.date(), null, null)
                    : adapted(Reason.TOO_LATE, maternal.date(), null, null);
        }
        if (maternal.pregnancyWeek() != null && maternal.weeksAtBirth() != null) {
            int before = maternal.weeksAtBirth() - maternal.pregnancyWeek();
            return before >= MaternalPertussis.WEEKS_BEFORE_BIRTH
                    ? new DktpProposal(
                            DktpSchedule.STANDARD,
                            Reason.IN_TIME_BY_WEEK,
                            null,
                            maternal.pregnancyWeek(),
                            maternal.weeksAtBirth())
                    : adapted(Reason.TOO_LATE_BY_WEEK, null, maternal.pregnancyWeek(), maternal.weeksAtBirth());
        }
        return adapted(Reason.TIMING_UNKNOWN, null, maternal.pregnancyWeek(), null);
    }

    private static DktpProposal adapted(Reason reason, LocalDate date, Integer weeks, Integer weeksAtBirth) {
        return new DktpProposal(DktpSchedule.ADAPTED, reason, date, weeks, weeksAtBirth);
    }
}
