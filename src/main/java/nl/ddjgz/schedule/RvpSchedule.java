package nl.ddjgz.schedule;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of the RVP schedule: computes, for a child and a date, every dose that applies to the child with its
 * status and the reason for it. Dose numbers count per vaccine type (a dose counts as given when the child had at least
 * that many vaccinations of its type on or before the date), so a missed dose is not skipped; a later dose waits for
 * the previous one and its minimum interval, so two doses of a series are never proposed together. When a series
 * starts late, RIVM's catch-up series for that age replaces the regular doses of the type ({@link CatchUpRule}).
 */
final class RvpSchedule {

    private final String name;
    private final List<ScheduleRule> rules;
    private final List<CatchUpRule> catchUps;

    RvpSchedule(String name, List<ScheduleRule> rules) {
        this(name, rules, List.of());
    }

    RvpSchedule(String name, List<ScheduleRule> rules, List<CatchUpRule> catchUps) {
        this.name = name;
        this.rules = List.copyOf(rules);
        this.catchUps = List.copyOf(catchUps);
    }

    String name() {
        return name;
    }

    /** Whether the schedule has rules (regular or catch-up) for this vaccine type, for any child. */
    boolean covers(String vaccineTypeCode) {
        return rules.stream().anyMatch(r -> r.vaccineTypeCode().equals(vaccineTypeCode))
                || catchUps.stream().anyMatch(c -> c.vaccineTypeCode().equals(vaccineTypeCode));
    }

    List<DueVaccination> statusOn(
            ChildFacts child, LocalDate date, List<GivenVaccination> given, Function<String, String> vaccineName) {
        Map<String, List<LocalDate>> givenDates = given.stream()
                .filter(g -> !g.date().isAfter(date))
                .collect(Collectors.groupingBy(
                        GivenVaccination::vaccineTypeCode,
                        Collectors.collectingAndThen(
                                Collectors.mapping(GivenVaccination::date, Collectors.toList()),
                                l -> l.stream().sorted().toList())));
        LocalDate birth = child.birthDate();
        Map<String, List<CatchUpRule>> active = activeCatchUps(child, date, givenDates);
        Map<String, String> lapsedBy = new LinkedHashMap<>();
        active.forEach((type, series) -> series.forEach(r -> r.lapses().forEach(l -> lapsedBy.putIfAbsent(l, type))));

        List<DueVaccination> result = new ArrayList<>();
        for (ScheduleRule rule : rules) {
            if (!rule.appliesTo(child) || active.containsKey(rule.vaccineTypeCode())) {
                continue;
            }
            result.add(evaluate(rule, birth, date, givenDates, lapsedBy, vaccineName));
        }
        active.forEach((type, series) -> {
            for (CatchUpRule dose : series) {
                result.add(evaluateCatchUp(dose, birth, date, givenDates, vaccineName));
            }
        });
        result.sort(Comparator.comparing(DueVaccination::dueFrom)
                .thenComparing(DueVaccination::vaccineTypeCode)
                .thenComparing(DueVaccination::dose));
        return result;
    }

    /**
     * The catch-up series that apply, per vaccine type: the one whose start ages hold the child's age at its first
     * dose of the type, or today's age when it had none.
     */
    private Map<String, List<CatchUpRule>> activeCatchUps(
            ChildFacts child, LocalDate date, Map<String, List<LocalDate>> givenDates) {
        Map<String, List<CatchUpRule>> bySeries = catchUps.stream()
                .filter(c -> c.appliesTo(child))
                .collect(Collectors.groupingBy(CatchUpRule::series, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<CatchUpRule>> active = new LinkedHashMap<>();
        for (List<CatchUpRule> series : bySeries.values()) {
            CatchUpRule first = series.get(0);
            List<LocalDate> dates = givenDates.getOrDefault(first.vaccineTypeCode(), List.of());
            LocalDate start = dates.isEmpty() ? date : dates.get(0);
            if (first.startedIn(child.birthDate(), start) && !active.containsKey(first.vaccineTypeCode())) {
                active.put(
                        first.vaccineTypeCode(),
                        series.stream()
                                .sorted(Comparator.comparingInt(CatchUpRule::dose))
                                .toList());
            }
        }
        return active;
    }

    private static DueVaccination evaluate(
            ScheduleRule rule,
            LocalDate birth,
            LocalDate date,
            Map<String, List<LocalDate>> givenDates,
            Map<String, String> lapsedBy,
            Function<String, String> vaccineName) {
        ScheduleRule.Limits limits = rule.limits();
        List<LocalDate> own = givenDates.getOrDefault(rule.vaccineTypeCode(), List.of());
        int previousCount = rule.previousCount();
        List<LocalDate> previousDates = givenDates.getOrDefault(rule.previousType(), List.of());
        LocalDate previous = previousCount > 0 && previousDates.size() >= previousCount
                ? previousDates.get(previousCount - 1)
                : null;
        boolean waiting = previousCount > 0 && previous == null;
        LocalDate anchor = previous == null ? date : previous;

        LocalDate target = rule.targetDate(birth, anchor);
        LocalDate earliest = limits.earliestAge() == null ? null : birth.plus(limits.earliestAge());
        if (limits.minInterval() != null && previousCount > 0) {
            LocalDate afterInterval = anchor.plus(limits.minInterval());
            earliest = earliest == null ? afterInterval : later(earliest, afterInterval);
        }
        if (earliest == null) {
            earliest = target;
        }
        target = later(target, earliest);
        LocalDate overdue = rule.timing() == ScheduleRule.Timing.AFTER_PREVIOUS
                ? target.plusDays(rule.graceDays() + 1L)
                : later(rule.overdueFrom(birth), target.plusDays(rule.graceDays() + 1L));
        Period latestAge = limits.latestAgeOrGeneral();
        LocalDate notFrom = birth.plus(latestAge);

        DueStatus status;
        if (own.size() >= rule.dose()) {
            status = DueStatus.GIVEN;
        } else if (lapsedBy.containsKey(rule.vaccineTypeCode())) {
            status = DueStatus.LAPSED;
        } else if (limits.givenUntil() != null && date.isAfter(limits.givenUntil())) {
            status = DueStatus.NOT_USED;
        } else if (!date.isBefore(notFrom) || !earliest.isBefore(notFrom)) {
            status = DueStatus.TOO_LATE;
        } else if (waiting) {
            status = DueStatus.WAITING;
        } else if (date.isBefore(target)) {
            status = DueStatus.PLANNED;
        } else {
            status = date.isBefore(overdue) ? DueStatus.DUE : DueStatus.OVERDUE;
        }
        return new DueVaccination(
                rule.moment(),
                rule.vaccineTypeCode(),
                vaccineName.apply(rule.vaccineTypeCode()),
                rule.dose(),
                target,
                overdue,
                status,
                earliest,
                notFrom,
                AgeLimit.of(latestAge),
                waiting ? rule.previousType() : null,
                waiting ? previousCount : 0,
                limits.givenUntil(),
                status == DueStatus.GIVEN ? own.get(rule.dose() - 1) : null,
                status == DueStatus.LAPSED ? lapsedBy.get(rule.vaccineTypeCode()) : null);
    }

    private static DueVaccination evaluateCatchUp(
            CatchUpRule rule,
            LocalDate birth,
            LocalDate date,
            Map<String, List<LocalDate>> givenDates,
            Function<String, String> vaccineName) {
        List<LocalDate> own = givenDates.getOrDefault(rule.vaccineTypeCode(), List.of());
        boolean waiting = rule.dose() > 1 && own.size() < rule.dose() - 1;
        LocalDate previous = rule.dose() > 1 && !waiting ? own.get(rule.dose() - 2) : null;
        LocalDate anchor = previous == null ? date : previous;
        LocalDate target;
        LocalDate earliest;
        if (rule.dose() == 1) {
            target = own.isEmpty() ? date : own.get(0);
            earliest = birth.plus(rule.startedFrom());
        } else {
            target = anchor.plus(rule.interval());
            earliest = rule.minInterval() == null ? anchor : anchor.plus(rule.minInterval());
        }
        target = later(target, earliest);
        Period latestAge = rule.latestAge() == null ? ScheduleRule.Limits.GENERAL_LIMIT : rule.latestAge();
        LocalDate notFrom = birth.plus(latestAge);

        DueStatus status;
        if (own.size() >= rule.dose()) {
            status = DueStatus.GIVEN;
        } else if (!date.isBefore(notFrom) || !earliest.isBefore(notFrom)) {
            status = DueStatus.TOO_LATE;
        } else if (waiting) {
            status = DueStatus.WAITING;
        } else if (date.isBefore(target)) {
            status = DueStatus.PLANNED;
        } else {
            status = DueStatus.CATCH_UP;
        }
        return new DueVaccination(
                DueVaccination.CATCH_UP_MOMENT,
                rule.vaccineTypeCode(),
                vaccineName.apply(rule.vaccineTypeCode()),
                rule.dose(),
                target,
                target,
                status,
                earliest,
                notFrom,
                AgeLimit.of(latestAge),
                waiting ? rule.vaccineTypeCode() : null,
                waiting ? rule.dose() - 1 : 0,
                null,
                status == DueStatus.GIVEN ? own.get(rule.dose() - 1) : null,
                null);
    }

    /**
     * The regular doses that apply to the child, each on its target date as if every earlier dose had been given on
     * its own target date (no catch-up): the programme as planned at birth. Doses of a vaccine that was no longer used
     * on their target date are left out.
     */
    List<DueVaccination> onTime(ChildFacts child, Function<String, String> vaccineName) {
        LocalDate birth = child.birthDate();
        Map<String, List<LocalDate>> planned = new LinkedHashMap<>();
        List<DueVaccination> result = new ArrayList<>();
        rules.stream()
                .filter(r -> r.appliesTo(child))
                .sorted(Comparator.comparingInt(ScheduleRule::dose))
                .forEach(rule -> {
                    List<LocalDate> previous = planned.getOrDefault(rule.vaccineTypeCode(), List.of());
                    LocalDate anchor = previous.isEmpty() ? birth : previous.get(previous.size() - 1);
                    LocalDate target = rule.targetDate(birth, anchor);
                    if (rule.limits().givenUntil() != null
                            && target.isAfter(rule.limits().givenUntil())) {
                        return;
                    }
                    planned.computeIfAbsent(rule.vaccineTypeCode(), t -> new ArrayList<>())
                            .add(target);
                    result.add(new DueVaccination(
                            rule.moment(),
                            rule.vaccineTypeCode(),
                            vaccineName.apply(rule.vaccineTypeCode()),
                            rule.dose(),
                            target,
                            target.plusDays(rule.graceDays() + 1L),
                            DueStatus.PLANNED,
                            target,
                            birth.plus(rule.limits().latestAgeOrGeneral()),
                            AgeLimit.of(rule.limits().latestAgeOrGeneral()),
                            null,
                            0,
                            rule.limits().givenUntil(),
                            null,
                            null));
                });
        result.sort(Comparator.comparing(DueVaccination::dueFrom).thenComparing(DueVaccination::vaccineTypeCode));
        return result;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
