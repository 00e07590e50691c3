package nl.ddjgz.vaccination;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.organisation.Location;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.shared.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact moments planned for a child (appointments: a date and a location). They are not contact moments yet: the
 * day's worklist shows them with what the schedule proposes on that day, and the professional starts the contact
 * moment when the child comes. Planning is audited.
 */
@Service
public class PlannedContactMoments {

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final OrganisationSettings organisation;
    private final AuditTrail audit;
    private final Clock clock;

    PlannedContactMoments(
            JdbcClient jdbc, Dossiers dossiers, OrganisationSettings organisation, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Plans a contact moment for the child on the date at the location.
     *
     * @throws RegistrationRefusedException when the date is in the past, the location is not active, or the child
     *     already has one planned there on that day
     */
    @PreAuthorize(ContactMoments.DESK)
    @Transactional
    public Planned plan(UUID dossierId, LocalDate date, long locationId) {
        ChildDossier child = dossiers.get(dossierId);
        if (date.isBefore(LocalDate.now(clock))) {
            throw new RegistrationRefusedException("date", "planned.date.past");
        }
        if (date.isBefore(child.getBirthDate())) {
            throw new RegistrationRefusedException("date", "planned.date.beforeBirth");
        }
        Location location = organisation.activeLocations().stream()
                .filter(l -> l.getId() == locationId)
                .findFirst()
                .orElseThrow(() -> new RegistrationRefusedException("locationId", "planned.location.inactive"));
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into planned_contact_moment (id, dossier_id, planned_date, location_id, planned_by,
                                                                planned_at)
                            values (:id, :dossier, :date, :location, :by, :at)
                            """)
                    .param("id", id)
                    .param("dossier", dossierId)
                    .param("date", date)
                    .param("location", locationId)
                    .param("by", Actor.name())
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RegistrationRefusedException("date", "planned.duplicate", date);
        }
        audit.record(AuditAction.CONTACT_MOMENT_PLAN, child.ref(), "planned " + date + " location " + location.getId());
        return new Planned(id, dossierId, date, locationId);
    }

    /** The child's planned contact moments from today on, soonest first. */
    @Transactional(readOnly = true)
    public List<Planned> upcoming(UUID dossierId) {
        return jdbc.sql("select id, dossier_id, planned_date, location_id from planned_contact_moment"
                        + " where dossier_id = :dossier and planned_date >= :today order by planned_date, planned_at")
                .param("dossier", dossierId)
                .param("today", LocalDate.now(clock))
                .query(PlannedContactMoments::planned)
                .list();
    }

    /** The contact moments planned at the location on the day, in order of planning. */
    @Transactional(readOnly = true)
    public List<Planned> on(long locationId, LocalDate date) {
        return jdbc.sql("select id, dossier_id, planned_date, location_id from planned_contact_moment"
                        + " where location_id = :location and planned_date = :date order by planned_at, id")
                .param("location", locationId)
                .param("date", date)
                .query(PlannedContactMoments::planned)
                .list();
    }

    /** Drops the planned ones of these children (when their contact moment of the day exists, it takes over). */
    static List<Planned> without(List<Planned> planned, Collection<UUID> dossiersSeen) {
        return planned.stream()
                .filter(p -> !dossiersSeen.contains(p.dossierId()))
                .toList();
    }

    private static Planned planned(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Planned(
                rs.getObject("id", UUID.class),
                rs.getObject("dossier_id", UUID.class),
                rs.getDate("planned_date").toLocalDate(),
                rs.getLong("location_id"));
    }

    /** A planned contact moment. */
    public record Planned(UUID id, UUID dossierId, LocalDate date, long locationId) {}
}
