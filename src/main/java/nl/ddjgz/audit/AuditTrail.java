package nl.ddjgz.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and queries the audit trail. Who and from where are taken from the current login and request. Details must
 * never contain a BSN: refer to a dossier by its id.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, org.springframework.jdbc.core.JdbcTemplate jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action of the logged-in user, in the caller's transaction (so it is kept only if the action is). */
    @Transactional
    public void record(AuditAction action, DossierRef dossier, String detail) {
        write(currentUsername(), currentRole(), action, AuditOutcome.SUCCESS, dossier, detail, currentAddress());
    }

    /** The audit line's insert up to its values, shared by {@link #write} and {@link #lineClause}. */
    private static final String INSERT = "insert into audit_event (occurred_at, username, user_role, action, outcome,"
            + " dossier_id, dossier_number, detail, remote_address) values";

    /**
     * The audit line of the current user's action, written by the caller's own statement (a search that reads the
     * dossier and audits it in one round trip): a data-modifying {@code with} clause, to be placed after the caller's
     * own {@code with} queries, whose dossier id, dossier number and detail are SQL expressions over them. The
     * statement takes the parameters of {@link #lineParameters}; the line is the one {@link #record} writes.
     *
     * @param dossierId SQL expression of the dossier's id (null when none)
     * @param dossierNumber SQL expression of the dossier's number
     * @param detail SQL expression of the detail (at most 500 characters; never a BSN)
     */
    public static String lineClause(String dossierId, String dossierNumber, String detail) {
        return "audit_line as (" + INSERT + " (:auditAt, :auditUsername, :auditRole, :auditAction, :auditOutcome, "
                + dossierId + ", " + dossierNumber + ", " + detail + ", :auditAddress))";
    }

    /** The parameters of {@link #lineClause}: who, from where and when, for a successful action of this kind. */
    public Map<String, Object> lineParameters(AuditAction action) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("auditAt", Timestamp.from(clock.instant()));
        parameters.put("auditUsername", truncate(currentUsername(), 64));
        parameters.put("auditRole", currentRole());
        parameters.put("auditAction", action.name());
        parameters.put("auditOutcome", AuditOutcome.SUCCESS.name());
        parameters.put("auditAddress", truncate(currentAddress(), 64));
        return parameters;
    }

    /**
     * Records one action on many dossiers (a mass vaccination session's approval): one line per dossier, written in
     * one JDBC batch in the caller's transaction.
     *
     * @param details the detail of each dossier's line, by dossier id
     */
    @Transactional
    public void recordEach(
            AuditAction action, java.util.List<DossierRef> dossiers, java.util.Map<java.util.UUID, String> details) {
        String username = currentUsername();
        String role = currentRole();
        String address = currentAddress();
        java.sql.Timestamp at = Timestamp.from(clock.instant());
        jdbc.batchUpdate(
                INSERT + " (?, ?, ?, ?, ?, ?, ?, ?, ?)", dossiers, Math.max(1, dossiers.size()), (ps, dossier) -> {
                    String detail = details.get(dossier.id());
                    ps.setTimestamp(1, at);
                    ps.setString(2, username == null || username.length() <= 64 ? username : username.substring(0, 64));
                    ps.setString(3, role);
                    ps.setString(4, action.name());
                    ps.setString(5, AuditOutcome.SUCCESS.name());
                    ps.setObject(6, dossier.id());
                    ps.setLong(7, dossier.number());
                    ps.setString(8, detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500));
                    ps.setString(9, address);
                });
    }

    /**
     * Records that a page, file or image showed these dossiers (a list): one line per dossier, each with the same
     * detail, written in one JDBC batch (one multi-row insert) in the caller's transaction. A dossier that appears
     * twice in the list gets one line.
     */
    @Transactional
    public void recordShown(AuditAction action, java.util.Collection<DossierRef> dossiers, String detail) {
        java.util.Map<java.util.UUID, DossierRef> distinct = new java.util.LinkedHashMap<>();
        for (DossierRef dossier : dossiers) {
            if (dossier != null) {
                distinct.putIfAbsent(dossier.id(), dossier);
            }
        }
        if (distinct.isEmpty()) {
            return;
        }
        java.util.Map<java.util.UUID, String> details = new HashMap<>();
        distinct.keySet().forEach(id -> details.put(id, detail));
        recordEach(action, java.util.List.copyOf(distinct.values()), details);
    }

    /** Records a refused action; kept even when the caller's transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefused(AuditAction action, DossierRef dossier, String detail) {
        write(currentUsername(), currentRole(), action, AuditOutcome.REFUSED, dossier, detail, currentAddress());
    }

    /** Records an action for a named user (logins, where the security context is not set yet). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFor(
            String username, String role, AuditAction action, AuditOutcome outcome, String detail, String address) {
        write(username, role, action, outcome, null, detail, address != null ? address : currentAddress());
    }

    /** The audit lines matching the filter, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> query(Long dossierNumber, String username, Instant from, Instant to, Pageable page) {
        return events.query(dossierNumber, username, from, to, page);
    }

    private void write(
            String username,
            String role,
            AuditAction action,
            AuditOutcome outcome,
            DossierRef dossier,
            String detail,
            String address) {
        // one plain insert, the same row the entity would make: no entity to persist and flush on the busiest paths
        // (every dossier read and search, a scanning desk's every scan)
        jdbc.update(
                INSERT + " (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()),
                truncate(username, 64),
                role,
                action.name(),
                outcome.name(),
                dossier == null ? null : dossier.id(),
                dossier == null ? null : dossier.number(),
                truncate(detail, 500),
                truncate(address, 64));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }

    private static String currentRole() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return null;
        }
        return roles(auth);
    }

    /** Every role of the login, sorted and separated by commas ("ADMIN,JGZ_PROFESSIONAL"), or null when none. */
    static String roles(Authentication auth) {
        String roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .sorted()
                .collect(java.util.stream.Collectors.joining(","));
        return roles.isEmpty() ? null : roles;
    }

    private static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
