package nl.ddjgz.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.audit.DossierRef;
import nl.ddjgz.schedule.DktpSchedule;
import nl.ddjgz.schedule.MaternalPertussis;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.NotFoundException;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds, opens, reads and changes child dossiers. Every call leaves a line in the audit trail, in the same
 * transaction as what it audits.
 */
@Service
public class Dossiers {

    /** Numbers per query of {@link #refsByIdentifier}: each is bound twice, well below PostgreSQL's parameter cap. */
    private static final int IDENTIFIER_CHUNK = 5000;

    private final ChildDossierRepository dossiers;
    private final AuditTrail audit;
    private final Clock clock;
    private final JdbcClient jdbc;

    Dossiers(ChildDossierRepository dossiers, AuditTrail audit, Clock clock, JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The dossier of the child with this BSN, if there is one here. */
    @Transactional
    public Optional<ChildDossier> findByBsn(Bsn bsn) {
        return searched(dossiers.findByBsn(bsn), "by BSN");
    }

    /** The dossier of the child with this INSZ (Belgian rijksregisternummer), if there is one here. */
    @Transactional
    public Optional<ChildDossier> findByInsz(Insz insz) {
        return searched(dossiers.findByInsz(insz), "by INSZ");
    }

    /**
     * What a scanning desk needs of the dossier of the child with this BSN, if there is one here: one plain statement,
     * no entity, that also writes the search's audit line (the same line as {@link #findByBsn}, found or not).
     */
    @Transactional
    public Optional<ChildSummary> findSummaryByBsn(Bsn bsn) {
        return findSummary("bsn", bsn.value(), "by BSN");
    }

    /** As {@link #findSummaryByBsn}, by INSZ; audited as {@link #findByInsz}. */
    @Transactional
    public Optional<ChildSummary> findSummaryByInsz(Insz insz) {
        return findSummary("insz", insz.value(), "by INSZ");
    }

    private Optional<ChildSummary> findSummary(String column, String value, String by) {
        Map<String, Object> parameters = audit.lineParameters(AuditAction.DOSSIER_SEARCH);
        parameters.put("value", value);
        parameters.put("found", by + ": found");
        parameters.put("none", by + ": none");
        return jdbc.sql("with d as (select id, dossier_number, given_names, name_prefix, family_name, birth_date,"
                        + " dktp_schedule, mother_hbsag_positive from child_dossier where " + column + " = :value), "
                        + AuditTrail.lineClause(
                                "(select id from d)",
                                "(select dossier_number from d)",
                                "case when exists (select 1 from d) then :found else :none end")
                        + " select * from d")
                .params(parameters)
                .query((rs, row) -> {
                    String dktp = rs.getString("dktp_schedule");
                    return new ChildSummary(
                            rs.getObject("id", UUID.class),
                            rs.getLong("dossier_number"),
                            rs.getString("given_names"),
                            rs.getString("name_prefix"),
                            rs.getString("family_name"),
                            rs.getObject("birth_date", LocalDate.class),
                            dktp == null ? null : DktpSchedule.ofCode(dktp).orElseThrow(),
                            rs.getBoolean("mother_hbsag_positive"));
                })
                .optional();
    }

    /** A search by number goes into the audit trail, found or not. */
    private Optional<ChildDossier> searched(Optional<ChildDossier> found, String by) {
        audit.record(
                AuditAction.DOSSIER_SEARCH,
                found.map(ChildDossier::ref).orElse(null),
                by + (found.isPresent() ? ": found" : ": none"));
        return found;
    }

    /** The dossiers of children with this family name (without prefix, any case) born on this date. */
    @Transactional
    public List<ChildDossier> findByNameAndBirthDate(String familyName, LocalDate birthDate) {
        List<ChildDossier> found = dossiers.findByFamilyNameAndBirthDate(familyName.strip(), birthDate);
        audit.record(
                AuditAction.DOSSIER_SEARCH,
                found.size() == 1 ? found.get(0).ref() : null,
                "by name and birth date: " + found.size() + " found");
        return found;
    }

    /** The dossier, for use inside another audited action (this call itself is not audited). */
    @Transactional(readOnly = true)
    public ChildDossier get(UUID id) {
        return dossiers.findById(id).orElseThrow(() -> new NotFoundException("dossier"));
    }

    /** Reads a dossier to show it (audited). */
    @Transactional
    public ChildDossier read(UUID id) {
        ChildDossier dossier = dossiers.findById(id).orElseThrow(() -> new NotFoundException("dossier"));
        audit.record(AuditAction.DOSSIER_READ, dossier.ref(), null);
        return dossier;
    }

    /**
     * Opens a dossier for a child not known here.
     *
     * @throws DuplicateBsnException when a dossier with this BSN exists
     * @throws DuplicateInszException when a dossier with this INSZ exists
     * @throws InvalidChildDataException when the data breaks a rule of the dossier
     */
    @Transactional
    public ChildDossier open(ChildData data) {
        if (data.bsn() != null && dossiers.existsByBsn(data.bsn())) {
            throw new DuplicateBsnException();
        }
        if (data.insz() != null && dossiers.existsByInsz(data.insz())) {
            throw new DuplicateInszException();
        }
        if (data.consent() != null && !Consent.unknown().equals(data.consent())) {
            requireProfessionalForConsent();
        }
        ChildDossier dossier;
        try {
            dossier = dossiers.saveAndFlush(ChildDossier.open(data, clock));
        } catch (DataIntegrityViolationException e) {
            throw duplicate(e);
        }
        audit.record(AuditAction.DOSSIER_CREATE, dossier.ref(), dossier.hasBsn() ? null : "without BSN");
        return dossier;
    }

    /**
     * Changes a dossier.
     *
     * @param expectedVersion the version the user saw; a change by someone else in between is refused
     * @throws ConcurrentChangeException when someone else changed the dossier meanwhile
     * @throws DuplicateBsnException when another dossier has this BSN
     * @throws DuplicateInszException when another dossier has this INSZ
     */
    @Transactional
    public ChildDossier change(UUID id, long expectedVersion, ChildData data) {
        ChildDossier dossier = dossiers.findById(id).orElseThrow(() -> new NotFoundException("dossier"));
        if (dossier.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        if (data.bsn() != null && dossiers.existsByBsnAndIdNot(data.bsn(), id)) {
            throw new DuplicateBsnException();
        }
        if (data.insz() != null && dossiers.existsByInszAndIdNot(data.insz(), id)) {
            throw new DuplicateInszException();
        }
        if (!dossier.getConsent().equals(data.consent() == null ? Consent.unknown() : data.consent())) {
            requireProfessionalForConsent();
        }
        dossier.change(data, clock);
        try {
            dossiers.saveAndFlush(dossier);
        } catch (DataIntegrityViolationException e) {
            throw duplicate(e);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentChangeException();
        }
        audit.record(AuditAction.DOSSIER_UPDATE, dossier.ref(), null);
        return dossier;
    }

    /**
     * Records the mother's pertussis vaccination in pregnancy on the dossier (audited); the schedule then follows the
     * DKTP schedule that results from it until the youth doctor chooses one.
     *
     * @throws InvalidChildDataException when the data does not fit the birth (nothing is stored)
     */
    @Transactional
    public ChildDossier recordMaternalPertussis(UUID id, MaternalPertussis maternal) {
        ChildDossier dossier = dossiers.findById(id).orElseThrow(() -> new NotFoundException("dossier"));
        dossier.recordMaternalPertussis(maternal, Actor.name(), clock);
        dossiers.saveAndFlush(dossier);
        audit.record(
                AuditAction.DOSSIER_UPDATE,
                dossier.ref(),
                "maternal pertussis vaccination: " + maternal.given()
                        + (maternal.date() != null ? ", dated" : maternal.pregnancyWeek() != null ? ", by week" : ""));
        return dossier;
    }

    /**
     * Recording or changing the consent to exchange data with RIVM is a professional's act (JGZ-2); an assistant may
     * change the rest of the dossier. Work without a login (start-up, demo data) may record it.
     */
    private static void requireProfessionalForConsent() {
        if (!Actor.isSystem() && !Actor.hasRole("JGZ_PROFESSIONAL")) {
            throw new AccessDeniedException("consent is recorded by a professional");
        }
    }

    /** The dossiers with these ids, for use inside another audited action (this call itself is not audited). */
    @Transactional(readOnly = true)
    public List<ChildDossier> getAll(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : dossiers.findByIdIn(ids);
    }

    /**
     * The dossiers of the children with these BSNs or INSZs (digits only), by that number, for auditing a list that
     * shows them (one query; this call itself is not audited). A number without a dossier here is left out.
     */
    @Transactional(readOnly = true)
    public Map<String, DossierRef> refsByIdentifier(Collection<String> identifiers) {
        Map<String, DossierRef> refs = new HashMap<>();
        List<String> all =
                identifiers.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < all.size(); from += IDENTIFIER_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IDENTIFIER_CHUNK));
            jdbc.sql("select id, dossier_number, bsn, insz from child_dossier where bsn in (:ids) or insz in (:ids)")
                    .param("ids", chunk)
                    .query((rs, n) -> {
                        DossierRef ref = new DossierRef(rs.getObject("id", UUID.class), rs.getLong("dossier_number"));
                        if (rs.getString("bsn") != null) {
                            refs.put(rs.getString("bsn"), ref);
                        }
                        if (rs.getString("insz") != null) {
                            refs.put(rs.getString("insz"), ref);
                        }
                        return ref;
                    })
                    .list();
        }
        return refs;
    }

    /** The children born in this period, e.g. a birth cohort invited to a mass vaccination (one audit line). */
    @Transactional
    public List<ChildDossier> findBornBetween(LocalDate from, LocalDate to) {
        List<ChildDossier> found = dossiers.findBornBetween(from, to);
        audit.record(AuditAction.DOSSIER_SEARCH, null, "by birth cohort: " + found.size() + " found");
        return found;
    }

    /**
     * Which of these BSNs (nine digits) have a dossier here: to tell how many children of an expected list are not
     * known here. No dossier is read; one audit line says how many were asked and found.
     */
    @Transactional
    public java.util.Set<String> withDossierByBsn(java.util.Collection<String> bsns) {
        return known(bsns, dossiers::knownBsns, "BSN");
    }

    /** The same for INSZs (eleven digits). */
    @Transactional
    public java.util.Set<String> withDossierByInsz(java.util.Collection<String> inszs) {
        return known(inszs, dossiers::knownInszs, "INSZ");
    }

    private java.util.Set<String> known(
            java.util.Collection<String> numbers,
            java.util.function.Function<java.util.Collection<String>, List<String>> query,
            String kind) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(numbers));
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + 1000))));
        }
        audit.record(
                AuditAction.DOSSIER_SEARCH, null, "known here by " + kind + ": " + found.size() + " of " + all.size());
        return found;
    }

    /** How many dossiers the module holds. */
    @Transactional(readOnly = true)
    public long count() {
        return dossiers.count();
    }

    /**
     * Which unique index refused the row, when a concurrent open or change slipped past the checks above. Only the
     * index name is read: the database's message may hold the number itself.
     */
    private static RuntimeException duplicate(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().contains("child_dossier_insz_ux")) {
                return new DuplicateInszException();
            }
        }
        return new DuplicateBsnException();
    }

    /** Someone else changed the dossier after the user opened it. */
    public static class ConcurrentChangeException extends RuntimeException {
        ConcurrentChangeException() {
            super("dossier changed meanwhile");
        }
    }
}
