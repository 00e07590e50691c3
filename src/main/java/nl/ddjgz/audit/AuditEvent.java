package nl.ddjgz.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail. Immutable: the table refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String username;

    @Column(name = "user_role")
    private String role;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;

    private UUID dossierId;
    private Long dossierNumber;
    private String detail;
    private String remoteAddress;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            String username,
            String role,
            AuditAction action,
            AuditOutcome outcome,
            DossierRef dossier,
            String detail,
            String remoteAddress) {
        this.occurredAt = occurredAt;
        this.username = truncate(username, 64);
        this.role = role;
        this.action = action;
        this.outcome = outcome;
        this.dossierId = dossier == null ? null : dossier.id();
        this.dossierNumber = dossier == null ? null : dossier.number();
        this.detail = truncate(detail, 500);
        this.remoteAddress = truncate(remoteAddress, 64);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public UUID getDossierId() {
        return dossierId;
    }

    public Long getDossierNumber() {
        return dossierNumber;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
