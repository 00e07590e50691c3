package nl.ddjgz.schedule;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A version of the RVP schedule and the date it came into force. */
@Entity
@Table(name = "rvp_schedule")
class ScheduleVersion {

    @Id
    private Integer id;

    private String name;
    private LocalDate validFrom;

    protected ScheduleVersion() {}

    Integer getId() {
        return id;
    }

    String getName() {
        return name;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }
}
