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
    private String messageId;
    private String payload;
    private int attempts;
    private Instant nextAttemptAt;
    private String claimedBy;
    private Instant leaseUntil;
    private Instant sentAt;
    private Instant acknowledgedAt;
    private String ackCode;
    private String ackText;
    private String lastError;

    @Version
    private Long version;

    protected PraeventisMessage() {}

    static PraeventisMessage queue(
            OutgoingRegistration registration, String json, String messageId, String payload, String by, Instant at) {
        PraeventisMessage message = new PraeventisMessage();
        message.id = UUID.randomUUID();
        message.messageId = messageId;
        message.payload = payload;
        message.nextAttemptAt = at;
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

    /**
     * The administrator sends a STUCK message again (after the cause is fixed): back in the queue, attempts counted
     * from zero, the same message id.
     */
    void retry(Instant at) {
        if (state != MessageState.STUCK) {
            throw new IllegalStateException("only a stuck message is retried");
        }
        state = MessageState.QUEUED;
        attempts = 0;
        nextAttemptAt = at;
        lastError = null;
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

    public String getMessageId() {
        return messageId;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAckCode() {
        return ackCode;
    }

    /** The register's text (CE/CR), to show to a person. */
    public String getAckText() {
        return ackText;
    }

    public String getLastError() {
        return lastError;
    }
}
