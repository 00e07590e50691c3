package nl.ddjgz.dossier.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.ConsentSource;
import nl.ddjgz.dossier.ConsentWay;
import nl.ddjgz.dossier.DossierSection;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.dossier.DuplicateBsnException;
import nl.ddjgz.dossier.DuplicateInszException;
import nl.ddjgz.dossier.Gender;
import nl.ddjgz.dossier.InvalidChildDataException;
import nl.ddjgz.registry.RegisterProfile;
import nl.ddjgz.schedule.DktpSchedule;
import nl.ddjgz.schedule.MaternalPertussis;
import nl.ddjgz.schedule.VaccinationSchedule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dossier page, and opening and changing a dossier. */
@Controller
@RequestMapping("/dossiers")
class DossierController {

    private static final String FORM = "dossier/form";
    private static final String MATERNAL_PERTUSSIS = "dossier/maternal-pertussis";

    private final Dossiers dossiers;
    private final VaccinationSchedule schedule;
    private final List<DossierSection> sections;

    DossierController(Dossiers dossiers, VaccinationSchedule schedule, List<DossierSection> sections) {
        this.dossiers = dossiers;
        this.schedule = schedule;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(DossierSection::order))
                .toList();
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("dktpSchedules", DktpSchedule.values());
        model.addAttribute("consentSources", ConsentSource.values());
        model.addAttribute("consentWays", ConsentWay.values());
        model.addAttribute("maternalPertussisChoices", MaternalPertussis.Given.values());
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        ChildDossier dossier = dossiers.read(id);
        LocalDate today = schedule.today();
        model.addAttribute("dossier", dossier);
        model.addAttribute("today", today);
        model.addAttribute("consentAuthority", dossier.consentAuthorityOn(today));
        model.addAttribute("consentInForce", dossier.getConsent().isInForceOn(today));
        model.addAttribute("dktpProposal", dossier.facts().dktpProposal().orElse(null));
        for (DossierSection section : sections) {
            model.addAllAttributes(section.model(dossier));
        }
        model.addAttribute(
                "sectionFragments",
                sections.stream().map(DossierSection::fragment).toList());
        return "dossier/show";
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("childForm", ChildForm.empty());
        return FORM;
    }

    /**
     * "Open a new dossier" after a BSN or INSZ search without result: the number comes along in the body, not the URL.
     */
    @PostMapping("/new/prefilled")
    String initCreationFormWithNumber(
            @RequestParam(defaultValue = "") String bsn, @RequestParam(defaultValue = "") String insz, Model model) {
        model.addAttribute("childForm", ChildForm.prefilled(bsn, insz));
        return FORM;
    }

    @PostMapping("/new")
    String processCreationForm(
            @Valid ChildForm childForm, BindingResult result, Model model, RedirectAttributes redirect) {
        checkBsnOrFlag(childForm, result, model);
        if (result.hasErrors()) {
            return FORM;
        }
        return stored(
                result,
                redirect,
                "dossier.created",
                () -> dossiers.open(childForm.toData()).getId());
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable UUID id, Model model) {
        ChildDossier dossier = dossiers.read(id);
        model.addAttribute("childForm", ChildForm.of(dossier));
        model.addAttribute("dossierId", id);
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(
            @PathVariable UUID id,
            @Valid ChildForm childForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("dossierId", id);
        checkBsnOrFlag(childForm, result, model);
        if (childForm.version() == null) {
            result.reject("dossier.changedMeanwhile");
        }
        if (result.hasErrors()) {
            return FORM;
        }
        return stored(result, redirect, "dossier.saved", () -> {
            dossiers.change(id, childForm.version(), childForm.toData());
            return id;
        });
    }

    /**
     * Stores the form (one transaction in the service) and shows the dossier; or, when the service refuses it, the
     * form again with the reason next to its field.
     */
    private String stored(BindingResult result, RedirectAttributes redirect, String flash, Supplier<UUID> store) {
        try {
            UUID id = store.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/dossiers/" + id;
        } catch (DuplicateBsnException e) {
            result.rejectValue("bsn", "dossier.bsn.duplicate");
        } catch (DuplicateInszException e) {
            result.rejectValue("insz", "dossier.insz.duplicate");
        } catch (InvalidChildDataException e) {
            result.rejectValue(e.field(), e.messageKey());
        } catch (Dossiers.ConcurrentChangeException e) {
            result.reject("dossier.changedMeanwhile");
        }
        return FORM;
    }

    @GetMapping("/{id}/maternal-pertussis")
    String initMaternalPertussisForm(@PathVariable UUID id, Model model) {
        ChildDossier dossier = dossiers.read(id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("maternalPertussisForm", MaternalPertussisForm.of(dossier));
        return MATERNAL_PERTUSSIS;
    }

    /** Records the maternal pertussis vaccination; the dossier then shows the DKTP schedule that follows from it. */
    @PostMapping("/{id}/maternal-pertussis")
    String processMaternalPertussisForm(
            @PathVariable UUID id,
            @Valid MaternalPertussisForm maternalPertussisForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                dossiers.recordMaternalPertussis(id, maternalPertussisForm.toMaternalPertussis());
                redirect.addFlashAttribute("flash", "maternalPertussis.saved");
                return "redirect:/dossiers/" + id;
            } catch (InvalidChildDataException e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        model.addAttribute("dossier", dossiers.get(id));
        return MATERNAL_PERTUSSIS;
    }

    /** The register's rule for the child's number ({@link ChildForm#checkNumber}). */
    private static void checkBsnOrFlag(ChildForm form, BindingResult result, Model model) {
        form.checkNumber(
                model.getAttribute("register") instanceof RegisterProfile register && register.identifiedByInsz(),
                result);
    }
}
