package nl.ddjgz.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the schedule needs to know of a child.
 *
 * @param dktpSchedule the chosen DKTP schedule; null means not chosen yet, and the standard one is assumed
 */
public record ChildFacts(LocalDate birthDate, DktpSchedule dktpSchedule, boolean motherHbsagPositive) {

    public ChildFacts {
        Objects.requireNonNull(birthDate, "birthDate");
    }

    DktpSchedule effectiveDktpSchedule() {
        return dktpSchedule == null ? DktpSchedule.STANDARD : dktpSchedule;
    }
}
