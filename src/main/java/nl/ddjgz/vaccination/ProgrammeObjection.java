package nl.ddjgz.vaccination;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A principled objection to the whole programme, on the dossier: shown at every later contact moment. */
@Entity
@Table(name = "programme_objection")
public class ProgrammeObjection {

    @Id
    private UUID id;

    private UUID dossierId;
    private UUID contactMomentId;
    private String recordedBy;
    private Instant recordedAt;

    protected ProgrammeObjection() {}

    ProgrammeObjection(UUID dossierId, UUID contactMomentId, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.contactMomentId = contactMomentId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getContactMomentId() {
        return contactMomentId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
