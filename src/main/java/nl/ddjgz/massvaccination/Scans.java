package nl.ddjgz.massvaccination;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scans of the sessions (plain SQL: a desk scans as fast as a person can, and the database decides what counts
 * with {@code on conflict do nothing} on the scan id and on the session's BSN or INSZ).
 */
@Repository
class Scans {

    private static final String COLUMNS =
            "id, session_id, identifier, identifier_kind, dossier_id, outcome, counted, manual, desk, scanned_by,"
                    + " scanned_at, removed_reason, contact_moment_id, reason_vaccine_type, reason_dose, reason_date,"
                    + " desk_setting_id";

    /** {@link #COLUMNS} of the scan table under the alias {@code c}. */
    private static final String SCAN_COLUMNS_OF_C = COLUMNS.replaceAll("(^|, )([a-z_]+)", "$1c.$2");

    /** Stores a scan unless its id is stored already or its BSN or INSZ already counts (a {@code with} clause). */
    private static final String STORE_SCAN = """
            with stored as (
                insert into mass_scan (id, session_id, identifier, identifier_kind, dossier_id, outcome, counted, manual,
                                       desk, scanned_by, scanned_at, reason_vaccine_type, reason_dose, reason_date,
                                       desk_setting_id)
                values (:id, :session, :identifier, :kind, :dossier, :outcome, :counted, :manual, :desk, :by, :at,
                        :reasonType, :reasonDose, :reasonDate,
                        (select d.id from mass_desk_setting d where d.session_id = :session and d.desk = :desk
                         order by d.seq desc limit 1))
                on conflict do nothing
                returning session_id, desk, counted, outcome, identifier)
            """;

    /**
     * The session's registered exceptions that are on its confirmed expected list: they count as expected seen (a child
     * scanned before the list was confirmed).
     */
    private static final String LISTED_EXCEPTIONS = """
            (select count(*) from mass_scan s
             where s.session_id = :session and s.counted and s.removed_reason is null
               and s.outcome <> 'EXPECTED'
               and exists (select 1 from mass_expected_child e
                           where e.session_id = s.session_id and e.confirmed
                             and e.identifier = s.identifier))
            """;

    /** Counts the stored scan in its desk's totals (nothing when nothing was stored). */
    private static final String COUNT_STORED = """
            insert into mass_scan_total as t (session_id, desk, registered_expected, registered_other, removed, refused)
            select session_id, desk,
                   case when counted and outcome = 'EXPECTED' then 1 else 0 end,
                   case when counted and outcome <> 'EXPECTED' then 1 else 0 end,
                   0,
                   case when counted then 0 else 1 end
            from stored
            on conflict (session_id, desk) do update
                set registered_expected = t.registered_expected + excluded.registered_expected,
                    registered_other = t.registered_other + excluded.registered_other,
                    refused = t.refused + excluded.refused
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    Scans(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    Optional<Scan> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from mass_scan where id = :id")
                .param("id", id)
                .query(Scans::scan)
                .optional();
    }

    /**
     * What a scan at a desk starts from, in one statement: the session's row shared with the other desks' scans (an
     * approval waits until they are done) with its date, state and vaccine types; the scan stored earlier under this
     * scan id, if any (a re-sent scan); whether the session has a confirmed expected list and this BSN or INSZ is on
     * it.
     *
     * @param identifier the scanned BSN or INSZ, or null when the scan read none
     * @return empty when there is no such session
     */
    Optional<Start> start(UUID sessionId, UUID scanId, String identifier) {
        return jdbc.sql("select " + SCAN_COLUMNS_OF_C + """
                        , s.session_date, s.state,
                               array(select v.vaccine_type from mass_session_vaccine v where v.session_id = s.id)
                                   as vaccine_types,
                               exists (select 1 from mass_expected_total x
                                       where x.session_id = s.id and x.confirmed > 0) as has_list,
                               exists (select 1 from mass_expected_child e
                                       where e.session_id = s.id and e.identifier = :identifier and e.confirmed)
                                   as expected
                        from mass_session s left join mass_scan c on c.id = :scan
                        where s.id = :session
                        for share of s
                        """)
                .param("session", sessionId)
                .param("scan", scanId)
                .param("identifier", identifier, Types.VARCHAR)
                .query((rs, row) -> new Start(
                        new ScanSession(
                                sessionId,
                                rs.getObject("session_date", LocalDate.class),
                                MassVaccinationSession.State.OPEN.name().equals(rs.getString("state")),
                                List.of((String[]) rs.getArray("vaccine_types").getArray())),
                        rs.getObject("id") == null ? Optional.empty() : Optional.of(scan(rs, row)),
                        new ExpectedChildren.ListCheck(rs.getBoolean("has_list"), rs.getBoolean("expected"))))
                .optional();
    }

    /** The answer of {@link #start}. */
    record Start(ScanSession session, Optional<Scan> earlier, ExpectedChildren.ListCheck list) {}

    /**
     * Stores the scan unless its id is stored already or (when it counts) its BSN or INSZ already counts in the session,
     * and counts a stored scan in its desk's totals (one statement). The scan keeps the setting (lots, vaccinator) in
     * use at its desk at this moment.
     *
     * @return whether it was stored
     */
    boolean insert(Scan scan) {
        return bindScan(jdbc.sql(STORE_SCAN + COUNT_STORED), scan).update() == 1;
    }

    /**
     * Stores the scan as {@link #insert} does and, in the same statement, reads the session's totals after it (those
     * of {@link #totals}: the desks' counters and the registered exceptions on the confirmed list as they were when
     * the statement began, plus what this scan adds to them). One round trip for what the desk's answer shows.
     *
     * @return the totals after the scan when it was stored; empty when it was not
     */
    Optional<Totals> insertWithTotals(Scan scan) {
        return bindScan(jdbc.sql(STORE_SCAN + """
                        , desk_total as (
                        """ + COUNT_STORED + """
                        )
                        select coalesce(sum(t.registered_expected + t.registered_other), 0)
                                 + (select count(*) from stored n where n.counted) as registered,
                               coalesce(sum(t.registered_expected), 0)
                                 + """ + LISTED_EXCEPTIONS + """
                                 + (select count(*) from stored n
                                    where n.counted
                                      and (n.outcome = 'EXPECTED'
                                           or exists (select 1 from mass_expected_child e
                                                      where e.session_id = n.session_id and e.confirmed
                                                        and e.identifier = n.identifier))) as expected_seen,
                               coalesce(sum(t.registered_other), 0)
                                 + (select count(*) from stored n where n.counted and n.outcome <> 'EXPECTED')
                                   as exceptions,
                               coalesce(sum(t.removed), 0) as removed,
                               coalesce(sum(t.refused), 0) + (select count(*) from stored n where not n.counted)
                                   as refused,
                               coalesce((select x.confirmed from mass_expected_total x
                                         where x.session_id = :session), 0) as expected,
                               (select count(*) from stored) as stored_scans
                        from mass_scan_total t where t.session_id = :session
                        """), scan)
                .query((rs, row) -> rs.getInt("stored_scans") == 0 ? Optional.<Totals>empty() : Optional.of(totals(rs)))
                .single();
    }

    /** The parameters of {@link #STORE_SCAN}. */
    private static JdbcClient.StatementSpec bindScan(JdbcClient.StatementSpec statement, Scan scan) {
        return statement
                .param("id", scan.id())
                .param("session", scan.sessionId())
                .param("identifier", scan.identifier())
                .param("kind", scan.identifierKind().name())
                .param("dossier", scan.dossierId())
                .param("outcome", scan.outcome().name())
                .param("counted", scan.counted())
                .param("manual", scan.manual())
                .param("desk", scan.desk())
                .param("by", scan.scannedBy())
                .param("at", Timestamp.from(scan.scannedAt()))
                .param(
                        "reasonType",
                        scan.reason() == null ? null : scan.reason().vaccineType())
                .param(
                        "reasonDose",
                        scan.reason() == null ? null : scan.reason().dose())
                .param(
                        "reasonDate",
                        scan.reason() == null || scan.reason().date() == null
                                ? null
                                : java.sql.Date.valueOf(scan.reason().date()));
    }

    /** The scan that put this BSN or INSZ in the session. */
    Optional<Scan> countedOf(UUID sessionId, String identifier) {
        return jdbc.sql("select " + COLUMNS
                        + " from mass_scan where session_id = :session and identifier = :identifier and counted")
                .param("session", sessionId)
                .param("identifier", identifier)
                .query(Scans::scan)
                .optional();
    }

    List<Scan> recentAtDesk(UUID sessionId, String desk, int max) {
        return jdbc.sql("select " + COLUMNS + " from mass_scan where session_id = :session and desk = :desk"
                        + " order by scanned_at desc limit :max")
                .param("session", sessionId)
                .param("desk", desk)
                .param("max", max)
                .query(Scans::scan)
                .list();
    }

    List<Scan> ofSession(UUID sessionId) {
        return jdbc.sql("select " + COLUMNS + " from mass_scan where session_id = :session order by scanned_at")
                .param("session", sessionId)
                .query(Scans::scan)
                .list();
    }

    /**
     * The live totals of a session: the desks' counters (kept by {@link #insert}, {@link #remove} and
     * {@link #putBack}), plus the registered exceptions that are on the confirmed expected list (a child scanned
     * before the list was confirmed counts as expected seen), and the size of that list (its counter, kept by
     * {@link ExpectedChildren}).
     */
    Totals totals(UUID sessionId) {
        return jdbc.sql("""
                        select coalesce(sum(t.registered_expected + t.registered_other), 0) as registered,
                               coalesce(sum(t.registered_expected), 0)
                                 + """ + LISTED_EXCEPTIONS + """
                                   as expected_seen,
                               coalesce(sum(t.registered_other), 0) as exceptions,
                               coalesce(sum(t.removed), 0) as removed,
                               coalesce(sum(t.refused), 0) as refused,
                               coalesce((select x.confirmed from mass_expected_total x
                                         where x.session_id = :session), 0) as expected
                        from mass_scan_total t where t.session_id = :session
                        """)
                .param("session", sessionId)
                .query((rs, row) -> totals(rs))
                .single();
    }

    private static Totals totals(ResultSet rs) throws SQLException {
        return new Totals(
                rs.getInt("registered"),
                rs.getInt("expected"),
                rs.getInt("expected_seen"),
                rs.getInt("exceptions"),
                rs.getInt("removed"),
                rs.getInt("refused"));
    }

    /** Takes a registered child out of the session and out of its desk's registered count (one statement). */
    int remove(UUID sessionId, UUID scanId, RemovalReason reason, String by, Instant at) {
        return jdbc.sql("""
                        with taken_out as (
                            update mass_scan set removed_reason = :reason, removed_by = :by, removed_at = :at
                            where id = :id and session_id = :session and counted and removed_reason is null
                            returning session_id, desk, outcome)
                        update mass_scan_total t
                        set removed = t.removed + 1,
                            registered_expected = t.registered_expected
                                                  - case when r.outcome = 'EXPECTED' then 1 else 0 end,
                            registered_other = t.registered_other - case when r.outcome <> 'EXPECTED' then 1 else 0 end
                        from taken_out r
                        where t.session_id = r.session_id and t.desk = r.desk
                        """)
                .param("reason", reason.name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", scanId)
                .param("session", sessionId)
                .update();
    }

    /** Puts a child taken out back in the session: the scan counts again, also in its desk's totals. */
    int putBack(UUID sessionId, UUID scanId, String by, Instant at) {
        return jdbc.sql("""
                        with put_back as (
                            update mass_scan set removed_reason = null, removed_by = null, removed_at = null,
                                                 put_back_by = :by, put_back_at = :at
                            where id = :id and session_id = :session and counted and removed_reason is not null
                            returning session_id, desk, outcome)
                        update mass_scan_total t
                        set removed = t.removed - 1,
                            registered_expected = t.registered_expected
                                                  + case when r.outcome = 'EXPECTED' then 1 else 0 end,
                            registered_other = t.registered_other + case when r.outcome <> 'EXPECTED' then 1 else 0 end
                        from put_back r
                        where t.session_id = r.session_id and t.desk = r.desk
                        """)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", scanId)
                .param("session", sessionId)
                .update();
    }

    /**
     * Links each registered child's scan (by scan id) to the contact moment the approval made: one statement for the
     * whole session (the pairs as two arrays), not one per child.
     */
    void linkContactMoments(Map<UUID, UUID> contactMomentByScan) {
        if (contactMomentByScan.isEmpty()) {
            return;
        }
        UUID[] scanIds = contactMomentByScan.keySet().toArray(UUID[]::new);
        UUID[] momentIds = contactMomentByScan.values().toArray(UUID[]::new);
        jdbcTemplate.update(connection -> {
            PreparedStatement update = connection.prepareStatement("""
                    update mass_scan s set contact_moment_id = v.moment_id
                    from unnest(?::uuid[], ?::uuid[]) as v(scan_id, moment_id)
                    where s.id = v.scan_id
                    """);
            update.setArray(1, connection.createArrayOf("uuid", scanIds));
            update.setArray(2, connection.createArrayOf("uuid", momentIds));
            return update;
        });
    }

    private static Scan scan(ResultSet rs, int row) throws SQLException {
        String removed = rs.getString("removed_reason");
        return new Scan(
                rs.getObject("id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getString("identifier"),
                IdentifierKind.valueOf(rs.getString("identifier_kind")),
                rs.getObject("dossier_id", UUID.class),
                ScanOutcome.valueOf(rs.getString("outcome")),
                rs.getBoolean("counted"),
                rs.getBoolean("manual"),
                rs.getString("desk"),
                rs.getString("scanned_by"),
                rs.getTimestamp("scanned_at").toInstant(),
                removed == null ? null : RemovalReason.valueOf(removed),
                rs.getObject("contact_moment_id", UUID.class),
                rs.getString("reason_vaccine_type") == null
                        ? null
                        : new Scan.Reason(
                                rs.getString("reason_vaccine_type"),
                                rs.getInt("reason_dose"),
                                rs.getObject("reason_date", java.time.LocalDate.class)),
                rs.getObject("desk_setting_id", UUID.class));
    }

    /**
     * A session's live totals.
     *
     * @param registered children in the session (counted, not taken out)
     * @param expected children on the confirmed expected list
     * @param expectedSeen expected children scanned
     * @param exceptions registered but not expected, or already vaccinated before
     * @param removed taken out: not vaccinated after all
     * @param refused scans that did not count (duplicates, invalid, no dossier)
     */
    public record Totals(int registered, int expected, int expectedSeen, int exceptions, int removed, int refused) {}
}
