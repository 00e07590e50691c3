package nl.ddjgz.massvaccination;

import java.sql.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The expected lists. An import is stored unconfirmed first and counts only once the user confirms it. */
@Repository
class ExpectedChildren {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ExpectedChildren(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Adds children (skipping a BSN already on the list); returns how many were added. */
    int add(UUID sessionId, List<ExpectedChild> children, UUID importId, boolean confirmed) {
        int[][] counts = jdbcTemplate.batchUpdate("""
                insert into mass_expected_child (id, session_id, bsn, family_name, given_names, birth_date, source,
                                                 import_id, confirmed)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """, children, 500, (ps, c) -> {
            ps.setObject(1, c.id());
            ps.setObject(2, sessionId);
            ps.setString(3, c.bsn());
            ps.setString(4, c.familyName());
            ps.setString(5, c.givenNames());
            ps.setDate(6, Date.valueOf(c.birthDate()));
            ps.setString(7, c.source());
            ps.setObject(8, importId);
            ps.setBoolean(9, confirmed);
        });
        int added = 0;
        for (int[] batch : counts) {
            for (int n : batch) {
                added += n > 0 || n == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
            }
        }
        return added;
    }

    int confirm(UUID sessionId, UUID importId) {
        return jdbc.sql("update mass_expected_child set confirmed = true, import_id = null"
                        + " where session_id = :session and import_id = :import and not confirmed")
                .param("session", sessionId)
                .param("import", importId)
                .update();
    }

    void discard(UUID sessionId, UUID importId) {
        jdbc.sql(
                        "delete from mass_expected_child where session_id = :session and import_id = :import and not confirmed")
                .param("session", sessionId)
                .param("import", importId)
                .update();
    }

    List<ExpectedChild> confirmed(UUID sessionId) {
        return jdbc.sql("select id, session_id, bsn, family_name, given_names, birth_date, source"
                        + " from mass_expected_child where session_id = :session and confirmed"
                        + " order by family_name, given_names")
                .param("session", sessionId)
                .query((rs, row) -> new ExpectedChild(
                        rs.getObject("id", UUID.class),
                        rs.getObject("session_id", UUID.class),
                        rs.getString("bsn"),
                        rs.getString("family_name"),
                        rs.getString("given_names"),
                        rs.getDate("birth_date").toLocalDate(),
                        rs.getString("source")))
                .list();
    }

    Optional<ExpectedChild> find(UUID sessionId, UUID id) {
        return jdbc.sql("select id, session_id, bsn, family_name, given_names, birth_date, source"
                        + " from mass_expected_child where session_id = :session and id = :id and confirmed")
                .param("session", sessionId)
                .param("id", id)
                .query((rs, row) -> new ExpectedChild(
                        rs.getObject("id", UUID.class),
                        rs.getObject("session_id", UUID.class),
                        rs.getString("bsn"),
                        rs.getString("family_name"),
                        rs.getString("given_names"),
                        rs.getDate("birth_date").toLocalDate(),
                        rs.getString("source")))
                .optional();
    }

    /** Every BSN on the list, confirmed or waiting for confirmation (for duplicate checks). */
    Set<String> bsns(UUID sessionId) {
        return new HashSet<>(jdbc.sql("select bsn from mass_expected_child where session_id = :session")
                .param("session", sessionId)
                .query(String.class)
                .list());
    }

    boolean isExpected(UUID sessionId, String bsn) {
        return jdbc.sql("select count(*) from mass_expected_child where session_id = :session and bsn = :bsn"
                                + " and confirmed")
                        .param("session", sessionId)
                        .param("bsn", bsn)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    boolean hasList(UUID sessionId) {
        return jdbc.sql("select count(*) from mass_expected_child where session_id = :session and confirmed")
                        .param("session", sessionId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
