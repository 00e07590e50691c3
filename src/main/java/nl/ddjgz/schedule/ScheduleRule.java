package nl.ddjgz.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;

/**
 * One planned dose of the schedule with the children it applies to (birth cohort, DKTP schedule, mother's HBsAg
 * status), when it is due and its limits.
 */
record ScheduleRule(
        String moment,
        String vaccineTypeCode,
        int dose,
        Timing timing,
        int offsetYears,
        int offsetMonths,
        int offsetDays,
        int graceDays,
        LocalDate bornFrom,
        LocalDate bornTo,
        DktpSchedule dktpSchedule,
        boolean onlyWhenMotherHbsagPositive,
        Limits limits) {

    enum Timing {
        /** Due at birth + offset. */
        AGE,
        /** Due on 1 January of the year the child turns {@code offsetYears}, plus {@code offsetMonths}. */
        YEAR_TURNING,
        /** Born October to March: at 0-2 weeks; born April to August: from 1 September to the end of October. */
        RSV_SEASON,
        /** Due the offset after the previous dose (e.g. HPV dose 2 six months after dose 1). */
        AFTER_PREVIOUS
    }

    /**
     * The limits of a dose.
     *
     * @param earliestAge not before this age; null: not before the target date
     * @param latestAge not given from this age on; null: {@link #GENERAL_LIMIT}
     * @param minInterval at least this long after the previous dose; null: none
     * @param previousType whose dose counts as the previous one; null: this dose's type
     * @param previousCount the ordinal of the previous dose of {@code previousType}; null: this dose - 1
     * @param givenUntil the vaccine is no longer proposed after this date (no longer used); null: still used
     */
    record Limits(
            Period earliestAge,
            Period latestAge,
            Period minInterval,
            String previousType,
            Integer previousCount,
            LocalDate givenUntil) {

        /** Children may start or finish the RVP up to their 18th birthday (Richtlijn Uitvoering RVP, 10.1). */
        static final Period GENERAL_LIMIT = Period.ofYears(18);

        static final Limits NONE = new Limits(null, null, null, null, null, null);

        Period latestAgeOrGeneral() {
            return latestAge == null ? GENERAL_LIMIT : latestAge;
        }
    }

    ScheduleRule {
        if (limits == null) {
            limits = Limits.NONE;
        }
    }

    String previousType() {
        return limits.previousType() == null ? vaccineTypeCode : limits.previousType();
    }

    int previousCount() {
        return limits.previousCount() == null ? dose - 1 : limits.previousCount();
    }

    boolean appliesTo(ChildFacts child) {
        LocalDate birth = child.birthDate();
        if (bornFrom != null && birth.isBefore(bornFrom)) {
            return false;
        }
        if (bornTo != null && birth.isAfter(bornTo)) {
            return false;
        }
        if (dktpSchedule != null && dktpSchedule != child.effectiveDktpSchedule()) {
            return false;
        }
        return !onlyWhenMotherHbsagPositive || child.motherHbsagPositive();
    }

    /** The target date of an age-timed dose (for {@link Timing#AFTER_PREVIOUS}: the offset from the birth date). */
    LocalDate dueFrom(LocalDate birth) {
        return switch (timing) {
            case AGE, AFTER_PREVIOUS ->
                birth.plusYears(offsetYears).plusMonths(offsetMonths).plusDays(offsetDays);
            case YEAR_TURNING ->
                LocalDate.of(birth.getYear() + offsetYears, 1, 1)
                        .plusMonths(offsetMonths)
                        .plusDays(offsetDays);
            case RSV_SEASON -> bornOutsideSeason(birth) ? LocalDate.of(birth.getYear(), Month.SEPTEMBER, 1) : birth;
        };
    }

    /** The target date of this dose for a child whose previous dose was on {@code previous}. */
    LocalDate targetDate(LocalDate birth, LocalDate previous) {
        if (timing == Timing.AFTER_PREVIOUS) {
            return previous.plusYears(offsetYears).plusMonths(offsetMonths).plusDays(offsetDays);
        }
        return dueFrom(birth);
    }

    LocalDate overdueFrom(LocalDate birth) {
        if (timing == Timing.RSV_SEASON && bornOutsideSeason(birth)) {
            return LocalDate.of(birth.getYear(), Month.NOVEMBER, 1);
        }
        return dueFrom(birth).plusDays(graceDays + 1L);
    }

    /** Born April to August: the baby is immunised when the RSV season starts, not at birth. */
    private static boolean bornOutsideSeason(LocalDate birth) {
        Month month = birth.getMonth();
        return month.compareTo(Month.APRIL) >= 0 && month.compareTo(Month.AUGUST) <= 0;
    }
}
