package nl.ddjgz.vaccination;

/** What happened on a vaccine line. */
public enum LineOutcome {
    /** Nothing chosen yet. */
    PENDING,
    /** Vaccinated, with a batch number. */
    GIVEN,
    /** An objection instead of a vaccination (no batch number). */
    OBJECTION,
    /** Postponed (child ill, come back later): recorded here only, never sent, never an objection. */
    POSTPONED
}
