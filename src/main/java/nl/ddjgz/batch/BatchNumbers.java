package nl.ddjgz.batch;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The batch lists: replaces the current list when a new one arrives (keeping the old ones), and answers the picker:
 * which numbers of a vaccine type match what was typed, and what a given number means for a vaccine line.
 */
@Service
public class BatchNumbers {

    /** How many suggestions the type-ahead offers. */
    public static final int SUGGESTIONS = 10;

    private static final String LIST_COLUMNS =
            "id, received_at, source, received_by, message_id, valid_from, valid_to, entry_count";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    BatchNumbers(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
    }

    /** The newest list, if any arrived. */
    @Transactional(readOnly = true)
    public Optional<BatchListInfo> currentList() {
        return jdbc.sql("select " + LIST_COLUMNS + " from batch_list order by id desc limit 1")
                .query(BatchNumbers::list)
                .optional();
    }

    /** Whether the current list is today's (for the "numbers not current" banner). */
    @Transactional(readOnly = true)
    public ListFreshness freshness() {
        return ListFreshness.of(currentList().orElse(null), LocalDate.now(clock), clock.getZone());
    }

    /** The newest lists, newest first. */
    @Transactional(readOnly = true)
    public List<BatchListInfo> history(int max) {
        return jdbc.sql("select " + LIST_COLUMNS + " from batch_list order by id desc limit :max")
                .param("max", max)
                .query(BatchNumbers::list)
                .list();
    }

    /**
     * The numbers of this vaccine type in the current list that start with what was typed and are not expired on the
     * date (entries without expiry are offered, marked "expiry unknown").
     */
    @Transactional(readOnly = true)
    public List<BatchEntry> suggest(String vaccineType, String typed, LocalDate vaccinationDate) {
        return jdbc.sql("""
                        select vaccine_type, batch_number, expiry_date, product_code, product_name
                        from batch_number
                        where list_id = (select max(id) from batch_list)
                          and vaccine_type = :type
                          and upper(batch_number) like :prefix
                          and (expiry_date is null or expiry_date >= :date)
                        order by upper(batch_number)
                        limit :max
                        """)
                .param("type", vaccineType)
                .param("prefix", likePrefix(BatchCheck.normalise(typed)))
                .param("date", vaccinationDate)
                .param("max", SUGGESTIONS)
                .query(BatchNumbers::entry)
                .list();
    }

    /** What this number means for a line of this vaccine type on this date, against the current list. */
    @Transactional(readOnly = true)
    public BatchCheck check(String vaccineType, String batchNumber, LocalDate vaccinationDate) {
        List<BatchEntry> matches = jdbc.sql("""
                        select vaccine_type, batch_number, expiry_date, product_code, product_name
                        from batch_number
                        where list_id = (select max(id) from batch_list) and upper(batch_number) = :number
                        """)
                .param("number", BatchCheck.normalise(batchNumber))
                .query(BatchNumbers::entry)
                .list();
        return BatchCheck.of(vaccineType, batchNumber, vaccinationDate, matches);
    }

    /**
     * Stores a received list as the new current list, in one transaction; earlier lists stay (history, fallback).
     *
     * @return the stored list
     */
    @Transactional
    public BatchListInfo replaceList(ReceivedBatchList received, BatchSource source, String receivedBy) {
        Timestamp now = Timestamp.from(clock.instant());
        long listId = jdbc.sql("""
                        insert into batch_list (received_at, source, received_by, message_id, valid_from, valid_to,
                                                entry_count)
                        values (:at, :source, :by, :messageId, :validFrom, :validTo, :count)
                        returning id
                        """)
                .param("at", now)
                .param("source", source.name())
                .param("by", receivedBy)
                .param("messageId", received.messageId())
                .param("validFrom", received.validFrom())
                .param("validTo", received.validTo())
                .param("count", received.entries().size())
                .query(Long.class)
                .single();
        List<BatchEntry> entries = received.entries();
        jdbcTemplate.batchUpdate(
                "insert into batch_number (list_id, vaccine_type, batch_number, expiry_date, product_code,"
                        + " product_name) values (?, ?, ?, ?, ?, ?)",
                entries,
                1000,
                (PreparedStatement ps, BatchEntry e) -> {
                    ps.setLong(1, listId);
                    ps.setString(2, e.vaccineTypeCode());
                    ps.setString(3, e.batchNumber().strip());
                    ps.setDate(4, e.expiry() == null ? null : Date.valueOf(e.expiry()));
                    ps.setString(5, e.productCode());
                    ps.setString(6, e.productName());
                });
        return currentList().orElseThrow();
    }

    private static String likePrefix(String typed) {
        return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static BatchListInfo list(ResultSet rs, int row) throws SQLException {
        Timestamp from = rs.getTimestamp("valid_from");
        Timestamp to = rs.getTimestamp("valid_to");
        return new BatchListInfo(
                rs.getLong("id"),
                rs.getTimestamp("received_at").toInstant(),
                BatchSource.valueOf(rs.getString("source")),
                rs.getString("received_by"),
                rs.getString("message_id"),
                from == null ? null : from.toLocalDateTime(),
                to == null ? null : to.toLocalDateTime(),
                rs.getInt("entry_count"));
    }

    private static BatchEntry entry(ResultSet rs, int row) throws SQLException {
        Date expiry = rs.getDate("expiry_date");
        return new BatchEntry(
                rs.getString("vaccine_type"),
                rs.getString("batch_number"),
                expiry == null ? null : expiry.toLocalDate(),
                rs.getString("product_code"),
                rs.getString("product_name"));
    }
}
