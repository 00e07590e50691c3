package nl.ddjgz.massvaccination;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every time a child was taken out of a session (with the reason, who and when) and put back (who and when): the
 * history the child's dossier shows.
 */
@Repository
class Removals {

    private final JdbcClient jdbc;

    Removals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordRemoval(Scan scan, RemovalReason reason, String by, Instant at) {
        jdbc.sql("""
                        insert into mass_removal (id, session_id, scan_id, dossier_id, reason, removed_by, removed_at)
                        values (:id, :session, :scan, :dossier, :reason, :by, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("session", scan.sessionId())
                .param("scan", scan.id())
                .param("dossier", scan.dossierId())
                .param("reason", reason.name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Records who put the child of this scan back, on its last removal. */
    void recordPutBack(UUID scanId, String by, Instant at) {
        jdbc.sql("""
                        update mass_removal set put_back_by = :by, put_back_at = :at
                        where scan_id = :scan and put_back_at is null
                        """)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("scan", scanId)
                .update();
    }

    /** The last removal of each scan of the session that was ever taken out, by scan id. */
    Map<UUID, Removal> lastOfSession(UUID sessionId) {
        Map<UUID, Removal> last = new LinkedHashMap<>();
        jdbc.sql(SELECT + " where r.session_id = :session order by r.removed_at")
                .param("session", sessionId)
                .query(Removals::removal)
                .list()
                .forEach(r -> last.put(r.scanId(), r));
        return last;
    }

    /** A child's removals from every session, newest first. */
    List<Removal> ofDossier(UUID dossierId) {
        return jdbc.sql(SELECT + " where r.dossier_id = :dossier order by r.removed_at desc")
                .param("dossier", dossierId)
                .query(Removals::removal)
                .list();
    }

    private static final String SELECT = """
            select r.scan_id, r.session_id, s.session_date, l.name as location_name, r.reason, r.removed_by,
                   r.removed_at, r.put_back_by, r.put_back_at
            from mass_removal r join mass_session s on s.id = r.session_id join location l on l.id = s.location_id
            """;

    private static Removal removal(ResultSet rs, int row) throws SQLException {
        Timestamp putBackAt = rs.getTimestamp("put_back_at");
        return new Removal(
                rs.getObject("scan_id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getObject("session_date", LocalDate.class),
                rs.getString("location_name"),
                RemovalReason.valueOf(rs.getString("reason")),
                rs.getString("removed_by"),
                rs.getTimestamp("removed_at").toInstant(),
                rs.getString("put_back_by"),
                putBackAt == null ? null : putBackAt.toInstant());
    }

    /**
     * A child taken out of a session, and put back when it was.
     *
     * @param putBackBy null while the child is out
     */
    public record Removal(
            UUID scanId,
            UUID sessionId,
            LocalDate sessionDate,
            String locationName,
            RemovalReason reason,
            String removedBy,
            Instant removedAt,
            String putBackBy,
            Instant putBackAt) {

        public boolean putBack() {
            return putBackAt != null;
        }
    }
}
