package nl.ddjgz.vaccination.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.vaccination.EarlierEntry;
import nl.ddjgz.vaccination.EarlierSource;
import nl.ddjgz.vaccination.EarlierVaccinationRefusedException;
import nl.ddjgz.vaccination.EarlierVaccinations;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Eerder gegeven": the form on the dossier to enter a transferred child's earlier vaccinations (from the transfer
 * dossier or the vaccination booklet). Stored as history, never sent to a register.
 */
@Controller
class EarlierVaccinationController {

    static final int ROWS = 8;

    private final EarlierVaccinations earlierVaccinations;
    private final Dossiers dossiers;
    private final VaccinationSchedule schedule;

    EarlierVaccinationController(
            EarlierVaccinations earlierVaccinations, Dossiers dossiers, VaccinationSchedule schedule) {
        this.earlierVaccinations = earlierVaccinations;
        this.dossiers = dossiers;
        this.schedule = schedule;
    }

    /** The source and up to {@link #ROWS} vaccinations; rows left empty are skipped. */
    record EarlierForm(EarlierSource source, List<@Valid Row> rows) {

        static EarlierForm empty() {
            return new EarlierForm(null, new ArrayList<>(Collections.nCopies(ROWS, Row.EMPTY)));
        }

        List<EarlierEntry> entries() {
            return rows == null
                    ? List.of()
                    : rows.stream()
                            .map(r -> new EarlierEntry(r.date(), r.vaccineType(), r.place(), r.batchNumber()))
                            .toList();
        }
    }

    record Row(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            String vaccineType,
            @Size(max = 200) String place,
            @Size(max = 40) String batchNumber) {

        static final Row EMPTY = new Row(null, null, null, null);
    }

    @GetMapping("/dossiers/{dossierId}/earlier-vaccinations")
    String form(@PathVariable UUID dossierId, Model model) {
        model.addAttribute("earlierForm", EarlierForm.empty());
        return page(dossierId, model);
    }

    @PostMapping("/dossiers/{dossierId}/earlier-vaccinations")
    String record(
            @PathVariable UUID dossierId,
            @Valid @ModelAttribute("earlierForm") EarlierForm earlierForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                earlierVaccinations.record(dossierId, earlierForm.source(), earlierForm.entries(), "rows");
                redirect.addFlashAttribute("flash", "earlier.saved");
                return "redirect:/dossiers/" + dossierId;
            } catch (EarlierVaccinationRefusedException e) {
                if (e.field() == null) {
                    result.reject(e.messageKey(), e.args(), e.messageKey());
                } else {
                    result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
                }
            }
        }
        return page(dossierId, model);
    }

    private String page(UUID dossierId, Model model) {
        ChildDossier dossier = dossiers.read(dossierId);
        model.addAttribute("dossier", dossier);
        model.addAttribute("sources", EarlierSource.values());
        // history may hold any type, also one no longer used (an old DKTP code, MenC)
        model.addAttribute("vaccineTypes", schedule.vaccineTypes());
        model.addAttribute("today", schedule.today());
        return "vaccination/earlier";
    }
}
