package nl.ddjgz.vaccination.web;

import java.io.Serializable;
import java.time.LocalDate;
import nl.ddjgz.schedule.ContactActivity;

/**
 * The warning on the dossier when the chosen contact-moment activity does not fit the child's age: what was chosen,
 * what fits, and the start form's values for the confirmation (kept over the redirect as a flash attribute, so it
 * must be serializable: sessions live in PostgreSQL).
 */
record AgeWarning(
        ContactActivity chosen,
        ContactActivity fitting,
        long ageValue,
        boolean ageInYears,
        LocalDate date,
        Long locationId)
        implements Serializable {}
