package nl.ddjgz.massvaccination;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ddjgz.vaccination.InjectionSite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The settings of the desks of the sessions, every change kept (plain SQL, as the scans). */
@Repository
class DeskSettings {

    private final JdbcClient jdbc;

    DeskSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DeskSetting setting) {
        jdbc.sql("""
                        insert into mass_desk_setting (id, session_id, desk, changed, changed_type, vaccinator,
                                                       injection_site, changed_by, changed_at)
                        values (:id, :session, :desk, :changed, :type, :vaccinator, :site, :by, :at)
                        """)
                .param("id", setting.id())
                .param("session", setting.sessionId())
                .param("desk", setting.desk())
                .param("changed", setting.changed().name())
                .param("type", setting.changedType())
                .param("vaccinator", setting.vaccinator())
                .param(
                        "site",
                        setting.injectionSite() == null
                                ? null
                                : setting.injectionSite().name())
                .param("by", setting.changedBy())
                .param("at", Timestamp.from(setting.changedAt()))
                .update();
        for (DeskSetting.Lot lot : setting.lots()) {
            jdbc.sql("""
                            insert into mass_desk_lot (setting_id, vaccine_type, batch_number, batch_expiry,
                                                       batch_checked, product_name)
                            values (:setting, :type, :batch, :expiry, :checked, :product)
                            """)
                    .param("setting", setting.id())
                    .param("type", lot.vaccineType())
                    .param("batch", lot.batchNumber())
                    .param("expiry", lot.expiry() == null ? null : java.sql.Date.valueOf(lot.expiry()))
                    .param("checked", lot.checked())
                    .param("product", lot.productName())
                    .update();
        }
    }

    /** The setting a desk works with now, when it was ever changed. */
    Optional<DeskSetting> current(UUID sessionId, String desk) {
        return jdbc.sql("select id from mass_desk_setting where session_id = :session and desk = :desk"
                        + " order by seq desc limit 1")
                .param("session", sessionId)
                .param("desk", desk)
                .query(UUID.class)
                .optional()
                .map(id -> ofSession(sessionId).get(id));
    }

    /** Every setting of the session's desks, in the order they were made, by id. */
    Map<UUID, DeskSetting> ofSession(UUID sessionId) {
        Map<UUID, List<DeskSetting.Lot>> lots = new LinkedHashMap<>();
        jdbc.sql("""
                        select l.setting_id, l.vaccine_type, l.batch_number, l.batch_expiry, l.batch_checked,
                               l.product_name
                        from mass_desk_lot l join mass_desk_setting s on s.id = l.setting_id
                        where s.session_id = :session order by l.vaccine_type
                        """).param("session", sessionId).query(rs -> {
            lots.computeIfAbsent(rs.getObject("setting_id", UUID.class), k -> new ArrayList<>())
                    .add(new DeskSetting.Lot(
                            rs.getString("vaccine_type"),
                            rs.getString("batch_number"),
                            rs.getObject("batch_expiry", java.time.LocalDate.class),
                            rs.getBoolean("batch_checked"),
                            rs.getString("product_name")));
        });
        Map<UUID, DeskSetting> settings = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, session_id, desk, changed, changed_type, vaccinator, injection_site, changed_by,
                               changed_at
                        from mass_desk_setting where session_id = :session order by seq
                        """).param("session", sessionId).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            String site = rs.getString("injection_site");
            settings.put(
                    id,
                    new DeskSetting(
                            id,
                            rs.getObject("session_id", UUID.class),
                            rs.getString("desk"),
                            DeskSetting.Change.valueOf(rs.getString("changed")),
                            rs.getString("changed_type"),
                            List.copyOf(lots.getOrDefault(id, List.of())),
                            rs.getString("vaccinator"),
                            site == null ? null : InjectionSite.valueOf(site),
                            rs.getString("changed_by"),
                            rs.getTimestamp("changed_at").toInstant()));
        });
        return settings;
    }
}
