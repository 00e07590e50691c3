package nl.ddjgz.schedule;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * The contact moments: W0188 activities (code system 2.16.840.1.113883.2.4.4.40.308). Age-bound activities are
 * proposed from the child's age; the others are chosen by hand and propose no vaccinations.
 */
public enum ContactActivity {
    CONTACT_4_7_DAYS("01", 0, 0),
    CONTACT_2_WEEKS_6_MONTHS("37", 0, 6),
    CONTACT_7_12_MONTHS("38", 7, 12),
    CONTACT_1_4_YEARS("39", 13, 47),
    CONTACT_4_12_YEARS("40", 48, 143),
    CONTACT_12_18_YEARS("41", 144, Integer.MAX_VALUE),
    SPECIAL_EDUCATION("20"),
    ON_INDICATION("22"),
    NEONATAL_HEARING_SCREENING("35"),
    CONSULTATION("42"),
    THIRD_PARTIES("43"),
    THIRD_PARTIES_OTHER("44"),
    DOSSIER_TRANSFER("45");

    public static final String CODE_SYSTEM = "2.16.840.1.113883.2.4.4.40.308";

    private final String code;
    private final int fromMonths;
    private final int toMonths;

    ContactActivity(String code, int fromMonths, int toMonths) {
        this.code = code;
        this.fromMonths = fromMonths;
        this.toMonths = toMonths;
    }

    ContactActivity(String code) {
        this(code, -1, -1);
    }

    public String code() {
        return code;
    }

    /** Whether the schedule proposes vaccinations for this activity (it is tied to an age). */
    public boolean isAgeBound() {
        return fromMonths >= 0;
    }

    public static Optional<ContactActivity> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    /**
     * Whether this activity fits a child of this birth date on this date. An age-bound activity fits only the ages it
     * is for (the same bands as {@link #forAge}); the others (on indication, consultation, special education, dossier
     * transfer ...) are chosen by hand and fit any age.
     */
    public boolean fitsAge(LocalDate birthDate, LocalDate date) {
        return !isAgeBound() || forAge(birthDate, date) == this;
    }

    /** The age-bound activity for a child of this birth date on this date (the default for a new contact moment). */
    public static ContactActivity forAge(LocalDate birthDate, LocalDate date) {
        if (ChronoUnit.DAYS.between(birthDate, date) < 14) {
            return CONTACT_4_7_DAYS;
        }
        long months = Period.between(birthDate, date).toTotalMonths();
        return Arrays.stream(values())
                .filter(a -> a.isAgeBound() && a != CONTACT_4_7_DAYS)
                .filter(a -> months >= a.fromMonths && months <= a.toMonths)
                .findFirst()
                .orElse(CONTACT_12_18_YEARS);
    }
}
