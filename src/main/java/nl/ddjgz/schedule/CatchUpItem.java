package nl.ddjgz.schedule;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A row of the catch-up table; see {@link CatchUpRule} for what it means. */
@Entity
@Table(name = "rvp_catch_up_item")
class CatchUpItem {

    @Id
    private Integer id;

    private Integer scheduleId;
    private String vaccineType;
    private String startedFrom;
    private String startedBefore;
    private LocalDate bornFrom;
    private LocalDate bornTo;
    private short dose;
    private String intervalTarget;
    private String minInterval;
    private String latestAge;
    private String lapses;
    private String source;

    protected CatchUpItem() {}

    Integer getScheduleId() {
        return scheduleId;
    }

    CatchUpRule toRule() {
        Set<String> lapsed = lapses == null
                ? Set.of()
                : Arrays.stream(lapses.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet());
        return new CatchUpRule(
                vaccineType,
                ScheduleItem.period(startedFrom),
                ScheduleItem.period(startedBefore),
                bornFrom,
                bornTo,
                dose,
                ScheduleItem.period(intervalTarget),
                ScheduleItem.period(minInterval),
                ScheduleItem.period(latestAge),
                lapsed);
    }
}
