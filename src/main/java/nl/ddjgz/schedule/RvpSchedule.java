package nl.ddjgz.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of the RVP schedule: computes, for a child and a date, every dose that applies to the child with its
 * status. A dose counts as given when the child had at least that many vaccinations of its type on or before the
 * date (dose numbers count per vaccine type, so a missed dose is not skipped).
 */
final class RvpSchedule {

    private final String name;
    private final List<ScheduleRule> rules;

    RvpSchedule(String name, List<ScheduleRule> rules) {
        this.name = name;
        this.rules = List.copyOf(rules);
    }

    String name() {
        return name;
    }

    List<DueVaccination> statusOn(
            ChildFacts child, LocalDate date, List<GivenVaccination> given, Function<String, String> vaccineName) {
        Map<String, Long> givenPerType = given.stream()
                .filter(g -> !g.date().isAfter(date))
                .collect(Collectors.groupingBy(GivenVaccination::vaccineTypeCode, Collectors.counting()));
        LocalDate birth = child.birthDate();
        return rules.stream()
                .filter(rule -> rule.appliesTo(child))
                .map(rule -> {
                    LocalDate due = rule.dueFrom(birth);
                    LocalDate overdue = rule.overdueFrom(birth);
                    long count = givenPerType.getOrDefault(rule.vaccineTypeCode(), 0L);
                    DueStatus status = count >= rule.dose()
                            ? DueStatus.GIVEN
                            : date.isBefore(due)
                                    ? DueStatus.PLANNED
                                    : date.isBefore(overdue) ? DueStatus.DUE : DueStatus.OVERDUE;
                    return new DueVaccination(
                            rule.moment(),
                            rule.vaccineTypeCode(),
                            vaccineName.apply(rule.vaccineTypeCode()),
                            rule.dose(),
                            due,
                            overdue,
                            status);
                })
                .sorted(Comparator.comparing(DueVaccination::dueFrom).thenComparing(DueVaccination::vaccineTypeCode))
                .toList();
    }
}
