package nl.ddjgz.batch;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The batch numbers as stored, read back as entries (tests). */
public final class StoredBatchEntries {

    private static final String SELECT =
            "select vaccine_type, batch_number, expiry_date, product_code, product_name from batch_number";

    private static final RowMapper<BatchEntry> ENTRY = (rs, i) -> new BatchEntry(
            rs.getString(1),
            rs.getString(2),
            rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
            rs.getString(4),
            rs.getString(5));

    private StoredBatchEntries() {}

    /** The entries of the list received last. */
    public static List<BatchEntry> ofTheLatestList(JdbcTemplate jdbc) {
        return jdbc.query(SELECT + " where list_id = (select max(id) from batch_list)", ENTRY);
    }

    /** The entries of list {@code listId} whose number starts with {@code prefix}, by number. */
    public static List<BatchEntry> numbered(JdbcTemplate jdbc, long listId, String prefix) {
        return jdbc.query(
                SELECT + " where list_id = ? and batch_number like ? order by batch_number",
                ENTRY,
                listId,
                prefix + "%");
    }
}
