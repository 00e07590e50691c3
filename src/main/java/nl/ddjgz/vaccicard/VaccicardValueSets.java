package nl.ddjgz.vaccicard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.vaccicard.fhir.BeValueSet;
import nl.ddjgz.vaccicard.fhir.BeValueSets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's copy of the BeVaccination value sets (table {@code vaccicard_value_set_code}, seeded with the
 * lists of the profile version we follow): the adapter checks every Immunization against the active codes, and the
 * administrator switches codes off, changes their Dutch and French displays or adds a code where the register's lists
 * change.
 */
@Service
public class VaccicardValueSets implements BeValueSets {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    VaccicardValueSets(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One code as the administrator sees it.
     *
     * @param official shipped with the profile version (not added by the administrator)
     */
    public record Entry(Concept concept, boolean active, boolean official) {}

    @Override
    @Transactional(readOnly = true)
    public boolean contains(BeValueSet set, String system, String code) {
        if (system == null || code == null) {
            return false;
        }
        return jdbc.sql("select count(*) from vaccicard_value_set_code"
                                + " where value_set = ? and system = ? and code = ? and active")
                        .params(set.key(), system, code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The active concepts of the value set, in the order of the list. */
    @Override
    @Transactional(readOnly = true)
    public List<Concept> concepts(BeValueSet set) {
        return entries(set).stream().filter(Entry::active).map(Entry::concept).toList();
    }

    /** Every value set's active concepts, read in one query and held in memory. */
    @Override
    @Transactional(readOnly = true)
    public BeValueSets snapshot() {
        Map<BeValueSet, List<Concept>> all = new EnumMap<>(BeValueSet.class);
        jdbc.sql("select value_set, system, code, display_en, display_nl, display_fr from vaccicard_value_set_code"
                        + " where active order by value_set, position, code")
                .query((rs, n) -> {
                    String system = rs.getString("system");
                    String code = rs.getString("code");
                    String en = rs.getString("display_en");
                    String nl = rs.getString("display_nl");
                    String fr = rs.getString("display_fr");
                    return BeValueSet.byKey(rs.getString("value_set"))
                            .map(set -> new Concept(set, system, code, en, nl, fr));
                })
                .list()
                .forEach(concept -> concept.ifPresent(c ->
                        all.computeIfAbsent(c.set(), s -> new ArrayList<>()).add(c)));
        return BeValueSets.listed(all);
    }

    /** Every concept of the value set, also those switched off. */
    @Transactional(readOnly = true)
    public List<Entry> entries(BeValueSet set) {
        return jdbc.sql("select system, code, display_en, display_nl, display_fr, active, official"
                        + " from vaccicard_value_set_code where value_set = ? order by position, code")
                .param(set.key())
                .query((rs, n) -> new Entry(
                        new Concept(
                                set,
                                rs.getString("system"),
                                rs.getString("code"),
                                rs.getString("display_en"),
                                rs.getString("display_nl"),
                                rs.getString("display_fr")),
                        rs.getBoolean("active"),
                        rs.getBoolean("official")))
                .list();
    }

    /** The concept with this code, active or not. */
    @Transactional(readOnly = true)
    public Optional<Entry> entry(BeValueSet set, String system, String code) {
        return entries(set).stream()
                .filter(e -> e.concept().system().equals(system)
                        && e.concept().code().equals(code))
                .findFirst();
    }

    /**
     * Changes the displays of a code and whether it may be sent (the administrator).
     *
     * @return false when there is no such code
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean update(
            BeValueSet set, String system, String code, String displayNl, String displayFr, boolean active) {
        int changed = jdbc.sql("update vaccicard_value_set_code set display_nl = ?, display_fr = ?, active = ?,"
                        + " updated_at = ?, updated_by = ? where value_set = ? and system = ? and code = ?")
                .params(
                        displayNl.strip(),
                        displayFr.strip(),
                        active,
                        java.sql.Timestamp.from(clock.instant()),
                        Actor.name(),
                        set.key(),
                        system,
                        code)
                .update();
        if (changed > 0) {
            audit.record(
                    AuditAction.SETTINGS_UPDATE,
                    null,
                    "Vaccicard value set " + set.key() + ": " + system + "|" + code + (active ? " on" : " off"));
        }
        return changed > 0;
    }

    /**
     * Adds a code the register's list gained (the administrator).
     *
     * @return false when the value set already has it
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean add(
            BeValueSet set, String system, String code, String displayEn, String displayNl, String displayFr) {
        if (entry(set, system, code).isPresent()) {
            return false;
        }
        Integer last = jdbc.sql("select coalesce(max(position), 0) from vaccicard_value_set_code where value_set = ?")
                .param(set.key())
                .query(Integer.class)
                .single();
        jdbc.sql("insert into vaccicard_value_set_code (value_set, system, code, display_en, display_nl, display_fr,"
                        + " active, official, position, updated_at, updated_by)"
                        + " values (?, ?, ?, ?, ?, ?, true, false, ?, ?, ?)")
                .params(
                        set.key(),
                        system.strip(),
                        code.strip(),
                        displayEn.strip(),
                        displayNl.strip(),
                        displayFr.strip(),
                        last + 10,
                        java.sql.Timestamp.from(clock.instant()),
                        Actor.name())
                .update();
        audit.record(
                AuditAction.SETTINGS_UPDATE,
                null,
                "Vaccicard value set " + set.key() + ": added " + system + "|" + code);
        return true;
    }
}
