package nl.ddjgz.schedule;

import java.time.LocalDate;

/**
 * One dose of the schedule for one child on one date.
 *
 * @param moment the schedule moment key ("3M", "14J", ...), shown through message key {@code schedule.moment.<key>}
 * @param dueFrom the first day the dose is due
 * @param overdueFrom the first day the dose counts as overdue
 */
public record DueVaccination(
        String moment,
        String vaccineTypeCode,
        String vaccineTypeName,
        int dose,
        LocalDate dueFrom,
        LocalDate overdueFrom,
        DueStatus status) {

    /** Whether the dose should be given on the date asked for (due or overdue). */
    public boolean isToBeGiven() {
        return status == DueStatus.DUE || status == DueStatus.OVERDUE;
    }
}
