package nl.ddjgz.massvaccination;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.ddjgz.schedule.DueStatus;
import nl.ddjgz.schedule.DueVaccination;

/**
 * The answer to a scanned child that has a dossier here, by the RVP schedule's rules for the session's vaccine types
 * (plain rules, no Spring): green when the child is due for a dose of every vaccine type of the session (dose 1 or 2
 * of HPV by the interval, a catch-up dose); orange with the reason when a dose looks wrong — the series is complete,
 * the dose is too early (before the earliest day: age or the minimum interval after the previous dose), or the child's
 * age is outside what the schedule gives the vaccine at (too late, or not in the child's programme at all) — when the
 * dossier holds an objection to one of the types, or when the child is not on the expected list; red when the dossier
 * holds a principled objection to the whole programme (the child is not registered).
 *
 * <p>A vaccine type the schedule has no rules for at all (outside the RVP, e.g. a campaign's own vaccine) is judged
 * only by whether the child had it before.
 */
final class ScanRules {

    private ScanRules() {}

    /**
     * What the schedule says about one of the session's vaccine types for this child on the session's date.
     *
     * @param inSchedule whether the schedule has rules for the type at all
     * @param doses the child's doses of the type with their status on the session's date (empty when the type is not
     *     in the child's programme)
     * @param lastGiven the last day the child had the type, or null
     */
    record TypeFacts(String vaccineType, boolean inSchedule, List<DueVaccination> doses, LocalDate lastGiven) {}

    /** An objection to a vaccine type recorded on the dossier (at an approved contact moment). */
    record RecordedObjection(String vaccineType, LocalDate date) {}

    /**
     * Everything the answer depends on.
     *
     * @param hasList whether the session has an expected list
     * @param onList whether the child is on it
     */
    record Facts(
            boolean hasList,
            boolean onList,
            boolean programmeObjection,
            List<TypeFacts> types,
            List<RecordedObjection> objections) {}

    /**
     * The answer with its reason.
     *
     * @param vaccineType the vaccine type the reason is about (for a green answer: the first type, with its dose)
     * @param dose the dose of the series (0 when none applies)
     * @param date the day that goes with the reason: the earliest day (too early), the last dose (complete), the first
     *     day it is no longer given (too late), the objection's day
     */
    record Verdict(ScanOutcome outcome, String vaccineType, int dose, LocalDate date) {}

    /**
     * The answer to what the field held when it is not a valid number of the organisation's kind (an empty field gets
     * none): red; only an INSZ with wrong check digits is not stored ({@link #stored}).
     */
    static ScanOutcome unread(ScanReader.Kind kind) {
        return switch (kind) {
            case INVALID_INSZ -> ScanOutcome.INVALID_INSZ;
            case INVALID_BSN -> ScanOutcome.INVALID_BSN;
            case NOT_AN_INSZ -> ScanOutcome.NOT_AN_INSZ;
            case BSN, INSZ, EMPTY, NOT_A_BSN -> ScanOutcome.NOT_A_BSN;
        };
    }

    /** Whether an unread scan is stored: every one but an INSZ with wrong check digits. */
    static boolean stored(ScanOutcome unread) {
        return unread != ScanOutcome.INVALID_INSZ;
    }

    /**
     * The answer to a valid number without a dossier here: orange when the child is on the expected list (the desk
     * offers to open its dossier from the list), red otherwise.
     */
    static ScanOutcome withoutDossier(boolean onList) {
        return onList ? ScanOutcome.EXPECTED_NO_DOSSIER : ScanOutcome.NO_DOSSIER;
    }

    /** The answer to a child without BSN entered or picked at the desk: in the session once, a duplicate after. */
    static ScanOutcome withoutBsn(boolean alreadyInSession) {
        return alreadyInSession ? ScanOutcome.DUPLICATE : ScanOutcome.WITHOUT_BSN;
    }

    static Verdict judge(Facts facts) {
        if (facts.programmeObjection()) {
            return new Verdict(ScanOutcome.PROGRAMME_OBJECTION, null, 0, null);
        }
        Verdict due = null;
        for (TypeFacts type : facts.types()) {
            Verdict v = judge(type);
            if (v.outcome() != ScanOutcome.EXPECTED) {
                return v;
            }
            if (due == null) {
                due = v;
            }
        }
        for (RecordedObjection objection : facts.objections()) {
            if (facts.types().stream().anyMatch(t -> t.vaccineType().equals(objection.vaccineType()))) {
                return new Verdict(ScanOutcome.OBJECTION_ON_DOSSIER, objection.vaccineType(), 0, objection.date());
            }
        }
        ScanOutcome outcome = !facts.hasList() || facts.onList() ? ScanOutcome.EXPECTED : ScanOutcome.NOT_EXPECTED;
        return due == null
                ? new Verdict(outcome, null, 0, null)
                : new Verdict(outcome, due.vaccineType(), due.dose(), due.date());
    }

    /** One vaccine type: EXPECTED (due, with the dose) or the orange reason. */
    static Verdict judge(TypeFacts type) {
        String code = type.vaccineType();
        if (!type.inSchedule()) {
            return type.lastGiven() == null
                    ? new Verdict(ScanOutcome.EXPECTED, code, 0, null)
                    : new Verdict(ScanOutcome.ALREADY_HAS_VACCINE, code, 0, type.lastGiven());
        }
        List<DueVaccination> doses = type.doses();
        if (doses.isEmpty()) {
            return new Verdict(ScanOutcome.DOSE_AGE_OUTSIDE, code, 0, null);
        }
        Optional<DueVaccination> toGive =
                doses.stream().filter(DueVaccination::isToBeGiven).min(Comparator.comparingInt(DueVaccination::dose));
        if (toGive.isPresent()) {
            return new Verdict(ScanOutcome.EXPECTED, code, toGive.get().dose(), null);
        }
        Optional<DueVaccination> upcoming =
                doses.stream().filter(d -> d.status().isUpcoming()).min(Comparator.comparingInt(DueVaccination::dose));
        if (upcoming.isPresent()) {
            DueVaccination d = upcoming.get();
            LocalDate from = d.earliest() != null ? d.earliest() : d.dueFrom();
            return new Verdict(
                    ScanOutcome.DOSE_TOO_EARLY, code, d.dose(), d.status() == DueStatus.WAITING ? null : from);
        }
        Optional<DueVaccination> notGiven = doses.stream()
                .filter(d -> d.status().isNotProposed())
                .min(Comparator.comparingInt(DueVaccination::dose));
        if (notGiven.isPresent()) {
            DueVaccination d = notGiven.get();
            return new Verdict(ScanOutcome.DOSE_AGE_OUTSIDE, code, d.dose(), d.notGivenFrom());
        }
        // every dose of the series given
        DueVaccination last = doses.stream()
                .max(Comparator.comparingInt(DueVaccination::dose))
                .orElseThrow();
        return new Verdict(
                ScanOutcome.ALREADY_HAS_VACCINE,
                code,
                last.dose(),
                last.givenOn() != null ? last.givenOn() : type.lastGiven());
    }
}
