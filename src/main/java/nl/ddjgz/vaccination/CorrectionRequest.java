package nl.ddjgz.vaccination;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * After dispatch a registration stays as it is here; the user records what is wrong and what was agreed with RIVM
 * (rules.md §9). The dossier shows the flag.
 */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest {

    @Id
    private UUID id;

    private UUID contactMomentId;
    private UUID dossierId;
    private String whatIsWrong;
    private boolean rivmCalled;
    private String agreement;
    private String rivmContact;
    private LocalDate agreedOn;
    private String recordedBy;
    private Instant recordedAt;

    protected CorrectionRequest() {}

    CorrectionRequest(
            UUID contactMomentId,
            UUID dossierId,
            String whatIsWrong,
            boolean rivmCalled,
            String agreement,
            String rivmContact,
            LocalDate agreedOn,
            String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.contactMomentId = contactMomentId;
        this.dossierId = dossierId;
        this.whatIsWrong = whatIsWrong;
        this.rivmCalled = rivmCalled;
        this.agreement = agreement;
        this.rivmContact = rivmContact;
        this.agreedOn = agreedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getContactMomentId() {
        return contactMomentId;
    }

    public String getWhatIsWrong() {
        return whatIsWrong;
    }

    public boolean isRivmCalled() {
        return rivmCalled;
    }

    public String getAgreement() {
        return agreement;
    }

    public String getRivmContact() {
        return rivmContact;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
