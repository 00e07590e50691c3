package nl.ddjgz.simulator.vaccicard;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulated Vaccicard holds: the OAuth2 client it accepts and the tokens it issued, the Immunizations it
 * stored (once per business identifier when sent as a conditional create), the children it does not know, and a
 * "429 for the next n requests" fault (the other faults are the {@code vaccicardFaults} bean). Thread-safe; tests
 * query it.
 */
public final class SimulatedVaccicard {

    /** How long an issued token is valid. */
    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final String defaultClientId;
    private final String defaultClientSecret;
    private volatile String clientId;
    private volatile String clientSecret;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Stored> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByIdentifier = new ConcurrentHashMap<>();
    private final Set<String> unknownPatients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    SimulatedVaccicard(String clientId, String clientSecret) {
        this.defaultClientId = clientId;
        this.defaultClientSecret = clientSecret;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /**
     * An Immunization as stored.
     *
     * @param identifier our business identifier, {@code system|value}
     * @param patient the child's INSZ (kept in memory only; never logged)
     * @param status {@code completed}, {@code not-done} or {@code entered-in-error}
     * @param json the resource as stored, with its id
     */
    public record Stored(
            String id, String identifier, String patient, String status, int version, Instant storedAt, String json) {

        /** Never prints the INSZ. */
        @Override
        public String toString() {
            return "Stored[id=" + id + ", identifier=" + identifier + ", status=" + status + ", version=" + version
                    + "]";
        }
    }

    /** From now on only these client credentials get a token, and the tokens issued so far are revoked. */
    public void expectCredentials(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        tokens.clear();
    }

    /** Back to the configured client credentials (issued tokens stay valid). */
    public void resetCredentials() {
        this.clientId = defaultClientId;
        this.clientSecret = defaultClientSecret;
    }

    /** Registrations for this child are refused with 422 "patient not found". */
    public void refusePatient(String insz) {
        unknownPatients.add(insz);
    }

    /** The next {@code n} FHIR requests get 429 Too Many Requests (nothing stored). */
    public void tooManyRequestsNext(int n) {
        tooManyRequests.set(n);
    }

    /** Every stored Immunization, oldest first. */
    public List<Stored> immunizations() {
        return byId.values().stream()
                .sorted(Comparator.comparing(Stored::storedAt))
                .toList();
    }

    /** The Immunizations of a child, oldest first. */
    public List<Stored> immunizationsFor(String insz) {
        return byId.values().stream()
                .filter(s -> insz.equals(s.patient()))
                .sorted(Comparator.comparing(Stored::storedAt))
                .toList();
    }

    public Optional<Stored> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** How many conditional creates found their resource already stored (a re-send, answered 200). */
    public long duplicates() {
        return duplicates.get();
    }

    /** How many FHIR requests arrived (also those refused). */
    public long requests() {
        return requests.get();
    }

    /** Forgets everything stored and every fault of this store; the credentials go back to the configured ones. */
    public void clear() {
        byId.clear();
        idByIdentifier.clear();
        unknownPatients.clear();
        tooManyRequests.set(0);
        duplicates.set(0);
        requests.set(0);
        resetCredentials();
    }

    // --- used by the endpoint

    Optional<String> issueToken(String id, String secret, Instant now) {
        if (id == null || secret == null || !id.equals(clientId) || !secret.equals(clientSecret)) {
            return Optional.empty();
        }
        String token = UUID.randomUUID().toString();
        tokens.put(token, now.plus(TOKEN_LIFETIME));
        return Optional.of(token);
    }

    boolean validToken(String token, Instant now) {
        Instant expires = token == null ? null : tokens.get(token);
        return expires != null && now.isBefore(expires);
    }

    void countRequest() {
        requests.incrementAndGet();
    }

    boolean tooManyRequestsNow() {
        return tooManyRequests.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    boolean unknownPatient(String insz) {
        return insz != null && unknownPatients.contains(insz);
    }

    /**
     * Stores a new resource, or finds the one already stored under this identifier (conditional create).
     *
     * @param identifier null: no conditional create, always stored
     * @param build makes the stored form from the new id
     * @return the stored resource, and whether it was created now
     */
    Created createOnce(String identifier, String patient, String status, Instant now, Builder build) {
        if (identifier == null) {
            Stored stored = store(null, patient, status, now, build);
            return new Created(stored, true);
        }
        boolean[] created = {false};
        String id = idByIdentifier.computeIfAbsent(identifier, key -> {
            created[0] = true;
            return store(key, patient, status, now, build).id();
        });
        if (!created[0]) {
            duplicates.incrementAndGet();
        }
        return new Created(byId.get(id), created[0]);
    }

    private Stored store(String identifier, String patient, String status, Instant now, Builder build) {
        String id = UUID.randomUUID().toString();
        Stored stored = new Stored(id, identifier, patient, status, 1, now, build.json(id, 1));
        byId.put(id, stored);
        return stored;
    }

    /** Replaces a stored resource (an update); empty when there is no such id. */
    Optional<Stored> update(String id, String status, Instant now, Builder build) {
        Stored updated = byId.computeIfPresent(
                id,
                (key, old) -> new Stored(
                        key,
                        old.identifier(),
                        old.patient(),
                        status,
                        old.version() + 1,
                        old.storedAt(),
                        build.json(key, old.version() + 1)));
        return Optional.ofNullable(updated);
    }

    /** The resource's JSON as stored, with its id and version. */
    interface Builder {
        String json(String id, int version);
    }

    record Created(Stored stored, boolean created) {}
}
