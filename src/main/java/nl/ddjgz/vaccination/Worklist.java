package nl.ddjgz.vaccination;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.audit.DossierRef;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.registry.MessageState;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.schedule.ContactActivity;
import nl.ddjgz.schedule.DueVaccination;
import nl.ddjgz.schedule.VaccinationSchedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A day's worklist of one location: every contact moment started or approved that day there (or dated that day), and
 * the children booked there for that day (planned contact moments not started yet), with
 * the child, where its registration stands, the lines registered and what the schedule still proposes. Every dossier
 * on the list is audited, one line per child in one batch.
 */
@Service
public class Worklist {

    private static final String MOMENTS = "select id, dossier_id, activity, state, rivm_form, created_at"
            + " from contact_moment where location_id = :location"
            + " and (moment_date = :date or (created_at >= :from and created_at < :to)"
            + " or (approved_at >= :from and approved_at < :to))"
            + " order by created_at, id";

    private static final String LINES = "select contact_moment_id, vaccine_type, outcome, batch_number"
            + " from vaccination where contact_moment_id in (:ids) order by contact_moment_id, line_no";

    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final VaccinationHistory history;
    private final VaccinationSchedule schedule;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final PlannedContactMoments planned;

    Worklist(
            JdbcClient jdbc,
            Dossiers dossiers,
            VaccinationHistory history,
            VaccinationSchedule schedule,
            Outbox outbox,
            AuditTrail audit,
            PlannedContactMoments planned) {
        this.planned = planned;
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.history = history;
        this.schedule = schedule;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** The location of the user's latest contact moment, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Long> lastLocationOf(String username) {
        return jdbc.sql("select location_id from contact_moment where created_by = :user and location_id is not null"
                        + " order by created_at desc limit 1")
                .param("user", username)
                .query(Long.class)
                .optional();
    }

    /** The day at the location, in order of starting; audited (one line per child shown). */
    @PreAuthorize(ContactMoments.DESK)
    @Transactional
    public Day of(long locationId, LocalDate date) {
        ZoneId zone = schedule.zone();
        List<MomentRow> rows = jdbc.sql(MOMENTS)
                .param("location", locationId)
                .param("date", date)
                .param("from", Timestamp.from(date.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(date.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, i) -> new MomentRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("dossier_id", UUID.class),
                        rs.getString("activity"),
                        RegistrationState.valueOf(rs.getString("state")),
                        RivmForm.valueOf(rs.getString("rivm_form"))))
                .list();
        // booked children who have no contact moment here that day yet (once started, the contact moment shows them)
        List<PlannedContactMoments.Planned> booked = PlannedContactMoments.without(
                planned.on(locationId, date),
                rows.stream().map(MomentRow::dossierId).toList());
        if (rows.isEmpty() && booked.isEmpty()) {
            return new Day(date, List.of());
        }
        List<UUID> ids = rows.stream().map(MomentRow::id).toList();
        Map<UUID, List<Line>> lines = ids.isEmpty()
                ? Map.of()
                : jdbc
                        .sql(LINES)
                        .param("ids", ids)
                        .query((rs, i) -> Map.entry(
                                rs.getObject("contact_moment_id", UUID.class),
                                new Line(
                                        rs.getString("vaccine_type"),
                                        schedule.vaccineName(rs.getString("vaccine_type")),
                                        LineOutcome.valueOf(rs.getString("outcome")),
                                        rs.getString("batch_number"))))
                        .list()
                        .stream()
                        .collect(Collectors.groupingBy(
                                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, MessageState> states = outbox.statesOf(ids);
        Map<UUID, ChildDossier> children = dossiers
                .getAll(java.util.stream.Stream.concat(
                                rows.stream().map(MomentRow::dossierId),
                                booked.stream().map(PlannedContactMoments.Planned::dossierId))
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(ChildDossier::getId, Function.identity()));
        Map<UUID, List<DueVaccination>> due = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (MomentRow row : rows) {
            ChildDossier child = children.get(row.dossierId());
            List<DueVaccination> stillDue = due.computeIfAbsent(child.getId(), stillDueOn(child, date));
            entries.add(new Entry(
                    row.id(),
                    child,
                    row.activity(),
                    row.state(),
                    states.get(row.id()),
                    row.rivmForm(),
                    Stage.of(row.state(), states.get(row.id()), row.rivmForm()),
                    lines.getOrDefault(row.id(), List.of()),
                    stillDue));
        }
        for (PlannedContactMoments.Planned appointment : booked) {
            ChildDossier child = children.get(appointment.dossierId());
            List<DueVaccination> stillDue = due.computeIfAbsent(child.getId(), stillDueOn(child, date));
            entries.add(new Entry(
                    null,
                    child,
                    ContactActivity.forAge(child.getBirthDate(), date).code(),
                    null,
                    null,
                    null,
                    Stage.PLANNED,
                    List.of(),
                    stillDue));
        }
        List<DossierRef> refs =
                children.values().stream().map(ChildDossier::ref).toList();
        String detail = "worklist " + date + " location " + locationId;
        audit.recordEach(
                AuditAction.DOSSIER_READ,
                refs,
                children.keySet().stream().collect(Collectors.toMap(Function.identity(), id -> detail)));
        return new Day(date, entries);
    }

    private record MomentRow(UUID id, UUID dossierId, String activity, RegistrationState state, RivmForm rivmForm) {}

    /** One registered (or still open) line of a contact moment. */
    public record Line(String vaccineType, String vaccineName, LineOutcome outcome, String batchNumber) {}

    /**
     * Where a contact moment stands at the end of the day.
     *
     * <p>PLANNED is booked and not started yet; DRAFT waits for the professional's akkoord; QUEUED is approved and still in the queue (can be corrected);
     * SENT has left, ACKNOWLEDGED the register took it; NEEDS_PERSON was refused, is stuck or goes on RIVM's form;
     * LOCAL is approved with nothing to send; WITHDRAWN was taken back.
     */
    public enum Stage {
        /** Booked for the day, no contact moment started yet. */
        PLANNED,
        DRAFT,
        QUEUED,
        SENT,
        ACKNOWLEDGED,
        NEEDS_PERSON,
        LOCAL,
        WITHDRAWN;

        static Stage of(RegistrationState state, MessageState message, RivmForm rivmForm) {
            if (state == RegistrationState.DRAFT) {
                return DRAFT;
            }
            if (state == RegistrationState.WITHDRAWN) {
                return WITHDRAWN;
            }
            if (message == null) {
                return rivmForm == RivmForm.NEEDED ? NEEDS_PERSON : LOCAL;
            }
            return switch (message) {
                case QUEUED, SENDING -> QUEUED;
                case SENT, SUBMITTED -> SENT;
                case ACKNOWLEDGED -> ACKNOWLEDGED;
                case NEEDS_ACTION, STUCK -> NEEDS_PERSON;
                case WITHDRAWN, RETRACTED -> LOCAL;
            };
        }
    }

    /** One contact moment on the list. */
    public record Entry(
            UUID contactMomentId,
            ChildDossier child,
            String activity,
            RegistrationState state,
            MessageState messageState,
            RivmForm rivmForm,
            Stage stage,
            List<Line> lines,
            List<DueVaccination> stillDue) {}

    /** The list of a day. */
    public record Day(LocalDate date, List<Entry> entries) {

        /** How many contact moments are at each stage (every stage, zero included). */
        public Map<Stage, Long> counts() {
            Map<Stage, Long> counts = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                counts.put(stage, 0L);
            }
            entries.forEach(e -> counts.merge(e.stage(), 1L, Long::sum));
            return counts;
        }

        /** How many children are on the list. */
        public long children() {
            return entries.stream().map(e -> e.child().getId()).distinct().count();
        }
    }

    /** What is still due for a child on the date, from its history (asked once per child of the list). */
    private Function<UUID, List<DueVaccination>> stillDueOn(ChildDossier child, LocalDate date) {
        return id -> schedule.planFor(child.facts(), date, history.given(id)).proposed();
    }
}
