package nl.ddjgz.massvaccination;

import java.util.List;
import java.util.UUID;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The sessions as the use-case services read them (the row shared with the other desks, or locked for a change), and
 * what the organisation's register means for a session: which number identifies a child, whether a group file is
 * offered. No transaction of its own: each service method holds one.
 */
@Component
class Sessions {

    private final MassVaccinationSessionRepository repository;
    private final Outbox outbox;

    Sessions(MassVaccinationSessionRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    MassVaccinationSession get(UUID id) {
        return repository.findById(id).orElseThrow(Sessions::notFound);
    }

    /** The session row shared with the other desks' scans; an approval waits until they are done. */
    MassVaccinationSession forShare(UUID id) {
        return repository.findByIdForShare(id).orElseThrow(Sessions::notFound);
    }

    /** The session row locked for a change of the session itself (set-up at a desk, approval, closing). */
    MassVaccinationSession forUpdate(UUID id) {
        return repository.findByIdForUpdate(id).orElseThrow(Sessions::notFound);
    }

    /** The shared session row, refused when the session is approved. */
    MassVaccinationSession open(UUID id) {
        MassVaccinationSession session = forShare(id);
        session.requireOpen();
        return session;
    }

    /** The shared session row, refused when the session is closed. */
    MassVaccinationSession notClosed(UUID id) {
        MassVaccinationSession session = forShare(id);
        session.requireNotClosed();
        return session;
    }

    MassVaccinationSession save(MassVaccinationSession session) {
        return repository.save(session);
    }

    List<MassVaccinationSession> recent() {
        return repository.recent();
    }

    /** The number the organisation identifies children by: the one its register identifies them by. */
    IdentifierKind identifierKind() {
        return IdentifierKind.valueOf(outbox.profile().identifierKind().name());
    }

    /** Whether the organisation's register takes a group file of a session (Vaccinnet's CSV group upload). */
    boolean offersGroupFile() {
        return outbox.profile().offersGroupFile();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("mass vaccination session");
    }
}
