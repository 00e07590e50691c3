package nl.ddjgz.registry;

import java.time.Instant;
import java.util.List;

/**
 * The port through which the outbox reaches a register: one adapter per register. The outbox asks the adapter of
 * the organisation's register to build and check the message at approval (a message that fails never enters the
 * queue); the dispatcher hands it claimed messages to send (outside any transaction) and records what each
 * {@link Delivery} says, with the retry, lease and ordering rules that are the same for every register.
 */
public interface RegistryAdapter {

    /** What the register asks and offers; the rest of the module asks this, never the register's name. */
    RegisterProfile profile();

    /** The register's stored code. */
    default Registry registry() {
        return profile().registry();
    }

    /**
     * Builds the message for an approved registration and checks it (schema and the register's rules), in the
     * approval's transaction.
     *
     * @param messageId our id of the message, the same on every retry (the register's duplicate check)
     * @return the payload as it will leave
     * @throws UnsendableRegistrationException when it cannot be sent as it is (said in the user's language)
     * @throws InvalidRegistrationException when the built message fails its schema or rules
     */
    String compose(OutgoingRegistration registration, String messageId, Instant at);

    /**
     * What composes the messages of one approval: {@link #compose} by default. An adapter whose messages need data
     * from the database reads it when the composer is made (on the caller's thread, in the approval's transaction)
     * and may then offer a {@link Composer#concurrent concurrent} one that reads nothing more, so that a session's
     * approval composes and checks its messages on every core.
     */
    default Composer composer() {
        return this::compose;
    }

    /** Composes one message; see {@link #compose}. */
    @FunctionalInterface
    interface Composer {

        String compose(OutgoingRegistration registration, String messageId, Instant at);

        /** Whether it may be called from several threads at once (it touches no database nor shared state). */
        default boolean concurrent() {
            return false;
        }

        /** A composer that may be called from several threads at once. */
        static Composer concurrent(Composer composer) {
            return new Composer() {
                @Override
                public String compose(OutgoingRegistration registration, String messageId, Instant at) {
                    return composer.compose(registration, messageId, at);
                }

                @Override
                public boolean concurrent() {
                    return true;
                }
            };
        }
    }

    /**
     * How many messages one request may carry (Vaccinnet BatchUpload: 500 persons); the dispatcher splits what it
     * claimed into requests of at most this many, in order of approval.
     */
    default int maxPerRequest() {
        return 1;
    }

    /**
     * Whether {@link #send} reads {@link Pending#registration()} (what was approved, stored as JSON beside the
     * payload). An adapter that sends the payload as built at approval says no, and the dispatcher then claims its
     * messages without reading that JSON (the registration is null in the {@link Pending}s it is given to send).
     */
    default boolean sendsRegistration() {
        return true;
    }

    /**
     * Sends one request: the messages of this register, in order of approval, at most {@link #maxPerRequest()}.
     * Never throws for a delivery problem.
     *
     * @return one delivery per message, in the same order
     */
    List<Delivery> send(List<Pending> messages);

    /**
     * For a register that processes later: asks what became of messages it took on ({@link Delivery.Outcome#SUBMITTED}).
     *
     * @return one delivery per message, in the same order ({@link Delivery.Outcome#PENDING} while not processed)
     */
    default List<Delivery> poll(List<Pending> submitted) {
        throw new UnsupportedOperationException(registry() + " answers at once");
    }

    /**
     * Whether the register takes objections (Praeventis: with consent; Vaccicard: {@code not-done}). Vaccinnet
     * registers administered vaccinations only: a contact moment with only objections sends nothing there.
     */
    default boolean registersObjections() {
        return profile().takesObjections();
    }

    /**
     * Whether a registration that has reached the register can be taken back by a message (Vaccinnet
     * RegistratieService: RemoveVaccination; Vaccicard: entered-in-error), so that a correction after dispatch is
     * retract + register again. Otherwise the register must be asked by phone/form (Praeventis).
     */
    default boolean retractsAfterDispatch() {
        return profile().retractsAfterDispatch();
    }

    /**
     * Builds the message that takes back a registration the register accepted.
     *
     * @param accepted what the register accepted, with the ids it returned ({@link Pending#remoteId()})
     */
    default String composeRetraction(Pending accepted, String messageId, Instant at) {
        throw new UnsupportedOperationException(registry() + " cannot retract");
    }

    /**
     * A message in the hands of the dispatcher.
     *
     * @param operation what it does: register, or retract an earlier registration
     * @param payload the message as built at approval
     * @param registration what it carries, as approved; null in a send to an adapter that sends the payload alone
     *     ({@link RegistryAdapter#sendsRegistration()})
     * @param remoteId what the register returned (transaction id, vaccination ids), if anything yet
     * @param attempts the attempt this is (1-based)
     */
    record Pending(
            java.util.UUID id,
            String messageId,
            Operation operation,
            Disclosure disclosure,
            String payload,
            OutgoingRegistration registration,
            String remoteId,
            int attempts,
            Instant queuedAt) {}

    /** What a message does at the register. */
    enum Operation {
        REGISTER,
        RETRACT
    }
}
