package nl.ddjgz.massvaccination;

/**
 * Why a scanned child was not vaccinated after all. Recorded locally as a postponement, never sent as an objection
 * (rules.md §4).
 */
public enum RemovalReason {
    ABSENT,
    REFUSED,
    ILL
}
