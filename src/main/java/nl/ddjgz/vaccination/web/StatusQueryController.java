package nl.ddjgz.vaccination.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.dossier.Address;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.praeventis.StatusQueries;
import nl.ddjgz.praeventis.StatusReport;
import nl.ddjgz.praeventis.hl7.StatusQuery;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.vaccination.EarlierEntry;
import nl.ddjgz.vaccination.EarlierSource;
import nl.ddjgz.vaccination.EarlierVaccinationRefusedException;
import nl.ddjgz.vaccination.EarlierVaccinations;
import nl.ddjgz.vaccination.VaccinationHistory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Vaccinatiestatus opvragen": asks Praeventis while the user waits (from the dossier or a contact moment) and shows
 * the register's answer next to what our dossier knows (our objections do not change the register's planning).
 */
@Controller
class StatusQueryController {

    private final StatusQueries statusQueries;
    private final Dossiers dossiers;
    private final VaccinationHistory history;
    private final EarlierVaccinations earlierVaccinations;
    private final VaccinationSchedule schedule;
    private final AuditTrail audit;

    StatusQueryController(
            StatusQueries statusQueries,
            Dossiers dossiers,
            VaccinationHistory history,
            EarlierVaccinations earlierVaccinations,
            VaccinationSchedule schedule,
            AuditTrail audit) {
        this.statusQueries = statusQueries;
        this.dossiers = dossiers;
        this.history = history;
        this.earlierVaccinations = earlierVaccinations;
        this.schedule = schedule;
        this.audit = audit;
    }

    /** Posted (it reaches out to the register); the BSN never appears in the URL. */
    @PostMapping("/dossiers/{dossierId}/praeventis-status")
    String ask(@PathVariable UUID dossierId, @RequestParam(required = false) UUID contactMoment, Model model) {
        ChildDossier child = dossiers.read(dossierId);
        model.addAttribute("dossier", child);
        model.addAttribute("contactMomentId", contactMoment);
        if (!child.hasBsn()) {
            model.addAttribute("noBsn", true);
            return "vaccination/status";
        }
        Address a = child.getAddress() == null ? Address.none() : child.getAddress();
        StatusReport report = statusQueries.ask(
                child.getBsn().value(),
                new StatusQuery.Person(
                        child.getGivenNames(),
                        child.getNamePrefix(),
                        child.getFamilyName(),
                        child.getBirthDate(),
                        child.getGender().name(),
                        a.houseNumber(),
                        a.houseNumberSuffix(),
                        a.postcode()));
        audit.record(AuditAction.STATUS_QUERY, child.ref(), report.outcome().name());
        model.addAttribute("report", report);
        model.addAttribute("ours", history.ofDossier(dossierId));
        model.addAttribute("earlier", earlierVaccinations.of(dossierId));
        model.addAttribute("takeOver", earlierVaccinations.notInDossier(dossierId, report));
        model.addAttribute("programmeObjections", history.programmeObjections(dossierId));
        model.addAttribute(
                "vaccineNames",
                schedule.vaccineTypes().stream()
                        .collect(Collectors.toMap(t -> t.getCode(), t -> t.getName(), (x, y) -> x)));
        model.addAttribute("zone", schedule.zone());
        return "vaccination/status";
    }

    /** One vaccination of the status answer, as the status page offers it for taking over. */
    record TakeOverItem(
            Boolean selected,
            String vaccineType,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            String place,
            String batchNumber) {

        boolean isSelected() {
            return Boolean.TRUE.equals(selected);
        }
    }

    record TakeOverForm(List<TakeOverItem> items) {

        List<EarlierEntry> selectedEntries() {
            return items == null
                    ? List.of()
                    : items.stream()
                            .filter(TakeOverItem::isSelected)
                            .map(i -> new EarlierEntry(i.date(), i.vaccineType(), i.place(), i.batchNumber()))
                            .toList();
        }
    }

    /** Takes the selected vaccinations of the status answer over as earlier vaccinations (source Praeventis). */
    @PostMapping("/dossiers/{dossierId}/praeventis-status/take-over")
    String takeOver(@PathVariable UUID dossierId, TakeOverForm form, RedirectAttributes redirect) {
        List<EarlierEntry> selected = form.selectedEntries();
        try {
            if (selected.isEmpty()) {
                throw new EarlierVaccinationRefusedException(null, "status.takeOver.nothingSelected");
            }
            earlierVaccinations.record(dossierId, EarlierSource.PRAEVENTIS, selected, null);
            redirect.addFlashAttribute("flash", "status.takeOver.done");
        } catch (EarlierVaccinationRefusedException e) {
            redirect.addFlashAttribute("takeOverError", new LineMessage(null, e.messageKey(), e.args(), true, null));
        }
        return "redirect:/dossiers/" + dossierId;
    }
}
