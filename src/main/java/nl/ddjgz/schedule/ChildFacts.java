package nl.ddjgz.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the schedule needs to know of a child.
 *
 * @param dktpSchedule the DKTP schedule the youth doctor chose; null means not chosen yet: the schedule follows the
 *     proposal from the maternal pertussis vaccination, and the standard one when nothing is recorded about it
 * @param maternalPertussis the mother's pertussis vaccination in pregnancy, or null when nothing is recorded
 */
public record ChildFacts(
        LocalDate birthDate,
        DktpSchedule dktpSchedule,
        boolean motherHbsagPositive,
        MaternalPertussis maternalPertussis) {

    public ChildFacts {
        Objects.requireNonNull(birthDate, "birthDate");
    }

    /** A child about whose mother's pertussis vaccination nothing is recorded. */
    public ChildFacts(LocalDate birthDate, DktpSchedule dktpSchedule, boolean motherHbsagPositive) {
        this(birthDate, dktpSchedule, motherHbsagPositive, null);
    }

    /** The DKTP schedule that follows from the maternal pertussis vaccination, when it is recorded. */
    public Optional<DktpProposal> dktpProposal() {
        return DktpProposal.of(birthDate, maternalPertussis, motherHbsagPositive);
    }

    /** The schedule the proposals follow: the doctor's choice, else the proposal, else the standard one. */
    public DktpSchedule effectiveDktpSchedule() {
        if (dktpSchedule != null) {
            return dktpSchedule;
        }
        return dktpProposal().map(DktpProposal::schedule).orElse(DktpSchedule.STANDARD);
    }
}
