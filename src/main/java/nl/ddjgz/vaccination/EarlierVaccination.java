package nl.ddjgz.vaccination;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A vaccination the child had before coming here ("eerder gegeven"): history that the schedule counts, never a
 * registration (no message to a register).
 */
@Entity
@Table(name = "earlier_vaccination")
public class EarlierVaccination {

    @Id
    private UUID id;

    private UUID dossierId;
    private String vaccineType;
    private LocalDate vaccinationDate;
    private String place;
    private String batchNumber;

    @Enumerated(EnumType.STRING)
    private EarlierSource source;

    private String recordedBy;
    private Instant recordedAt;

    protected EarlierVaccination() {}

    EarlierVaccination(UUID dossierId, EarlierEntry entry, EarlierSource source, String recordedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.vaccineType = entry.vaccineType();
        this.vaccinationDate = entry.date();
        this.place = blankToNull(entry.place());
        this.batchNumber = blankToNull(entry.batchNumber());
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID getId() {
        return id;
    }

    public UUID getDossierId() {
        return dossierId;
    }

    public String getVaccineType() {
        return vaccineType;
    }

    public LocalDate getVaccinationDate() {
        return vaccinationDate;
    }

    public String getPlace() {
        return place;
    }

    public String getBatchNumber() {
        return batchNumber;
    }

    public EarlierSource getSource() {
        return source;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
