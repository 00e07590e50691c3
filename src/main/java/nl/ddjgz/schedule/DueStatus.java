package nl.ddjgz.schedule;

/** Where a planned dose stands on a date. */
public enum DueStatus {
    /** Already given. */
    GIVEN,
    /** The child has reached the age: give it now. */
    DUE,
    /** Later than the schedule allows for. */
    OVERDUE,
    /** Not yet: the child is too young. */
    PLANNED
}
