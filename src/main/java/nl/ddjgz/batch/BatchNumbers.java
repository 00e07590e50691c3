package nl.ddjgz.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGConnection;
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

    private static final String COPY_ENTRIES = "copy batch_number (list_id, vaccine_type, batch_number, expiry_date,"
            + " product_code, product_name) from stdin";

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
        copyEntries(listId, received.entries());
        return currentList().orElseThrow();
    }

    /**
     * Writes a list's entries with one {@code COPY … FROM STDIN} on the transaction's connection: the rows, their
     * identity values, index entries and foreign-key checks are the same as with inserts, without parsing, planning and
     * binding a statement per batch of rows (20,000 entries were some 160 multi-row inserts of 768 parameters).
     */
    private void copyEntries(long listId, List<BatchEntry> entries) {
        StringBuilder rows = new StringBuilder(entries.size() * 64);
        String list = Long.toString(listId);
        for (BatchEntry e : entries) {
            rows.append(list).append('\t');
            copyValue(rows, e.vaccineTypeCode()).append('\t');
            copyValue(rows, e.batchNumber().strip()).append('\t');
            copyValue(rows, e.expiry() == null ? null : e.expiry().toString()).append('\t');
            copyValue(rows, e.productCode()).append('\t');
            copyValue(rows, e.productName()).append('\n');
        }
        Long copied = jdbcTemplate.execute((Connection connection) -> {
            try {
                return connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(COPY_ENTRIES, new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (copied == null || copied != entries.size()) {
            throw new IllegalStateException("COPY wrote " + copied + " of " + entries.size() + " batch numbers");
        }
    }

    /** A value in COPY's text format: {@code \N} for null, backslash, tab, newline and carriage return escaped. */
    static StringBuilder copyValue(StringBuilder row, String value) {
        if (value == null) {
            return row.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return row;
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
