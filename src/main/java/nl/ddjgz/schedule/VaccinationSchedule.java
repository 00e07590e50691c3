package nl.ddjgz.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers which vaccinations belong to a child at a contact moment, or are due on a date. The schedule in force on
 * the date is used; the schedule and vaccine types are reference data read once (they change only by migration).
 */
@Service
public class VaccinationSchedule {

    private final ScheduleVersionRepository versions;
    private final ScheduleItemRepository items;
    private final VaccineTypeRepository vaccineTypes;
    private final CatchUpItemRepository catchUps;
    private final Clock clock;
    private volatile Snapshot snapshot;

    VaccinationSchedule(
            ScheduleVersionRepository versions,
            ScheduleItemRepository items,
            VaccineTypeRepository vaccineTypes,
            CatchUpItemRepository catchUps,
            Clock clock) {
        this.versions = versions;
        this.items = items;
        this.vaccineTypes = vaccineTypes;
        this.catchUps = catchUps;
        this.clock = clock;
    }

    /** The module's time zone. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** Today's date on the module's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Every dose of the schedule that applies to the child with its status on the date, including the doses that are
     * not given any more (too late, lapsed, vaccine no longer used) with the reason.
     */
    public List<DueVaccination> plan(ChildFacts child, LocalDate date, List<GivenVaccination> given) {
        Snapshot s = snapshot();
        return s.scheduleOn(date).statusOn(child, date, given, s::vaccineName);
    }

    /**
     * The doses of the schedule that apply to the child and are still part of its programme, with their status on the
     * date: given, to be given, or still to come (not the ones that are too late, lapsed or no longer used).
     */
    public List<DueVaccination> statusOn(ChildFacts child, LocalDate date, List<GivenVaccination> given) {
        return plan(child, date, given).stream()
                .filter(v -> !v.status().isNotProposed())
                .toList();
    }

    /**
     * Whether the schedule in force on the date has rules for this vaccine type at all (for any child): when it has
     * none, RIVM's rules say nothing about a dose of it.
     */
    public boolean covers(String vaccineTypeCode, LocalDate date) {
        return snapshot().scheduleOn(date).covers(vaccineTypeCode);
    }

    /** The plan as pages show it: proposed with the reason, still to come, and not proposed with why. */
    public SchedulePlan planFor(ChildFacts child, LocalDate date, List<GivenVaccination> given) {
        return SchedulePlan.of(plan(child, date, given));
    }

    /**
     * The regular doses of the child's programme on their target dates, as if given on time (no catch-up, no status):
     * for building a realistic history (demo data).
     */
    public List<DueVaccination> onTime(ChildFacts child) {
        Snapshot s = snapshot();
        return s.scheduleOn(child.birthDate()).onTime(child, s::vaccineName);
    }

    /** The doses to give on the date: due, overdue or catch-up, not given. */
    public List<DueVaccination> dueOn(ChildFacts child, LocalDate date, List<GivenVaccination> given) {
        return plan(child, date, given).stream()
                .filter(DueVaccination::isToBeGiven)
                .toList();
    }

    /**
     * The vaccinations that belong to a contact moment: for an age-bound activity the doses due or overdue on the
     * date; for any other activity none (the user chooses the vaccine types by hand).
     */
    public List<DueVaccination> forContactMoment(
            ChildFacts child, ContactActivity activity, LocalDate date, List<GivenVaccination> given) {
        return activity.isAgeBound() ? dueOn(child, date, given) : List.of();
    }

    /** The contact moment proposed for a child of this age on this date. */
    public ContactActivity defaultActivity(LocalDate birthDate, LocalDate date) {
        return ContactActivity.forAge(birthDate, date);
    }

    /** All vaccine types, by code. */
    public List<VaccineType> vaccineTypes() {
        return snapshot().types.values().stream()
                .sorted(Comparator.comparing(VaccineType::getCode))
                .toList();
    }

    public Optional<VaccineType> vaccineType(String code) {
        return Optional.ofNullable(snapshot().types.get(code));
    }

    /** The name of a vaccine type, or the code when the schedule does not know it. */
    public String vaccineName(String code) {
        return vaccineType(code).map(VaccineType::getName).orElse(code);
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    @Transactional(readOnly = true)
    Snapshot load() {
        Map<Integer, List<ScheduleRule>> rules = items.findAll().stream()
                .collect(Collectors.groupingBy(
                        ScheduleItem::getScheduleId, Collectors.mapping(ScheduleItem::toRule, Collectors.toList())));
        Map<Integer, List<CatchUpRule>> catchUpRules = catchUps.findAll().stream()
                .collect(Collectors.groupingBy(
                        CatchUpItem::getScheduleId, Collectors.mapping(CatchUpItem::toRule, Collectors.toList())));
        List<Dated> dated = versions.findAllByOrderByValidFromAsc().stream()
                .map(v -> new Dated(
                        v.getValidFrom(),
                        new RvpSchedule(
                                v.getName(),
                                rules.getOrDefault(v.getId(), List.of()),
                                catchUpRules.getOrDefault(v.getId(), List.of()))))
                .toList();
        Map<String, VaccineType> types = vaccineTypes.findAllByOrderByCodeAsc().stream()
                .collect(Collectors.toMap(VaccineType::getCode, Function.identity()));
        return new Snapshot(dated, types);
    }

    private record Dated(LocalDate validFrom, RvpSchedule schedule) {}

    record Snapshot(List<Dated> versions, Map<String, VaccineType> types) {

        /** The version in force on the date (the oldest one for dates before any version). */
        RvpSchedule scheduleOn(LocalDate date) {
            RvpSchedule found = versions.get(0).schedule();
            for (Dated d : versions) {
                if (!d.validFrom().isAfter(date)) {
                    found = d.schedule();
                }
            }
            return found;
        }

        String vaccineName(String code) {
            VaccineType type = types.get(code);
            return type == null ? code : type.getName();
        }
    }
}
