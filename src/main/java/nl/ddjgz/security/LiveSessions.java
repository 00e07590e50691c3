package nl.ddjgz.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's live sessions on every node (sessions are kept in PostgreSQL by Spring Session JDBC), so that a
 * disabled user, a user whose roles changed or whose password was reset must log in again.
 */
@Component
class LiveSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    LiveSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of this user; returns how many were ended. */
    int end(String username) {
        var found = sessions.findByPrincipalName(username);
        found.keySet().forEach(sessions::deleteById);
        return found.size();
    }
}
