package nl.ddjgz.massvaccination;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which scanned children were in a downloaded Vaccinnet group file, per vaccine type. */
@Repository
class GroupFiles {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    GroupFiles(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Records that these scans' children were in the group file of the vaccine type (the latest download counts). */
    void mark(List<UUID> scanIds, String vaccineType, String by, Instant at) {
        jdbcTemplate.batchUpdate("""
                insert into mass_group_file_child (scan_id, vaccine_type, downloaded_by, downloaded_at)
                values (?, ?, ?, ?)
                on conflict (scan_id, vaccine_type) do update
                    set downloaded_by = excluded.downloaded_by, downloaded_at = excluded.downloaded_at
                """, scanIds, 500, (ps, scanId) -> {
            ps.setObject(1, scanId);
            ps.setString(2, vaccineType);
            ps.setString(3, by);
            ps.setTimestamp(4, Timestamp.from(at));
        });
    }

    /** The vaccine types whose group file held the child of each scan of the session (scans in none are left out). */
    Map<UUID, Set<String>> typesByScan(UUID sessionId) {
        Map<UUID, Set<String>> types = new HashMap<>();
        jdbc.sql("""
                        select g.scan_id, g.vaccine_type from mass_group_file_child g
                        join mass_scan s on s.id = g.scan_id where s.session_id = :session
                        """)
                .param("session", sessionId)
                .query((rs, row) -> types.computeIfAbsent(rs.getObject("scan_id", UUID.class), id -> new HashSet<>())
                        .add(rs.getString("vaccine_type")))
                .list();
        return types;
    }

    /** Takes a scan's child out of the group files downloaded so far; returns whether it was in one. */
    boolean forget(UUID scanId) {
        return jdbc.sql("delete from mass_group_file_child where scan_id = :scan")
                        .param("scan", scanId)
                        .update()
                > 0;
    }
}
