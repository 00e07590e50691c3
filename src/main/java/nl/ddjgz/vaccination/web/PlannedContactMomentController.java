package nl.ddjgz.vaccination.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import nl.ddjgz.shared.RefusedException;
import nl.ddjgz.vaccination.PlannedContactMoments;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Planning a contact moment for a child (an appointment) from the dossier; the worklist of that day shows it. */
@Controller
class PlannedContactMomentController {

    private final PlannedContactMoments planned;

    PlannedContactMomentController(PlannedContactMoments planned) {
        this.planned = planned;
    }

    /** The date and location of a planned contact moment. */
    record PlanForm(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date,

            @NotNull Long locationId) {}

    @PostMapping("/dossiers/{dossierId}/planned-contactmoments")
    String plan(@PathVariable UUID dossierId, @Valid PlanForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute(
                    "planError", new LineMessage(null, "planned.invalid", new Object[0], true, null));
            return "redirect:/dossiers/" + dossierId + "#planned";
        }
        try {
            planned.plan(dossierId, form.date(), form.locationId());
            redirect.addFlashAttribute("flash", "planned.saved");
        } catch (RefusedException e) {
            redirect.addFlashAttribute("planError", new LineMessage(null, e.messageKey(), e.args(), true, null));
        }
        return "redirect:/dossiers/" + dossierId + "#planned";
    }
}
