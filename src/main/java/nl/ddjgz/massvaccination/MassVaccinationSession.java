package nl.ddjgz.massvaccination;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A mass vaccination session: date, location, mode and the day's vaccine types with their batches. Open while the
 * desks scan; approved (registered, its messages held) until a professional closes it, which lets the messages leave.
 * Until it is closed a child can still be taken out or put back.
 */
@Entity
@Table(name = "mass_session")
public class MassVaccinationSession {

    @Id
    private UUID id;

    private LocalDate sessionDate;
    private Long locationId;

    @Enumerated(EnumType.STRING)
    private SessionMode mode;

    @Enumerated(EnumType.STRING)
    private State state;

    private String createdBy;
    private Instant createdAt;
    private String approvedBy;
    private Instant approvedAt;
    private String closedBy;
    private Instant closedAt;

    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mass_session_vaccine", joinColumns = @JoinColumn(name = "session_id"))
    private List<SessionVaccine> vaccines = new ArrayList<>();

    protected MassVaccinationSession() {}

    /**
     * Sets up a session.
     *
     * @throws SessionRefusedException without vaccine types, or with a vaccine type twice
     */
    static MassVaccinationSession setUp(
            LocalDate date, Long locationId, SessionMode mode, List<SessionVaccine> vaccines, String by, Clock clock) {
        if (vaccines.isEmpty()) {
            throw new SessionRefusedException("vaccineType1", "mass.setup.vaccine.required");
        }
        if (vaccines.stream().map(SessionVaccine::getVaccineType).distinct().count() != vaccines.size()) {
            throw new SessionRefusedException("vaccineType2", "mass.setup.vaccine.twice");
        }
        if (mode == SessionMode.AFTERWARDS && date.isAfter(LocalDate.now(clock))) {
            throw new SessionRefusedException("date", "mass.setup.date.afterwardsFuture");
        }
        MassVaccinationSession session = new MassVaccinationSession();
        session.id = UUID.randomUUID();
        session.sessionDate = date;
        session.locationId = locationId;
        session.mode = mode;
        session.state = State.OPEN;
        session.createdBy = by;
        session.createdAt = clock.instant();
        session.vaccines.addAll(vaccines);
        return session;
    }

    /**
     * The professional's approval: closes the session.
     *
     * @throws SessionRefusedException when it is approved already, or the session date is still to come
     */
    void approve(String by, Clock clock) {
        requireOpen();
        if (sessionDate.isAfter(LocalDate.now(clock))) {
            throw new SessionRefusedException(null, "mass.approve.future");
        }
        state = State.APPROVED;
        approvedBy = by;
        approvedAt = clock.instant();
    }

    /**
     * "Sessie afsluiten": the professional says the session is over; its held messages may leave.
     *
     * @throws SessionRefusedException when it is not approved yet, or closed already
     */
    void close(String by, Clock clock) {
        if (state == State.OPEN) {
            throw new SessionRefusedException(null, "mass.close.notApproved");
        }
        if (state == State.CLOSED) {
            throw new SessionRefusedException(null, "mass.session.closed");
        }
        state = State.CLOSED;
        closedBy = by;
        closedAt = clock.instant();
    }

    /** Children can be taken out and put back until the session is closed. */
    void requireNotClosed() {
        if (state == State.CLOSED) {
            throw new SessionRefusedException(null, "mass.session.closed");
        }
    }

    void requireOpen() {
        if (state != State.OPEN) {
            throw new SessionRefusedException(null, "mass.session.approved");
        }
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    /** Approved and not closed yet: registered, its messages held until it is closed. */
    public boolean isAwaitingClose() {
        return state == State.APPROVED;
    }

    public boolean isClosed() {
        return state == State.CLOSED;
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public Long getLocationId() {
        return locationId;
    }

    public SessionMode getMode() {
        return mode;
    }

    public State getState() {
        return state;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getVersion() {
        return version;
    }

    public List<SessionVaccine> getVaccines() {
        return Collections.unmodifiableList(vaccines);
    }

    /** Open while the desks scan; approved: registered, messages held; closed: the messages leave. */
    public enum State {
        OPEN,
        APPROVED,
        CLOSED
    }
}
