package nl.ddjgz.schedule;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * One dose of a catch-up series ("inhaalschema"): it replaces the regular doses of its vaccine type when the child's
 * first dose of that type is, or would today be, given at an age in [{@code startedFrom}, {@code startedBefore}).
 *
 * @param interval the target interval after the previous dose of the series; null for dose 1 (due at the start)
 * @param minInterval never sooner than this after the previous dose
 * @param latestAge not given from this age on; null: 18 years
 * @param lapses vaccine types whose regular doses lapse when this series applies
 */
record CatchUpRule(
        String vaccineTypeCode,
        Period startedFrom,
        Period startedBefore,
        LocalDate bornFrom,
        LocalDate bornTo,
        int dose,
        Period interval,
        Period minInterval,
        Period latestAge,
        Set<String> lapses) {

    CatchUpRule {
        lapses = lapses == null ? Set.of() : Set.copyOf(lapses);
    }

    /** The key of the series this dose belongs to. */
    String series() {
        return vaccineTypeCode + "/" + startedFrom;
    }

    boolean appliesTo(ChildFacts child) {
        LocalDate birth = child.birthDate();
        return (bornFrom == null || !birth.isBefore(bornFrom)) && (bornTo == null || !birth.isAfter(bornTo));
    }

    /** Whether a series started on this date, by a child born on that date, is this one. */
    boolean startedIn(LocalDate birth, LocalDate start) {
        return !start.isBefore(birth.plus(startedFrom)) && start.isBefore(birth.plus(startedBefore));
    }
}
