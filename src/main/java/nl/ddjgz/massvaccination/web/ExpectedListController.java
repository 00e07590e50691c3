package nl.ddjgz.massvaccination.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.massvaccination.ExpectedList;
import nl.ddjgz.massvaccination.IdentifierKind;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.Scan;
import nl.ddjgz.massvaccination.SessionRefusedException;
import nl.ddjgz.massvaccination.SessionReview;
import nl.ddjgz.massvaccination.SessionSetup;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.schedule.VaccineType;
import nl.ddjgz.shared.Bsn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The expected list from Praeventis' call lists, the dossiers of expected children not known here, and the follow-up
 * of children scanned without a dossier (issue 15): the received call lists, a session's expected list made from one
 * in one action, all missing dossiers opened in one action, and per unknown child a page with what to do next (search,
 * new dossier, RIVM card, status query).
 */
@Controller
class ExpectedListController {

    private final SessionSetup sessionSetup;
    private final ExpectedList expectedList;
    private final SessionReview sessionReview;
    private final Dossiers dossiers;
    private final OrganisationSettings organisation;
    private final VaccinationSchedule schedule;
    private final boolean simulator;

    ExpectedListController(
            SessionSetup sessionSetup,
            ExpectedList expectedList,
            SessionReview sessionReview,
            Dossiers dossiers,
            OrganisationSettings organisation,
            VaccinationSchedule schedule,
            @Value("${ddjgz.simulator.enabled:false}") boolean simulatorEnabled) {
        this.sessionSetup = sessionSetup;
        this.expectedList = expectedList;
        this.sessionReview = sessionReview;
        this.dossiers = dossiers;
        this.organisation = organisation;
        this.schedule = schedule;
        // the register simulators exist only in the development run, which switches them on
        this.simulator = simulatorEnabled;
    }

    @GetMapping("/massvaccination/call-lists")
    String callLists(Model model) {
        model.addAttribute("callLists", expectedList.callLists());
        model.addAttribute("vaccineNames", vaccineNames());
        model.addAttribute("simulator", simulator);
        model.addAttribute("cohortYear", schedule.today().getYear() - 10);
        return "massvaccination/call-lists";
    }

    @PostMapping("/massvaccination/{id}/call-list")
    String addCallList(
            @PathVariable UUID id, @RequestParam(required = false) UUID callListId, RedirectAttributes redirect) {
        if (callListId == null) {
            redirect.addFlashAttribute("error", "mass.callList.choose");
            return "redirect:/massvaccination/" + id;
        }
        try {
            ExpectedList.CallListImport result = expectedList.addCallList(id, callListId);
            // flash attributes live in the (JDBC) session: plain numbers only
            redirect.addFlashAttribute(
                    "callListImport", List.of(result.added(), result.withoutBsn(), result.withoutDossier()));
        } catch (SessionRefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/massvaccination/" + id;
    }

    @PostMapping("/massvaccination/{id}/open-dossiers")
    String openDossiers(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            ExpectedList.OpenedDossiers opened = expectedList.openMissingDossiers(id);
            redirect.addFlashAttribute(
                    "openedDossiers", List.of(opened.opened(), opened.left().size()));
        } catch (SessionRefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/massvaccination/" + id;
    }

    /** What to do with a child scanned without a dossier here: the number is read from the stored scan. */
    @GetMapping("/massvaccination/{id}/unknown/{scanId}")
    String unknown(@PathVariable UUID id, @PathVariable UUID scanId, Model model) {
        MassVaccinationSession session = sessionSetup.get(id);
        Scan scan = sessionReview.unknownScan(id, scanId);
        model.addAttribute("massSession", session);
        model.addAttribute("scan", scan);
        model.addAttribute("shownNumber", scan.identifierKind().shown(scan.identifier()));
        Optional<ChildDossier> dossier = scan.identifierKind() == IdentifierKind.BSN
                ? dossiers.findByBsn(Bsn.of(scan.identifier()))
                : dossiers.findByInsz(nl.ddjgz.shared.Insz.of(scan.identifier()));
        model.addAttribute("dossier", dossier.orElse(null));
        return "massvaccination/unknown";
    }

    /**
     * The RIVM card for a child scanned without a dossier (the "blauwe randkaart" of JGZ-2 use case 3): BSN, what the
     * session knows (date, location, organisation, vaccine types and batches) and blank lines for what the card asks
     * that is not known here (name, birth date, address, signature).
     */
    @GetMapping("/massvaccination/{id}/unknown/{scanId}/card")
    String card(@PathVariable UUID id, @PathVariable UUID scanId, Model model) {
        MassVaccinationSession session = sessionSetup.get(id);
        Scan scan = sessionReview.unknownScan(id, scanId);
        model.addAttribute("massSession", session);
        model.addAttribute("shownNumber", scan.identifierKind().shown(scan.identifier()));
        model.addAttribute("location", organisation.location(session.getLocationId()));
        model.addAttribute("organisation", organisation.organisation());
        model.addAttribute("vaccineNames", vaccineNames());
        return "massvaccination/rivm-card";
    }

    private Map<String, String> vaccineNames() {
        return schedule.vaccineTypes().stream().collect(Collectors.toMap(VaccineType::getCode, VaccineType::getName));
    }
}
