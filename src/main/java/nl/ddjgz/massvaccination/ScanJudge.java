package nl.ddjgz.massvaccination;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.ddjgz.dossier.ChildSummary;
import nl.ddjgz.schedule.ChildFacts;
import nl.ddjgz.schedule.DueVaccination;
import nl.ddjgz.schedule.GivenVaccination;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.vaccination.VaccinationHistory;
import org.springframework.stereotype.Component;

/**
 * Gathers what the answer to a scanned child with a dossier depends on — the child's history and objections, the
 * schedule's plan on the session's date, the expected list — and lets {@link ScanRules} decide. No transaction of its
 * own: the scan's holds.
 */
@Component
class ScanJudge {

    private final VaccinationHistory history;
    private final VaccinationSchedule schedule;

    ScanJudge(VaccinationHistory history, VaccinationSchedule schedule) {
        this.history = history;
        this.schedule = schedule;
    }

    /**
     * The dose-aware answer for a child with a dossier ({@link ScanRules}).
     *
     * @param list whether the session has a confirmed expected list and the child is on it
     */
    ScanRules.Verdict judge(ScanSession session, ChildSummary dossier, ExpectedChildren.ListCheck list) {
        LocalDate date = session.date();
        VaccinationHistory.ScanHistory scanned = history.scanHistory(dossier.id());
        List<GivenVaccination> given = scanned.given();
        List<DueVaccination> plan = schedule.plan(
                new ChildFacts(dossier.birthDate(), dossier.dktpSchedule(), dossier.motherHbsagPositive()),
                date,
                given);
        List<ScanRules.TypeFacts> types = session.vaccineTypes().stream()
                .map(type -> new ScanRules.TypeFacts(
                        type,
                        schedule.covers(type, date),
                        plan.stream()
                                .filter(d -> d.vaccineTypeCode().equals(type))
                                .toList(),
                        given.stream()
                                .filter(g -> g.vaccineTypeCode().equals(type)
                                        && !g.date().isAfter(date))
                                .map(GivenVaccination::date)
                                .max(Comparator.naturalOrder())
                                .orElse(null)))
                .toList();
        VaccinationHistory.Objections objections = scanned.objections();
        return ScanRules.judge(new ScanRules.Facts(
                list.hasList(),
                list.hasList() && list.expected(),
                objections.programme(),
                types,
                objections.perVaccine().stream()
                        .map(o -> new ScanRules.RecordedObjection(o.vaccineType(), o.date()))
                        .toList()));
    }
}
