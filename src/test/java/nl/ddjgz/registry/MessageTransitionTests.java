package nl.ddjgz.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.ddjgz.praeventis.PraeventisRegister;
import org.junit.jupiter.api.Test;

/**
 * The message's state machine as plain domain rules: which transition may happen from which state, what a person's
 * action does to a queued message, and what the register's answer does to a claimed one.
 */
class MessageTransitionTests {

    private static final Instant APPROVED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final DeliveryPolicy policy = new DeliveryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void onlyAQueuedMessageOrOneWhoseLeaseRanOutIsClaimedForSending() {
        assertThat(MessageTransition.CLAIM.allowedFrom(MessageState.QUEUED)).isTrue();
        assertThat(MessageTransition.CLAIM.allowedFrom(MessageState.SENDING)).isTrue();
        assertThat(MessageTransition.CLAIM.allowedFrom(MessageState.SUBMITTED)).isFalse();
        assertThat(MessageTransition.CLAIM.allowedFrom(MessageState.WITHDRAWN)).isFalse();
        assertThat(MessageTransition.CLAIM.to()).isEqualTo(MessageState.SENDING);
        assertThat(MessageTransition.PUT_BACK.from()).containsExactly("SENDING");
        assertThat(MessageTransition.PUT_BACK.to()).isEqualTo(MessageState.QUEUED);
        assertThat(MessageTransition.CLAIM_POLL.from()).containsExactly("SUBMITTED");
        assertThat(MessageTransition.ANSWER.from()).containsExactlyInAnyOrder("SENDING", "SUBMITTED");
    }

    @Test
    void aMessageThatHasLeftIsNeitherWithdrawnNorSentNow() {
        for (MessageState state : MessageState.values()) {
            boolean withdrawable =
                    state == MessageState.QUEUED || state == MessageState.NEEDS_ACTION || state == MessageState.STUCK;
            assertThat(MessageTransition.WITHDRAW.allowedFrom(state))
                    .as("withdraw from %s", state)
                    .isEqualTo(withdrawable);
            assertThat(MessageTransition.WITHDRAW.allowedFrom(state) && state.hasLeft())
                    .as("%s has left", state)
                    .isFalse();
        }
        assertThatThrownBy(() -> MessageTransition.SEND_NOW.requireFrom(MessageState.SENDING))
                .isInstanceOf(AlreadySentException.class);
        assertThat(MessageTransition.RETRY.from()).containsExactly("STUCK");
        assertThat(MessageTransition.RETRACT.from()).containsExactlyInAnyOrder("ACKNOWLEDGED", "NEEDS_ACTION");
    }

    @Test
    void aQueuedMessageIsWithdrawnOnceAndNeverAfterwards() {
        RegistryMessage message = queued(APPROVED);

        message.withdraw("arts", "correction", NOW);

        assertThat(message.getState()).isEqualTo(MessageState.WITHDRAWN);
        assertThat(message.getWithdrawnAt()).isEqualTo(NOW);
        assertThat(message.getWithdrawReason()).isEqualTo("correction");
        assertThatThrownBy(() -> message.withdraw("arts", "again", NOW)).isInstanceOf(AlreadySentException.class);
        assertThatThrownBy(() -> message.sendNow(NOW)).isInstanceOf(AlreadySentException.class);
    }

    @Test
    void sendNowMakesAWaitingMessageDueButLeavesAHeldOneHeld() {
        RegistryMessage waiting = queued(NOW.plus(Duration.ofMinutes(30)));
        RegistryMessage held = queued(null);

        assertThat(waiting.sendNow(NOW)).isTrue();
        assertThat(waiting.getNextAttemptAt()).isEqualTo(NOW);
        assertThat(held.isHeld()).isTrue();
        assertThat(held.sendNow(NOW)).isFalse();
        assertThat(held.getNextAttemptAt()).isNull();
    }

    @Test
    void onlyAStuckMessageIsRetriedAndOnlyAnAcceptedOneRetracted() {
        RegistryMessage message = queued(APPROVED);

        assertThatThrownBy(() -> message.retry(NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(message.retractable()).isFalse();
        assertThatThrownBy(() -> message.retraction("m-2", "<retract/>", "arts", NOW))
                .isInstanceOf(AlreadySentException.class);
        assertThat(message.getState()).isEqualTo(MessageState.QUEUED);
    }

    @Test
    void anAcceptanceIsFinalAndKeepsTheRegistersCodeTextAndIds() {
        RegistryMessage.Answer answer =
                RegistryMessage.answered(Delivery.accepted(200, "CA", "Geaccepteerd", "vacc-1,vacc-2"), 1, policy, NOW);

        assertThat(answer.state()).isEqualTo(MessageState.ACKNOWLEDGED);
        assertThat(answer.sentAt()).isEqualTo(NOW);
        assertThat(answer.acknowledgedAt()).isEqualTo(NOW);
        assertThat(answer.ackCode()).isEqualTo("CA");
        assertThat(answer.keepsText()).isTrue();
        assertThat(answer.ackText()).isEqualTo("Geaccepteerd");
        assertThat(answer.remoteId()).isEqualTo("vacc-1,vacc-2");
        assertThat(answer.nextAttemptAt()).isNull();
        assertThat(answer.pollAt()).isNull();
        assertThat(answer.lastError()).isNull();
    }

    @Test
    void aRefusalGoesToAPersonWithTheRegistersText() {
        RegistryMessage.Answer answer = RegistryMessage.answered(
                Delivery.refused(Delivery.Outcome.REJECTED, 200, "CR", "BSN onbekend"), 2, policy, NOW);

        assertThat(answer.state()).isEqualTo(MessageState.NEEDS_ACTION);
        assertThat(answer.acknowledgedAt()).isEqualTo(NOW);
        assertThat(answer.ackText()).isEqualTo("BSN onbekend");
        assertThat(answer.lastError()).isNull();
    }

    @Test
    void aTransportFaultKeepsTheMessagesPlaceUntilTheAttemptsRunOut() {
        RegistryMessage.Answer again =
                RegistryMessage.answered(Delivery.retryable(503, "Service Unavailable"), 4, policy, NOW);
        RegistryMessage.Answer stuck =
                RegistryMessage.answered(Delivery.retryable(0, "connection refused"), 5, policy, NOW);

        assertThat(again.state()).isEqualTo(MessageState.QUEUED);
        assertThat(again.nextAttemptAt()).isEqualTo(NOW);
        assertThat(again.sentAt()).isNull();
        assertThat(again.acknowledgedAt()).isNull();
        assertThat(again.keepsText()).isFalse();
        assertThat(again.lastError()).isEqualTo("Service Unavailable");
        assertThat(stuck.state()).isEqualTo(MessageState.STUCK);
        assertThat(stuck.nextAttemptAt()).isNull();
        assertThat(stuck.lastError()).isEqualTo("connection refused");
    }

    @Test
    void aMessageTakenOnForLaterIsPolledAtTheRegistersTimeAndIsNotYetAcknowledged() {
        Instant pollAt = NOW.plus(Duration.ofHours(6));

        RegistryMessage.Answer answer = RegistryMessage.answered(Delivery.submitted("tx-42", pollAt), 1, policy, NOW);

        assertThat(answer.state()).isEqualTo(MessageState.SUBMITTED);
        assertThat(answer.sentAt()).isEqualTo(NOW);
        assertThat(answer.acknowledgedAt()).isNull();
        assertThat(answer.remoteId()).isEqualTo("tx-42");
        assertThat(answer.pollAt()).isEqualTo(pollAt);
        assertThat(answer.lastError()).isNull();
    }

    @Test
    void theRegistersLongTextsAreCutToWhatTheColumnsHold() {
        RegistryMessage.Answer answer = RegistryMessage.answered(
                Delivery.refused(Delivery.Outcome.ERROR, 200, "C".repeat(60), "x".repeat(3000)), 1, policy, NOW);

        assertThat(answer.ackCode()).hasSize(40);
        assertThat(answer.ackText()).hasSize(2000);
    }

    private static RegistryMessage queued(Instant dueAt) {
        OutgoingRegistration registration = Registrations.withBsn();
        return RegistryMessage.queue(
                PraeventisRegister.PRAEVENTIS, registration, "{}", "m-1", "<message/>", "arts", APPROVED, dueAt);
    }
}
