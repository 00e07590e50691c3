package nl.ddjgz.dossier;

import java.time.LocalDate;
import java.time.Period;

/** Whose consent is needed at the child's age (rules.md §3): under 12 the parents, 12 to 15 both, from 16 the child. */
public enum ConsentAuthority {
    PARENTS,
    PARENTS_AND_CHILD,
    CHILD;

    public static ConsentAuthority at(LocalDate birthDate, LocalDate date) {
        int age = Period.between(birthDate, date).getYears();
        if (age < 12) {
            return PARENTS;
        }
        return age < 16 ? PARENTS_AND_CHILD : CHILD;
    }
}
