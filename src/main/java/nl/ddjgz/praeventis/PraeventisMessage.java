package nl.ddjgz.praeventis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A message for Praeventis in our outbox. Guards its own state changes. */
@Entity
@Table(name = "praeventis_message")
public class PraeventisMessage {

    @Id
    private UUID id;

    private UUID contactMomentId;
    private UUID dossierId;
    private Long locationId;

    @Enumerated(EnumType.STRING)
    private MessageKind kind;

    @Enumerated(EnumType.STRING)
    private MessageState state;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String content;

    private Instant queuedAt;
    private String queuedBy;
    private Instant withdrawnAt;
    private String withdrawnBy;
    private String withdrawReason;

    @Version
    private Long version;

    protected PraeventisMessage() {}

    static PraeventisMessage queue(OutgoingRegistration registration, String json, String by, Instant at) {
        PraeventisMessage message = new PraeventisMessage();
        message.id = UUID.randomUUID();
        message.contactMomentId = registration.contactMomentId();
        message.dossierId = registration.dossierId();
        message.locationId = registration.contactMoment().locationId();
        message.kind = registration.kind();
        message.state = MessageState.QUEUED;
        message.content = json;
        message.queuedBy = by;
        message.queuedAt = at;
        return message;
    }

    /**
     * Takes the message out of the queue: it will never be sent.
     *
     * @throws AlreadySentException when it has left or is leaving
     */
    void withdraw(String by, String reason, Instant at) {
        if (state != MessageState.QUEUED && state != MessageState.NEEDS_ACTION && state != MessageState.STUCK) {
            throw new AlreadySentException();
        }
        state = MessageState.WITHDRAWN;
        withdrawnBy = by;
        withdrawReason = reason;
        withdrawnAt = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getContactMomentId() {
        return contactMomentId;
    }

    public UUID getDossierId() {
        return dossierId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public MessageKind getKind() {
        return kind;
    }

    public MessageState getState() {
        return state;
    }

    String getContent() {
        return content;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public String getQueuedBy() {
        return queuedBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }
}
