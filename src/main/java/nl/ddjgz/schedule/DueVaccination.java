package nl.ddjgz.schedule;

import java.time.LocalDate;

/**
 * One dose of the schedule for one child on one date, with why it is (or is not) proposed.
 *
 * @param moment the schedule moment key ("3M", "14J", "INHAAL" for a catch-up dose), shown through message key
 *     {@code schedule.moment.<key>}
 * @param dueFrom the target date: the first day the dose is proposed
 * @param overdueFrom the first day the dose counts as overdue
 * @param earliest the first day the dose may be given (age and minimum interval after the previous dose)
 * @param notGivenFrom the first day the dose is not given any more (the age limit)
 * @param latestAge the age limit, for the page ("not given from age X")
 * @param waitsForType the vaccine type of the previous dose this one waits for (null when it waits for none)
 * @param waitsForDose the ordinal of that previous dose
 * @param noLongerUsedAfter for {@link DueStatus#NOT_USED}: the last day the vaccine was proposed
 * @param givenOn for {@link DueStatus#GIVEN}: when it was given
 * @param lapsedBy for {@link DueStatus#LAPSED}: the vaccine type of the catch-up series that made it lapse
 */
public record DueVaccination(
        String moment,
        String vaccineTypeCode,
        String vaccineTypeName,
        int dose,
        LocalDate dueFrom,
        LocalDate overdueFrom,
        DueStatus status,
        LocalDate earliest,
        LocalDate notGivenFrom,
        AgeLimit latestAge,
        String waitsForType,
        int waitsForDose,
        LocalDate noLongerUsedAfter,
        LocalDate givenOn,
        String lapsedBy) {

    /** The moment key of catch-up doses. */
    public static final String CATCH_UP_MOMENT = "INHAAL";

    /** Whether the dose should be given on the date asked for (due, overdue or catch-up). */
    public boolean isToBeGiven() {
        return status.isToBeGiven();
    }

    /** Whether the dose belongs to a catch-up series. */
    public boolean isCatchUp() {
        return CATCH_UP_MOMENT.equals(moment);
    }
}
