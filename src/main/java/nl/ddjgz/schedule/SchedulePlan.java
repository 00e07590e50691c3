package nl.ddjgz.schedule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A child's plan on a date as pages show it: what is proposed (each with its reason), what is still to come, and what
 * is not proposed any more with why (one line per vaccine type and reason).
 */
public record SchedulePlan(
        List<DueVaccination> proposed, List<DueVaccination> upcoming, List<DueVaccination> notProposed) {

    public static SchedulePlan of(List<DueVaccination> plan) {
        Map<String, DueVaccination> notProposed = new LinkedHashMap<>();
        plan.stream()
                .filter(v -> v.status().isNotProposed())
                .forEach(v -> notProposed.putIfAbsent(v.vaccineTypeCode() + "/" + v.status(), v));
        return new SchedulePlan(
                plan.stream().filter(DueVaccination::isToBeGiven).toList(),
                plan.stream().filter(v -> v.status().isUpcoming()).toList(),
                List.copyOf(notProposed.values()));
    }

    /** Why a line of this vaccine type is proposed (the first proposed dose of the type), if it is. */
    public Optional<DueVaccination> proposedFor(String vaccineTypeCode) {
        return proposed.stream()
                .filter(v -> v.vaccineTypeCode().equals(vaccineTypeCode))
                .findFirst();
    }
}
