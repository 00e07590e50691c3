package nl.ddjgz.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

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
                onlyHbsagMother);
    }
}
