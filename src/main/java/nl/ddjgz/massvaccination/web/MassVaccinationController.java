package nl.ddjgz.massvaccination.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ddjgz.batch.BatchField;
import nl.ddjgz.massvaccination.ExpectedList;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.ScanDesk;
import nl.ddjgz.massvaccination.SessionMode;
import nl.ddjgz.massvaccination.SessionRefusedException;
import nl.ddjgz.massvaccination.SessionReview;
import nl.ddjgz.massvaccination.SessionSetup;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.schedule.VaccineType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting up a mass vaccination session and its expected list (professional), and the session's start page. */
@Controller
class MassVaccinationController {

    private final SessionSetup sessionSetup;
    private final ExpectedList expectedList;
    private final ScanDesk scanDesk;
    private final SessionReview sessionReview;
    private final OrganisationSettings organisation;
    private final VaccinationSchedule schedule;
    private final BatchField batchField;

    MassVaccinationController(
            SessionSetup sessionSetup,
            ExpectedList expectedList,
            ScanDesk scanDesk,
            SessionReview sessionReview,
            OrganisationSettings organisation,
            VaccinationSchedule schedule,
            BatchField batchField) {
        this.sessionSetup = sessionSetup;
        this.expectedList = expectedList;
        this.scanDesk = scanDesk;
        this.sessionReview = sessionReview;
        this.organisation = organisation;
        this.schedule = schedule;
        this.batchField = batchField;
    }

    @GetMapping("/massvaccination")
    String list(Model model) {
        model.addAttribute("sessions", sessionSetup.recent());
        model.addAttribute("locations", locationNames());
        model.addAttribute("vaccineNames", vaccineNames());
        return "massvaccination/list";
    }

    @GetMapping("/massvaccination/new")
    String initSetUpForm(Model model) {
        model.addAttribute("setupForm", SetupForm.empty(schedule.today()));
        return setUpPage(model);
    }

    @PostMapping("/massvaccination")
    String processSetUpForm(@Valid SetupForm setupForm, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return setUpPage(model);
        }
        List<SessionSetup.Setup.Vaccine> vaccines = new ArrayList<>();
        String[][] slots = {
            {setupForm.vaccineType1(), setupForm.batch1()},
            {setupForm.vaccineType2(), setupForm.batch2()},
            {setupForm.vaccineType3(), setupForm.batch3()}
        };
        for (int i = 0; i < slots.length; i++) {
            String type = slots[i][0];
            if (type == null || type.isBlank()) {
                continue;
            }
            BatchField.Reading reading = batchField.read(slots[i][1]);
            if (reading.refusal() != null) {
                result.rejectValue("batch" + (i + 1), reading.refusalKey());
                return setUpPage(model);
            }
            vaccines.add(new SessionSetup.Setup.Vaccine(type, reading.batchNumber(), reading.packExpiry()));
        }
        try {
            MassVaccinationSession session = sessionSetup.setUp(new SessionSetup.Setup(
                    setupForm.date(),
                    setupForm.locationId(),
                    setupForm.mode(),
                    vaccines,
                    setupForm.otherConfirmed(),
                    setupForm.expiryCheckedConfirmed(),
                    setupForm.outsideListValidityConfirmed()));
            return "redirect:/massvaccination/" + session.getId();
        } catch (SessionRefusedException e) {
            if (e.field() == null) {
                result.reject(e.messageKey(), e.args(), null);
            } else {
                result.rejectValue(e.field(), e.messageKey(), e.args(), null);
            }
            return setUpPage(model);
        }
    }

    private String setUpPage(Model model) {
        model.addAttribute("locations", organisation.activeLocations());
        model.addAttribute("vaccineTypes", schedule.vaccineTypes());
        model.addAttribute("modes", SessionMode.values());
        return "massvaccination/new";
    }

    @GetMapping("/massvaccination/{id}")
    String show(@PathVariable UUID id, Model model) {
        MassVaccinationSession session = sessionSetup.get(id);
        model.addAttribute("massSession", session);
        model.addAttribute("totals", scanDesk.totals(id));
        model.addAttribute("location", organisation.location(session.getLocationId()));
        model.addAttribute("vaccineNames", vaccineNames());
        model.addAttribute("cohortYear", session.getSessionDate().getYear() - 10);
        model.addAttribute("zone", schedule.zone());
        // issue 15: call lists to make the expected list from, expected children without a dossier, unknown children
        model.addAttribute("callLists", expectedList.callLists());
        model.addAttribute("missingDossiers", expectedList.missingDossiers(id));
        model.addAttribute("unknownChildren", sessionReview.unknownChildren(id));
        model.addAttribute("withoutBsn", sessionReview.childrenWithoutBsn(id));
        return "massvaccination/show";
    }

    @PostMapping("/massvaccination/{id}/cohort")
    String addCohort(
            @PathVariable UUID id, @RequestParam(required = false) Integer birthYear, RedirectAttributes redirect) {
        if (birthYear == null || birthYear < 1990 || birthYear > 2100) {
            redirect.addFlashAttribute("error", "mass.cohort.year");
            return "redirect:/massvaccination/" + id;
        }
        try {
            int added = expectedList.addCohort(id, birthYear);
            redirect.addFlashAttribute("addedCount", added);
            redirect.addFlashAttribute("flash", "mass.cohort.added");
        } catch (SessionRefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/massvaccination/" + id;
    }

    @PostMapping("/massvaccination/{id}/import")
    String previewImport(
            @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "mass.import.noFile");
            return "redirect:/massvaccination/" + id;
        }
        ExpectedList.ImportPreview preview = expectedList.previewImport(id, file.getBytes());
        model.addAttribute("massSession", sessionSetup.get(id));
        model.addAttribute("preview", preview);
        model.addAttribute("importMaxRows", expectedList.importMaxRows());
        return "massvaccination/import";
    }

    @PostMapping("/massvaccination/{id}/import/{importId}/confirm")
    String confirmImport(@PathVariable UUID id, @PathVariable UUID importId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("addedCount", expectedList.confirmImport(id, importId));
        redirect.addFlashAttribute("flash", "mass.import.confirmed");
        return "redirect:/massvaccination/" + id;
    }

    @PostMapping("/massvaccination/{id}/import/{importId}/discard")
    String discardImport(@PathVariable UUID id, @PathVariable UUID importId, RedirectAttributes redirect) {
        expectedList.discardImport(id, importId);
        redirect.addFlashAttribute("flash", "mass.import.discarded");
        return "redirect:/massvaccination/" + id;
    }

    private Map<String, String> vaccineNames() {
        return schedule.vaccineTypes().stream().collect(Collectors.toMap(VaccineType::getCode, VaccineType::getName));
    }

    private Map<Long, String> locationNames() {
        return organisation.locations().stream().collect(Collectors.toMap(l -> l.getId(), l -> l.getName()));
    }
}
