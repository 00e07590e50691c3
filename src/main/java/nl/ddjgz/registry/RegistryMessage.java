package nl.ddjgz.registry;

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

/**
 * A message for the register in our outbox. Guards its own state changes against {@link MessageTransition}; what the
 * register's answer does to a message is {@link #answered}, which the dispatcher's {@link DeliveryQueue} writes for a
 * run of messages at once.
 */
@Entity
@Table(name = "registry_message")
public class RegistryMessage {

    @Id
    private UUID id;

    private UUID contactMomentId;
    private UUID dossierId;
    private Long locationId;

    @Column(name = "kind")
    private Disclosure disclosure;

    private Registry registry;

    @Enumerated(EnumType.STRING)
    private RegistryAdapter.Operation operation;

    private UUID retracts;
    private String remoteId;
    private Instant pollAt;

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

    protected RegistryMessage() {}

    static RegistryMessage queue(
            Registry registry,
            OutgoingRegistration registration,
            String json,
            String messageId,
            String payload,
            String by,
            Instant at,
            Instant dueAt) {
        RegistryMessage message = new RegistryMessage();
        message.registry = registry;
        message.operation = RegistryAdapter.Operation.REGISTER;
        message.id = UUID.randomUUID();
        message.messageId = messageId;
        message.payload = payload;
        // the dispatcher claims a queued message once this moment has passed; null: held (see Outbox.Release)
        message.nextAttemptAt = dueAt;
        message.contactMomentId = registration.contactMomentId();
        message.dossierId = registration.dossierId();
        message.locationId = registration.contactMoment().locationId();
        message.disclosure = registration.disclosure();
        message.state = MessageState.QUEUED;
        message.content = json;
        message.queuedBy = by;
        message.queuedAt = at;
        return message;
    }

    /**
     * A message that takes back this accepted registration at the register (a correction after dispatch, where the
     * register allows it); this message becomes {@link MessageState#RETRACTED}.
     */
    RegistryMessage retraction(String messageId, String payload, String by, Instant at) {
        if (!retractable() || operation != RegistryAdapter.Operation.REGISTER) {
            throw new AlreadySentException();
        }
        RegistryMessage message = new RegistryMessage();
        message.id = UUID.randomUUID();
        message.registry = registry;
        message.operation = RegistryAdapter.Operation.RETRACT;
        message.retracts = id;
        message.remoteId = remoteId;
        message.messageId = messageId;
        message.payload = payload;
        message.nextAttemptAt = at;
        message.contactMomentId = contactMomentId;
        message.dossierId = dossierId;
        message.locationId = locationId;
        message.disclosure = disclosure;
        message.state = MessageState.QUEUED;
        message.content = content;
        message.queuedBy = by;
        message.queuedAt = at;
        state = MessageTransition.RETRACT.to();
        withdrawnBy = by;
        withdrawnAt = at;
        withdrawReason = "retracted";
        return message;
    }

    /**
     * Whether the register holds (some of) this registration: it accepted it, or it refused part of it and returned
     * the ids of what it did take (Vaccinnet RegistratieService: some KMEHR messages OK, some refused).
     */
    boolean retractable() {
        return MessageTransition.RETRACT.allowedFrom(state)
                && (state == MessageState.ACKNOWLEDGED || (remoteId != null && !remoteId.isBlank()));
    }

    /**
     * Takes the message out of the queue: it will never be sent.
     *
     * @throws AlreadySentException when it has left or is leaving
     */
    void withdraw(String by, String reason, Instant at) {
        MessageTransition.WITHDRAW.requireFrom(state);
        state = MessageTransition.WITHDRAW.to();
        withdrawnBy = by;
        withdrawReason = reason;
        withdrawnAt = at;
    }

    /**
     * A professional sends a message that waits for its send window now.
     *
     * @return whether it was made due (false: its mass vaccination session still holds it)
     * @throws AlreadySentException when it has left or is leaving
     */
    boolean sendNow(Instant at) {
        MessageTransition.SEND_NOW.requireFrom(state);
        if (isHeld()) {
            return false;
        }
        if (nextAttemptAt.isAfter(at)) {
            nextAttemptAt = at;
        }
        return true;
    }

    /** Queued and held until its mass vaccination session is closed. */
    public boolean isHeld() {
        return state == MessageState.QUEUED && nextAttemptAt == null;
    }

    /**
     * The administrator sends a STUCK message again (after the cause is fixed): back in the queue, attempts counted
     * from zero, the same message id.
     */
    void retry(Instant at) {
        if (!MessageTransition.RETRY.allowedFrom(state)) {
            throw new IllegalStateException("only a stuck message is retried");
        }
        state = MessageTransition.RETRY.to();
        attempts = 0;
        nextAttemptAt = at;
        lastError = null;
    }

    /**
     * What the register's answer to an attempt (a send or a poll) does to a message ({@link MessageTransition#ANSWER}):
     * its next state by the delivery policy, and what is kept of the answer.
     *
     * @param attempt the attempt this answer ends (1-based), which counts towards STUCK
     */
    static Answer answered(Delivery delivery, int attempt, DeliveryPolicy policy, Instant now) {
        MessageState next = policy.after(delivery.outcome(), attempt);
        boolean submitted = next == MessageState.SUBMITTED;
        // the register itself answered (not the transport): its code and text are kept for a person to read
        boolean answered = delivery.code() != null
                || delivery.outcome() == Delivery.Outcome.ACCEPTED
                || delivery.outcome() == Delivery.Outcome.ERROR
                || delivery.outcome() == Delivery.Outcome.REJECTED;
        return new Answer(
                next,
                // a retryable message keeps its place in the queue; the node itself backs off
                next == MessageState.QUEUED ? now : null,
                answered || submitted ? now : null,
                answered && !submitted ? now : null,
                truncate(delivery.code(), 40),
                answered,
                truncate(delivery.detail(), 2000),
                truncate(delivery.remoteId(), 2000),
                submitted ? (delivery.pollAt() == null ? now : delivery.pollAt()) : null,
                answered || submitted ? null : truncate(delivery.detail(), 500));
    }

    /**
     * The changes an answer makes to a message; a null value leaves the column as it is, except {@code lastError}
     * (always written) and {@code ackText} (written when {@code keepsText}).
     *
     * @param state the next state
     * @param nextAttemptAt when it is due again (a retryable fault: at once, in its place)
     * @param sentAt when it left (kept from the first time)
     * @param acknowledgedAt when the register gave its final answer
     * @param ackCode the register's answer code
     * @param keepsText whether {@code ackText} replaces the register's earlier text
     * @param ackText the register's text, shown to a person
     * @param remoteId what the register returned to keep
     * @param pollAt when to ask for the outcome (SUBMITTED)
     * @param lastError the transport's fault; null clears it
     */
    record Answer(
            MessageState state,
            Instant nextAttemptAt,
            Instant sentAt,
            Instant acknowledgedAt,
            String ackCode,
            boolean keepsText,
            String ackText,
            String remoteId,
            Instant pollAt,
            String lastError) {}

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
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

    public Registry getRegistry() {
        return registry;
    }

    public RegistryAdapter.Operation getOperation() {
        return operation;
    }

    /** What the register returned to keep (transaction id, ids of what it stored). */
    public String getRemoteId() {
        return remoteId;
    }

    public Instant getPollAt() {
        return pollAt;
    }

    public Disclosure getDisclosure() {
        return disclosure;
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

    String getPayload() {
        return payload;
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
