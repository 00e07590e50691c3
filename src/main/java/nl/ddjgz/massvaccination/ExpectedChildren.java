package nl.ddjgz.massvaccination;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private static final String COLUMNS =
            "id, session_id, identifier, identifier_kind, family_name, given_names, birth_date, source, name_prefix,"
                    + " gender, street, house_number, house_number_suffix, postcode, city";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    ExpectedChildren(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Adds children (skipping a BSN or INSZ already on the list); returns how many were added. */
    int add(UUID sessionId, List<ExpectedChild> children, UUID importId, boolean confirmed) {
        return add(sessionId, children, importId, confirmed, null);
    }

    /** Adds children from a call list (kept with the list's id). */
    int add(UUID sessionId, List<ExpectedChild> children, UUID importId, boolean confirmed, UUID callListId) {
        int[][] counts = jdbcTemplate.batchUpdate("""
                insert into mass_expected_child (id, session_id, identifier, identifier_kind, family_name, given_names,
                                                 birth_date, source, import_id, confirmed, name_prefix, gender, street,
                                                 house_number, house_number_suffix, postcode, city, call_list_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """, children, 500, (ps, c) -> {
            ExpectedChild.Listed l = c.listed() == null ? ExpectedChild.Listed.NONE : c.listed();
            ps.setObject(1, c.id());
            ps.setObject(2, sessionId);
            ps.setString(3, c.identifier());
            ps.setString(4, c.identifierKind().name());
            ps.setString(5, c.familyName());
            ps.setString(6, c.givenNames());
            ps.setDate(7, Date.valueOf(c.birthDate()));
            ps.setString(8, c.source());
            ps.setObject(9, importId);
            ps.setBoolean(10, confirmed);
            ps.setString(11, l.namePrefix());
            ps.setString(12, l.gender());
            ps.setString(13, l.street());
            ps.setObject(14, l.houseNumber());
            ps.setString(15, l.houseNumberSuffix());
            ps.setString(16, l.postcode());
            ps.setString(17, l.city());
            ps.setObject(18, callListId);
        });
        int added = 0;
        for (int[] batch : counts) {
            for (int n : batch) {
                added += n > 0 || n == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
            }
        }
        if (confirmed) {
            countConfirmed(sessionId);
        }
        return added;
    }

    int confirm(UUID sessionId, UUID importId) {
        int confirmed = jdbc.sql("update mass_expected_child set confirmed = true, import_id = null"
                        + " where session_id = :session and import_id = :import and not confirmed")
                .param("session", sessionId)
                .param("import", importId)
                .update();
        countConfirmed(sessionId);
        return confirmed;
    }

    /**
     * Sets the session's count of confirmed expected children (read with the desk's totals on every scan) after a
     * change of its list, in the change's transaction. The counter's row is locked first, so a concurrent change of
     * the same list counts after this one has committed and sees its children.
     */
    private void countConfirmed(UUID sessionId) {
        jdbc.sql("insert into mass_expected_total (session_id, confirmed) values (:session, 0) on conflict do nothing")
                .param("session", sessionId)
                .update();
        jdbc.sql("select session_id from mass_expected_total where session_id = :session for update")
                .param("session", sessionId)
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        update mass_expected_total
                        set confirmed = (select count(*) from mass_expected_child
                                         where session_id = :session and confirmed)
                        where session_id = :session
                        """).param("session", sessionId).update();
    }

    void discard(UUID sessionId, UUID importId) {
        jdbc.sql(
                        "delete from mass_expected_child where session_id = :session and import_id = :import and not confirmed")
                .param("session", sessionId)
                .param("import", importId)
                .update();
    }

    List<ExpectedChild> confirmed(UUID sessionId) {
        return jdbc.sql("select " + COLUMNS
                        + " from mass_expected_child where session_id = :session and confirmed"
                        + " order by family_name, given_names")
                .param("session", sessionId)
                .query(ExpectedChildren::child)
                .list();
    }

    Optional<ExpectedChild> find(UUID sessionId, UUID id) {
        return jdbc.sql("select " + COLUMNS
                        + " from mass_expected_child where session_id = :session and id = :id and confirmed")
                .param("session", sessionId)
                .param("id", id)
                .query(ExpectedChildren::child)
                .optional();
    }

    /** The confirmed expected child with this BSN or INSZ. */
    Optional<ExpectedChild> findByIdentifier(UUID sessionId, String identifier) {
        return jdbc.sql("select " + COLUMNS
                        + " from mass_expected_child where session_id = :session and identifier = :identifier"
                        + " and confirmed")
                .param("session", sessionId)
                .param("identifier", identifier)
                .query(ExpectedChildren::child)
                .optional();
    }

    /** Every BSN or INSZ on the list, confirmed or waiting for confirmation (for duplicate checks). */
    Set<String> identifiers(UUID sessionId) {
        return new HashSet<>(jdbc.sql("select identifier from mass_expected_child where session_id = :session")
                .param("session", sessionId)
                .query(String.class)
                .list());
    }

    boolean isExpected(UUID sessionId, String identifier) {
        return jdbc.sql("select count(*) from mass_expected_child where session_id = :session"
                                + " and identifier = :identifier and confirmed")
                        .param("session", sessionId)
                        .param("identifier", identifier)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Whether the session has a confirmed expected list (its counter, see {@link #countConfirmed}) and whether this BSN
     * or INSZ is on it, in one query of two indexed reads (a scan asks both; the list is up to thousands of children).
     */
    ListCheck check(UUID sessionId, String identifier) {
        return jdbc.sql("""
                        select exists (select 1 from mass_expected_total
                                       where session_id = :session and confirmed > 0) as has_list,
                               exists (select 1 from mass_expected_child
                                       where session_id = :session and identifier = :identifier and confirmed)
                                   as expected
                        """)
                .param("session", sessionId)
                .param("identifier", identifier)
                .query((rs, row) -> new ListCheck(rs.getBoolean("has_list"), rs.getBoolean("expected")))
                .single();
    }

    /** The answer of {@link #check}. */
    record ListCheck(boolean hasList, boolean expected) {}

    private static ExpectedChild child(ResultSet rs, int row) throws SQLException {
        return new ExpectedChild(
                rs.getObject("id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getString("identifier"),
                IdentifierKind.valueOf(rs.getString("identifier_kind")),
                rs.getString("family_name"),
                rs.getString("given_names"),
                rs.getDate("birth_date").toLocalDate(),
                rs.getString("source"),
                new ExpectedChild.Listed(
                        rs.getString("name_prefix"),
                        rs.getString("gender"),
                        rs.getString("street"),
                        (Integer) rs.getObject("house_number"),
                        rs.getString("house_number_suffix"),
                        rs.getString("postcode"),
                        rs.getString("city")));
    }
}
