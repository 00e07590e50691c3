package nl.ddjgz.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;

/** A row of the schedule table; see {@link ScheduleRule} for what it means. */
@Entity
@Table(name = "rvp_schedule_item")
class ScheduleItem {

    @Id
    private Integer id;

    private Integer scheduleId;
    private String moment;
    private String vaccineType;
    private short dose;
    private String timing;
    private short offsetYears;
    private short offsetMonths;
    private short offsetDays;
    private short graceDays;
    private LocalDate bornFrom;
    private LocalDate bornTo;
    private String dktpSchedule;

    @Column(name = "only_hbsag_mother")
    private boolean onlyHbsagMother;

    private String earliestAge;
    private String latestAge;
    private String minInterval;
    private String previousType;
    private Short previousCount;
    private LocalDate givenUntil;
    private String source;

    protected ScheduleItem() {}

    Integer getScheduleId() {
        return scheduleId;
    }

    ScheduleRule toRule() {
        return new ScheduleRule(
                moment,
                vaccineType,
                dose,
                ScheduleRule.Timing.valueOf(timing),
                offsetYears,
                offsetMonths,
                offsetDays,
                graceDays,
                bornFrom,
                bornTo,
                dktpSchedule == null ? null : DktpSchedule.ofCode(dktpSchedule).orElseThrow(),
                onlyHbsagMother,
                new ScheduleRule.Limits(
                        period(earliestAge),
                        period(latestAge),
                        period(minInterval),
                        previousType,
                        previousCount == null ? null : previousCount.intValue(),
                        givenUntil));
    }

    static Period period(String iso) {
        return iso == null ? null : Period.parse(iso);
    }
}
