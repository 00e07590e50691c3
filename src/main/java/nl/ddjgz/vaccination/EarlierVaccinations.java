package nl.ddjgz.vaccination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.praeventis.StatusReport;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earlier vaccinations ("eerder gegeven"): entered from a transfer dossier or a vaccination booklet, or taken over from
 * Praeventis' status answer. Stored as history in one transaction (all entries or none), audited, never sent to a
 * register; the schedule counts them.
 */
@Service
public class EarlierVaccinations {

    static final int MAX_PLACE = 200;
    static final int MAX_BATCH = 40;

    private final EarlierVaccinationRepository earlier;
    private final ContactMomentRepository moments;
    private final Dossiers dossiers;
    private final VaccinationSchedule schedule;
    private final AuditTrail audit;
    private final Clock clock;

    EarlierVaccinations(
            EarlierVaccinationRepository earlier,
            ContactMomentRepository moments,
            Dossiers dossiers,
            VaccinationSchedule schedule,
            AuditTrail audit,
            Clock clock) {
        this.earlier = earlier;
        this.moments = moments;
        this.dossiers = dossiers;
        this.schedule = schedule;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the entries as earlier vaccinations of the child. Every entry is checked first (a date in the future or
     * before the birth date, a vaccine type twice on one day, or one the dossier already has on that day refuses the
     * whole call): nothing partial is stored.
     *
     * @param fieldPrefix the form's list name for the field of a refusal ({@code rows} gives {@code rows[2].date}); null
     *     for a global refusal
     * @return how many were stored
     * @throws EarlierVaccinationRefusedException naming the first wrong entry
     */
    @Transactional
    public int record(UUID dossierId, EarlierSource source, List<EarlierEntry> entries, String fieldPrefix) {
        ChildDossier dossier = dossiers.get(dossierId);
        if (source == null) {
            throw new EarlierVaccinationRefusedException("source", "earlier.source.required");
        }
        if (entries.stream().allMatch(EarlierEntry::isEmpty)) {
            throw new EarlierVaccinationRefusedException(null, "earlier.none");
        }
        LocalDate today = LocalDate.now(clock);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            EarlierEntry e = entries.get(i);
            if (e.isEmpty()) {
                continue;
            }
            String row = fieldPrefix == null ? null : fieldPrefix + "[" + i + "].";
            if (e.date() == null) {
                throw refused(row, "date", "earlier.date.required");
            }
            String date = format(e.date());
            if (e.vaccineType() == null || schedule.vaccineType(e.vaccineType()).isEmpty()) {
                throw refused(row, "vaccineType", "earlier.vaccineType.required");
            }
            String name = schedule.vaccineType(e.vaccineType()).orElseThrow().getName();
            if (e.date().isAfter(today)) {
                throw refused(row, "date", "earlier.date.future", date);
            }
            if (e.date().isBefore(dossier.getBirthDate())) {
                throw refused(row, "date", "earlier.date.beforeBirth", date, format(dossier.getBirthDate()));
            }
            if (e.place() != null && e.place().strip().length() > MAX_PLACE) {
                throw refused(row, "place", "earlier.place.tooLong", MAX_PLACE);
            }
            if (e.batchNumber() != null && e.batchNumber().strip().length() > MAX_BATCH) {
                throw refused(row, "batchNumber", "earlier.batch.tooLong", MAX_BATCH);
            }
            if (!seen.add(e.vaccineType() + "/" + e.date())) {
                throw refused(row, "vaccineType", "earlier.sameDay", name, date);
            }
            if (earlier.existsByDossierIdAndVaccineTypeAndVaccinationDate(dossierId, e.vaccineType(), e.date())
                    || moments.alreadyRegistered(dossierId, e.vaccineType(), e.date())) {
                throw refused(row, "vaccineType", "earlier.alreadyKnown", name, date);
            }
        }
        String by = Actor.name();
        List<EarlierEntry> filled = entries.stream().filter(e -> !e.isEmpty()).toList();
        filled.forEach(e -> earlier.save(new EarlierVaccination(dossierId, e, source, by, clock.instant())));
        earlier.flush();
        audit.record(
                AuditAction.EARLIER_VACCINATION_RECORD,
                dossier.ref(),
                "earlier vaccinations: " + filled.size() + ", source " + source);
        return filled.size();
    }

    /**
     * The vaccinations Praeventis' status answer knows that the dossier does not (given, not rejected, with a W0422
     * code of one of our vaccine types, not in the dossier on that day): what the professional may take over.
     */
    @Transactional(readOnly = true)
    public List<EarlierEntry> notInDossier(UUID dossierId, StatusReport report) {
        if (report.outcome() != StatusReport.Outcome.FOUND) {
            return List.of();
        }
        Set<String> known = new HashSet<>();
        moments.givenTo(dossierId).forEach(v -> known.add(v.getVaccineType() + "/" + v.getVaccinationDate()));
        earlier.findByDossierIdOrderByVaccinationDateAsc(dossierId)
                .forEach(e -> known.add(e.getVaccineType() + "/" + e.getVaccinationDate()));
        Map<String, String> byW0422 = new HashMap<>();
        schedule.vaccineTypes().stream()
                .filter(t -> t.getW0422Code() != null)
                .forEach(t -> byW0422.put(t.getW0422Code(), t.getCode()));
        List<EarlierEntry> found = new ArrayList<>();
        for (StatusReport.Item item : report.items()) {
            String type = item.w0422Code() == null ? null : byW0422.get(item.w0422Code());
            if (item.kind() != StatusReport.Kind.GIVEN || item.rejected() || type == null || item.date() == null) {
                continue;
            }
            if (known.add(type + "/" + item.date())) {
                found.add(new EarlierEntry(item.date(), type, item.performerName(), item.batchNumber()));
            }
        }
        return found;
    }

    /** The child's earlier vaccinations, oldest first. */
    @Transactional(readOnly = true)
    public List<EarlierVaccination> of(UUID dossierId) {
        return earlier.findByDossierIdOrderByVaccinationDateAsc(dossierId);
    }

    private static EarlierVaccinationRefusedException refused(String row, String field, String key, Object... args) {
        return new EarlierVaccinationRefusedException(row == null ? null : row + field, key, args);
    }

    private static String format(LocalDate date) {
        return String.format("%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
