package nl.ddjgz.schedule;

import java.time.LocalDate;
import java.time.Month;

/**
 * One planned dose of the schedule with the children it applies to (birth cohort, DKTP schedule, mother's HBsAg
 * status) and when it is due.
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
        boolean onlyWhenMotherHbsagPositive) {

    enum Timing {
        /** Due at birth + offset. */
        AGE,
        /** Due on 1 January of the year the child turns {@code offsetYears}, plus {@code offsetMonths}. */
        YEAR_TURNING,
        /** Born October to March: at 0-2 weeks; born April to August: from 1 September to the end of October. */
        RSV_SEASON
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

    LocalDate dueFrom(LocalDate birth) {
        return switch (timing) {
            case AGE -> birth.plusYears(offsetYears).plusMonths(offsetMonths).plusDays(offsetDays);
            case YEAR_TURNING ->
                LocalDate.of(birth.getYear() + offsetYears, 1, 1)
                        .plusMonths(offsetMonths)
                        .plusDays(offsetDays);
            case RSV_SEASON -> bornOutsideSeason(birth) ? LocalDate.of(birth.getYear(), Month.SEPTEMBER, 1) : birth;
        };
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
