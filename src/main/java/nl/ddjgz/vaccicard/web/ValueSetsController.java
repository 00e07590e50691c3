package nl.ddjgz.vaccicard.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ddjgz.shared.NotFoundException;
import nl.ddjgz.vaccicard.VaccicardValueSets;
import nl.ddjgz.vaccicard.fhir.BeVaccinationProfile;
import nl.ddjgz.vaccicard.fhir.BeValueSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the Vaccicard value sets (vaccine codes, status reasons, routes, sites, ...): the codes
 * the adapter accepts before sending, with their Dutch and French displays; a code can be switched off or added
 * where the register's lists change.
 */
@Controller
@RequestMapping("/admin/vaccicard-value-sets")
class ValueSetsController {

    private static final String PAGE = "redirect:/admin/vaccicard-value-sets";

    private final VaccicardValueSets valueSets;

    ValueSetsController(VaccicardValueSets valueSets) {
        this.valueSets = valueSets;
    }

    @GetMapping
    String show(Model model) {
        Map<BeValueSet, List<VaccicardValueSets.Entry>> sets = new LinkedHashMap<>();
        for (BeValueSet set : BeValueSet.values()) {
            sets.put(set, valueSets.entries(set));
        }
        model.addAttribute("sets", sets);
        model.addAttribute("version", BeVaccinationProfile.VERSION);
        return "admin/vaccicard-value-sets";
    }

    @PostMapping("/update")
    String update(@Valid ValueSetCodeForm form, BindingResult result, RedirectAttributes redirect) {
        BeValueSet set = setOf(form.valueSet());
        redirect.addFlashAttribute("code", form.code());
        if (result.hasErrors()) {
            return refused(redirect, messageKey(result));
        }
        if (!valueSets.update(set, form.system(), form.code(), form.displayNl(), form.displayFr(), form.inUse())) {
            throw new NotFoundException("value set code");
        }
        redirect.addFlashAttribute("flash", "vaccicardValueSets.saved");
        return PAGE;
    }

    @PostMapping("/add")
    String add(@Valid NewValueSetCodeForm form, BindingResult result, RedirectAttributes redirect) {
        BeValueSet set = setOf(form.valueSet());
        redirect.addFlashAttribute("code", form.code());
        if (result.hasErrors()) {
            return refused(redirect, messageKey(result));
        }
        if (!valueSets.add(set, form.system(), form.code(), form.displayEn(), form.displayNl(), form.displayFr())) {
            return refused(redirect, "vaccicardValueSets.exists");
        }
        redirect.addFlashAttribute("flash", "vaccicardValueSets.added");
        return PAGE;
    }

    /** Back to the page, which shows why the change was refused (nothing was stored). */
    private static String refused(RedirectAttributes redirect, String messageKey) {
        redirect.addFlashAttribute("errorKey", messageKey);
        return PAGE;
    }

    private static BeValueSet setOf(String key) {
        return Arrays.stream(BeValueSet.values())
                .filter(s -> s.name().equals(key))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("value set"));
    }

    /** The message of the first wrong field (the form's fields each have one). */
    private static String messageKey(BindingResult result) {
        FieldError error = result.getFieldError();
        if (error == null) {
            return "vaccicardValueSets.invalid";
        }
        return switch (error.getField()) {
            case "system" -> "vaccicardValueSets.system.pattern";
            case "code" -> "vaccicardValueSets.code.pattern";
            case "displayEn", "displayNl", "displayFr" -> "vaccicardValueSets.display.required";
            default -> "vaccicardValueSets.invalid";
        };
    }
}
