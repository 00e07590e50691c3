package nl.ddjgz.vaccination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.ddjgz.schedule.ContactActivity;

/** Test contact moments ("object mother"), built as the desk builds them, without a database. */
public final class ContactMomentsMother {

    private ContactMomentsMother() {}

    /** A draft contact moment of today at a consultation for a child born on the date, with these vaccine lines. */
    public static ContactMoment draft(UUID dossierId, LocalDate birthDate, Clock clock, String... vaccineTypes) {
        ContactMoment moment = ContactMoment.start(
                dossierId, birthDate, ContactActivity.CONSULTATION, LocalDate.now(clock), 1L, "arts", clock);
        for (String type : vaccineTypes) {
            moment.addLine(type);
        }
        return moment;
    }
}
