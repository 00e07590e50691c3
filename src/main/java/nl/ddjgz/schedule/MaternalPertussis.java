package nl.ddjgz.schedule;

import java.time.LocalDate;

/**
 * The mother's pertussis vaccination in pregnancy (the "22-wekenprik", DKT(P)), as recorded on the child's dossier:
 * given, not given or not known; when given, the date or the week of pregnancy it was given in, and optionally how
 * long the pregnancy lasted (weeks at birth), so the week can be compared with the birth.
 *
 * @param date the date of the vaccination, when known
 * @param pregnancyWeek the completed weeks of pregnancy at the vaccination, when the date is not known
 * @param weeksAtBirth the completed weeks of pregnancy at birth, when known
 */
public record MaternalPertussis(Given given, LocalDate date, Integer pregnancyWeek, Integer weeksAtBirth) {

    /** Whether the mother was vaccinated against pertussis in this pregnancy. */
    public enum Given {
        YES,
        NO,
        UNKNOWN
    }

    /** The antibodies need at least this long before birth (Richtlijn Uitvoering RVP 6.2). */
    public static final int WEEKS_BEFORE_BIRTH = 2;

    public MaternalPertussis {
        java.util.Objects.requireNonNull(given, "given");
    }
}
