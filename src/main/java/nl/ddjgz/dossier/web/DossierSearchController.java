package nl.ddjgz.dossier.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.ScannerAffixes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Finding a child: by BSN or, for a Belgian child, INSZ (posted, never in a URL) or by family name and birth date. One
 * hit opens the dossier; none offers to open a new one.
 */
@Controller
@RequestMapping("/dossiers")
class DossierSearchController {

    private static final String VIEW = "dossier/search";
    private final Dossiers dossiers;
    private final ScannerAffixes scanner;

    DossierSearchController(Dossiers dossiers, ScannerAffixes scanner) {
        this.dossiers = dossiers;
        this.scanner = scanner;
    }

    @GetMapping
    String searchForm(Model model) {
        model.addAttribute("bsnSearchForm", BsnSearchForm.empty());
        model.addAttribute("nameSearchForm", NameSearchForm.empty());
        return VIEW;
    }

    @PostMapping("/search/bsn")
    String searchByBsn(@Valid BsnSearchForm bsnSearchForm, BindingResult result, Model model) {
        model.addAttribute("nameSearchForm", NameSearchForm.empty());
        // a call card scanned into the field: the scanner's prefix and suffix come off, as at the mass desk
        BsnSearchForm search = bsnSearchForm.without(scanner);
        if (!result.hasErrors() && search.bsn().isEmpty()) {
            result.rejectValue("bsn", "NotBlank");
        }
        if (!result.hasErrors() && search.invalidKey() != null) {
            result.rejectValue("bsn", search.invalidKey());
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        boolean insz = search.isInsz();
        Optional<ChildDossier> found =
                insz ? dossiers.findByInsz(Insz.of(search.bsn())) : dossiers.findByBsn(Bsn.of(search.bsn()));
        if (found.isPresent()) {
            return "redirect:/dossiers/" + found.get().getId();
        }
        model.addAttribute("notFound", true);
        model.addAttribute(insz ? "searchedInsz" : "searchedBsn", search.bsn());
        return VIEW;
    }

    @PostMapping("/search/name")
    String searchByName(@Valid NameSearchForm nameSearchForm, BindingResult result, Model model) {
        model.addAttribute("bsnSearchForm", BsnSearchForm.empty());
        if (result.hasErrors()) {
            return VIEW;
        }
        List<ChildDossier> found =
                dossiers.findByNameAndBirthDate(nameSearchForm.familyName(), nameSearchForm.birthDate());
        if (found.size() == 1) {
            return "redirect:/dossiers/" + found.get(0).getId();
        }
        model.addAttribute("notFound", found.isEmpty());
        model.addAttribute("results", found);
        return VIEW;
    }
}
