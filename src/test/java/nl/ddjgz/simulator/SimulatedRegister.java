package nl.ddjgz.simulator;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulated register has received. A registration is kept once per message id: a re-sent id (after a lost
 * acknowledgement) is answered again but not registered again.
 */
public final class SimulatedRegister {

    private final Map<String, Received> registrations = new ConcurrentHashMap<>();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final java.util.Deque<Exchange> statusQueries = new java.util.concurrent.ConcurrentLinkedDeque<>();

    /**
     * Registers a message.
     *
     * @return false when this message id was already registered (a re-send)
     */
    boolean register(Received received) {
        requests.incrementAndGet();
        boolean first = registrations.putIfAbsent(received.messageId(), received) == null;
        if (!first) {
            duplicates.incrementAndGet();
        }
        return first;
    }

    /** Keeps a status query and the answer given (the last 50), for the conformance tests and the received page. */
    void answered(byte[] query, byte[] answer) {
        statusQueries.addFirst(new Exchange(query, answer));
        while (statusQueries.size() > 50) {
            statusQueries.pollLast();
        }
    }

    /** The status queries received and what was answered, newest first. */
    public List<Exchange> statusQueries() {
        return List.copyOf(statusQueries);
    }

    /** A status query (REPC_IN002170NL) as received and the answer sent (REPC_IN002171NL). */
    public record Exchange(byte[] query, byte[] answer) {}

    void countRequest() {
        requests.incrementAndGet();
    }

    /** Every distinct registration received, in no particular order. */
    public Collection<Received> registrations() {
        return List.copyOf(registrations.values());
    }

    /** The registrations for a child. */
    public List<Received> registrationsFor(String bsn) {
        return registrations.values().stream()
                .filter(r -> bsn.equals(r.bsn()))
                .sorted(java.util.Comparator.comparing(Received::receivedAt))
                .toList();
    }

    public boolean hasReceived(String messageId) {
        return registrations.containsKey(messageId);
    }

    /** How many re-sent message ids arrived (each answered, none registered twice). */
    public long duplicates() {
        return duplicates.get();
    }

    public long requests() {
        return requests.get();
    }

    public void clear() {
        registrations.clear();
        statusQueries.clear();
        duplicates.set(0);
        requests.set(0);
    }

    /**
     * A registration as received.
     *
     * @param bsn null for an anonymised message
     * @param message the HL7 message as it arrived
     */
    public record Received(String messageId, String interaction, String bsn, Instant receivedAt, byte[] message) {}
}
