package nl.ddjgz.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's repository with a session that takes a new last access time only when it moved by at least the
 * touch interval since the time stored. Spring Session's filter sets the last access time on every request, and
 * Spring Session JDBC rewrites the session's row in a transaction of its own whenever anything in it changed; with
 * the time moved by a few seconds only, nothing changed that the timeout needs, so nothing is written and no
 * transaction is opened. A changed attribute, a new session id or another timeout is still written as before.
 *
 * <p>An idle session therefore ends between the timeout minus the interval and the timeout after its last request:
 * the expiry is counted from the stored last access time, here as in Spring Session's own expiry check and clean-up.
 */
final class TouchIntervalSessions<S extends Session>
        implements FindByIndexNameSessionRepository<TouchIntervalSessions.Touched<S>> {

    private final FindByIndexNameSessionRepository<S> sessions;
    private final Duration touchInterval;

    TouchIntervalSessions(FindByIndexNameSessionRepository<S> sessions, Duration touchInterval) {
        this.sessions = sessions;
        this.touchInterval = touchInterval;
    }

    @Override
    public Touched<S> createSession() {
        return new Touched<>(sessions.createSession(), touchInterval);
    }

    @Override
    public void save(Touched<S> session) {
        sessions.save(session.session);
    }

    @Override
    public Touched<S> findById(String id) {
        S found = sessions.findById(id);
        return found == null ? null : new Touched<>(found, touchInterval);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, Touched<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Touched<S>> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new Touched<>(session, touchInterval)));
        return found;
    }

    /** A stored session, its last access time moved only by at least the touch interval. */
    static final class Touched<S extends Session> implements Session {

        private final S session;
        private final Duration touchInterval;

        private Touched(S session, Duration touchInterval) {
            this.session = session;
            this.touchInterval = touchInterval;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(session.getLastAccessedTime(), lastAccessedTime)
                            .compareTo(touchInterval)
                    >= 0) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
