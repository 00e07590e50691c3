package nl.ddjgz.schedule;

/** Where a planned dose stands on a date, and so why it is or is not proposed. */
public enum DueStatus {
    /** Already given. */
    GIVEN,
    /** The child has reached the target date: give it now. */
    DUE,
    /** Later than the schedule allows for (past the target date and its grace period), still to be given. */
    OVERDUE,
    /** A dose of RIVM's catch-up schedule for a series started late: give it now. */
    CATCH_UP,
    /** Not yet: before the target date (or the earliest date after the previous dose). */
    PLANNED,
    /** Waits for the previous dose (of the series it follows), then for the minimum interval. */
    WAITING,
    /** Not given any more: the child is past the age limit (or the dose can no longer be given before it). */
    TOO_LATE,
    /** Not given because a catch-up series started late makes it unnecessary (e.g. the booster at 4 or 5 years). */
    LAPSED,
    /**
     * The vaccine is no longer used (e.g. MenC); RIVM's catch-up rules we follow give nothing in its place, so the
     * professional adds a line by hand when needed.
     */
    NOT_USED;

    /** Whether a dose in this state is proposed (due, overdue or catch-up). */
    public boolean isToBeGiven() {
        return this == DUE || this == OVERDUE || this == CATCH_UP;
    }

    /** Whether a dose in this state is still to come (planned or waiting for the previous dose). */
    public boolean isUpcoming() {
        return this == PLANNED || this == WAITING;
    }

    /** Whether a dose in this state is not given at all any more (too late, lapsed, no longer used). */
    public boolean isNotProposed() {
        return this == TOO_LATE || this == LAPSED || this == NOT_USED;
    }
}
