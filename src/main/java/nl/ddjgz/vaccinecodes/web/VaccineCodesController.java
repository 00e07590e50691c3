package nl.ddjgz.vaccinecodes.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.vaccinecodes.VaccineCode;
import nl.ddjgz.vaccinecodes.VaccineCodes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's table of our vaccine types in the Belgian registers' codes (CNK product, KMEHR indications,
 * SNOMED CT), one row per type; a type without a CNK code cannot be sent to Vaccinnet or Vaccicard.
 */
@Controller
@RequestMapping("/admin/registry-codes")
class VaccineCodesController {

    private final VaccineCodes codes;
    private final VaccinationSchedule schedule;

    VaccineCodesController(VaccineCodes codes, VaccinationSchedule schedule) {
        this.codes = codes;
        this.schedule = schedule;
    }

    @GetMapping
    String show(Model model) {
        Map<String, VaccineCode> byType =
                codes.all().stream().collect(Collectors.toMap(VaccineCode::getVaccineTypeCode, Function.identity()));
        model.addAttribute("types", schedule.vaccineTypes());
        model.addAttribute("codes", byType);
        model.addAttribute(
                "indications", VaccineCodes.KMEHR_INDICATIONS.stream().sorted().toList());
        return "admin/registry-codes";
    }

    @PostMapping("/{typeCode}")
    String update(
            @PathVariable String typeCode,
            @Valid VaccineCodeForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        schedule.vaccineType(typeCode).orElseThrow(() -> new nl.ddjgz.shared.NotFoundException("vaccine type"));
        redirect.addFlashAttribute("typeCode", typeCode);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("errorKey", messageKey(result));
            return "redirect:/admin/registry-codes";
        }
        try {
            codes.update(
                    typeCode,
                    form.cnk(),
                    form.productName(),
                    form.indications(),
                    form.snomedCode(),
                    form.snomedDisplay(),
                    form.lotRequired());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("errorKey", "registryCodes.indications.unknown");
            return "redirect:/admin/registry-codes";
        }
        redirect.addFlashAttribute("flash", "registryCodes.saved");
        return "redirect:/admin/registry-codes";
    }

    private static String messageKey(BindingResult result) {
        String message = result.getAllErrors().get(0).getDefaultMessage();
        return message != null && message.startsWith("{") && message.endsWith("}")
                ? message.substring(1, message.length() - 1)
                : "registryCodes.invalid";
    }
}
