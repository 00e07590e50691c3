package nl.ddjgz.vaccination;

import java.time.LocalDate;
import java.time.Period;
import nl.ddjgz.schedule.ContactActivity;

/**
 * The chosen contact-moment activity (W0188) does not fit the child's age, and the professional did not confirm it:
 * nothing was started. The page asks to confirm, naming the activity that fits the age.
 */
public class ActivityAgeMismatchException extends RegistrationRefusedException {

    private final ContactActivity chosen;
    private final ContactActivity fitting;
    private final long ageValue;
    private final boolean ageInYears;

    ActivityAgeMismatchException(ContactActivity chosen, LocalDate birthDate, LocalDate date) {
        super("activity", "contactMoment.activity.ageMismatch");
        this.chosen = chosen;
        this.fitting = ContactActivity.forAge(birthDate, date);
        Period age = Period.between(birthDate, date);
        // whole months under two years, whole years from then on
        this.ageInYears = age.getYears() >= 2;
        this.ageValue = ageInYears ? age.getYears() : age.toTotalMonths();
    }

    public ContactActivity chosen() {
        return chosen;
    }

    /** The age-bound activity for the child's age on the date. */
    public ContactActivity fitting() {
        return fitting;
    }

    /** The child's age in {@link #ageInYears() years} or months. */
    public long ageValue() {
        return ageValue;
    }

    public boolean ageInYears() {
        return ageInYears;
    }
}
