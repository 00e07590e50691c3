package nl.ddjgz.organisation.web;

import jakarta.validation.Valid;
import java.util.Optional;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.organisation.RegisterOptions;
import nl.ddjgz.organisation.SendWindow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for the organisation's data and locations. */
@Controller
@RequestMapping("/admin/organisation")
class OrganisationAdminController {

    private static final String VIEW = "admin/organisation";
    private final OrganisationSettings settings;
    private final RegisterOptions registers;

    OrganisationAdminController(OrganisationSettings settings, RegisterOptions registers) {
        this.settings = settings;
        this.registers = registers;
    }

    @GetMapping
    String show(Model model) {
        return view(model);
    }

    /** The send window: how long an approved message waits before it leaves (0 to 240 minutes). */
    @PostMapping("/send-window")
    String updateSendWindow(
            @Valid SendWindowForm sendWindowForm, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return view(model);
        }
        settings.updateSendWindow(new SendWindow(sendWindowForm.sendWindowMinutes()));
        redirect.addFlashAttribute("flash", "organisation.sendWindow.saved");
        return "redirect:/admin/organisation";
    }

    /** The page with every form: the one just submitted (with its errors) as bound, the others as stored. */
    private String view(Model model) {
        if (!model.containsAttribute("organisationForm")) {
            model.addAttribute("organisationForm", OrganisationForm.of(settings.organisation()));
        }
        if (!model.containsAttribute("registryForm")) {
            model.addAttribute("registryForm", RegistryForm.of(settings.organisation()));
        }
        if (!model.containsAttribute("locationForm")) {
            model.addAttribute("locationForm", LocationForm.empty());
        }
        model.addAttribute("locations", settings.locations());
        model.addAttribute("registries", registers.options());
        if (!model.containsAttribute("sendWindowForm")) {
            model.addAttribute("sendWindowForm", SendWindowForm.of(settings.organisation()));
        }
        return VIEW;
    }

    @PostMapping("/registry")
    String updateRegistry(
            @Valid RegistryForm registryForm, BindingResult result, Model model, RedirectAttributes redirect) {
        Optional<RegisterOptions.Option> chosen = registers.option(registryForm.registry());
        if (chosen.isEmpty() && !result.hasFieldErrors("registry")) {
            result.rejectValue("registry", "organisation.registry.unknown");
        }
        if (chosen.map(RegisterOptions.Option::needsEhealthId).orElse(false)
                && isBlank(registryForm.ehealthId())
                && !result.hasFieldErrors("ehealthId")) {
            // the register's messages carry the organisation's eHealth id as their sender
            result.rejectValue("ehealthId", "organisation.ehealthId.required");
        }
        if (chosen.map(RegisterOptions.Option::needsSoftwareId).orElse(false)
                && isBlank(registryForm.softwareId())
                && !result.hasFieldErrors("softwareId")) {
            result.rejectValue("softwareId", "organisation.softwareId.required");
        }
        if (result.hasErrors()) {
            return view(model);
        }
        settings.updateRegistry(
                registryForm.registry(), registryForm.language(), registryForm.ehealthId(), registryForm.softwareId());
        redirect.addFlashAttribute("flash", "organisation.registry.saved");
        return "redirect:/admin/organisation";
    }

    @PostMapping
    String update(
            @Valid OrganisationForm organisationForm, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return view(model);
        }
        settings.update(
                organisationForm.name(),
                organisationForm.ura(),
                organisationForm.agb(),
                organisationForm.city(),
                organisationForm.applicationId(),
                organisationForm.serverCertificateId(),
                organisationForm.dossierOid(),
                organisationForm.contactMomentOid());
        redirect.addFlashAttribute("flash", "organisation.saved");
        return "redirect:/admin/organisation";
    }

    @PostMapping("/locations")
    String addLocation(
            @Valid LocationForm locationForm, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                settings.addLocation(locationForm.code(), locationForm.name(), locationForm.city());
                redirect.addFlashAttribute("flash", "location.added");
                return "redirect:/admin/organisation";
            } catch (OrganisationSettings.LocationCodeTakenException e) {
                result.rejectValue("code", "location.code.taken");
            }
        }
        return view(model);
    }

    @PostMapping("/locations/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        var location = settings.location(id);
        settings.updateLocation(id, location.getName(), location.getCity(), active);
        redirect.addFlashAttribute("flash", "location.saved");
        return "redirect:/admin/organisation";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
