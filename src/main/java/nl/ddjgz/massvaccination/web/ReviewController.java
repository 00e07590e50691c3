package nl.ddjgz.massvaccination.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.ddjgz.massvaccination.ExpectedChild;
import nl.ddjgz.massvaccination.RemovalReason;
import nl.ddjgz.massvaccination.ScanLine;
import nl.ddjgz.massvaccination.SessionApproval;
import nl.ddjgz.massvaccination.SessionGroupFile;
import nl.ddjgz.massvaccination.SessionOverview;
import nl.ddjgz.massvaccination.SessionRefusedException;
import nl.ddjgz.massvaccination.SessionReview;
import nl.ddjgz.massvaccination.SessionSetup;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.schedule.VaccineType;
import nl.ddjgz.shared.CsvWriter;
import nl.ddjgz.shared.RefusedException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Review, approval (professional only), taking a child out and putting it back, closing the session (professional
 * only: its messages leave), and the vaccinated-versus-expected list.
 */
@Controller
class ReviewController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private final SessionSetup sessionSetup;
    private final SessionReview sessionReview;
    private final SessionApproval sessionApproval;
    private final SessionGroupFile sessionGroupFile;
    private final OrganisationSettings organisation;
    private final VaccinationSchedule schedule;

    ReviewController(
            SessionSetup sessionSetup,
            SessionReview sessionReview,
            SessionApproval sessionApproval,
            SessionGroupFile sessionGroupFile,
            OrganisationSettings organisation,
            VaccinationSchedule schedule) {
        this.sessionSetup = sessionSetup;
        this.sessionReview = sessionReview;
        this.sessionApproval = sessionApproval;
        this.sessionGroupFile = sessionGroupFile;
        this.organisation = organisation;
        this.schedule = schedule;
    }

    @GetMapping("/massvaccination/{id}/review")
    String review(@PathVariable UUID id, Model model) {
        fill(id, model, "mass session review");
        model.addAttribute("reasons", RemovalReason.values());
        return "massvaccination/review";
    }

    @PostMapping("/massvaccination/{id}/scans/{scanId}/remove")
    String remove(
            @PathVariable UUID id,
            @PathVariable UUID scanId,
            @RequestParam(required = false) RemovalReason reason,
            RedirectAttributes redirect) {
        try {
            boolean wasInGroupFile = sessionReview.remove(id, scanId, reason);
            redirect.addFlashAttribute("flash", wasInGroupFile ? "mass.remove.done.groupfile" : "mass.remove.done");
        } catch (RefusedException e) {
            refused(redirect, e);
        }
        return "redirect:/massvaccination/" + id + "/review";
    }

    @PostMapping("/massvaccination/{id}/scans/{scanId}/put-back")
    String putBack(@PathVariable UUID id, @PathVariable UUID scanId, RedirectAttributes redirect) {
        try {
            sessionReview.putBack(id, scanId);
            redirect.addFlashAttribute("flash", "mass.putBack.done");
        } catch (RefusedException e) {
            refused(redirect, e);
        }
        return "redirect:/massvaccination/" + id + "/review";
    }

    @PostMapping("/massvaccination/{id}/approve")
    String approve(
            @PathVariable UUID id, @RequestParam(required = false) String reviewed, RedirectAttributes redirect) {
        if (reviewed == null || reviewed.isBlank()) {
            // the review page always sends what it showed; without it the approval cannot be checked
            redirect.addFlashAttribute("error", "mass.approve.changed");
            return "redirect:/massvaccination/" + id + "/review";
        }
        try {
            int registered = sessionApproval.approve(id, reviewed);
            redirect.addFlashAttribute("addedCount", registered);
            redirect.addFlashAttribute("flash", "mass.approve.done.held");
            return "redirect:/massvaccination/" + id + "/print";
        } catch (RefusedException e) {
            // the session's rules, a contact moment's, or the register's adapter (no NIHII, unknown product, ...)
            refused(redirect, e);
        }
        return "redirect:/massvaccination/" + id + "/review";
    }

    /** "Sessie afsluiten": the session's held messages leave (professional only). */
    @PostMapping("/massvaccination/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            int released = sessionApproval.close(id);
            redirect.addFlashAttribute("releasedCount", released);
            redirect.addFlashAttribute("flash", "mass.close.done");
        } catch (RefusedException e) {
            refused(redirect, e);
        }
        return "redirect:/massvaccination/" + id + "/review";
    }

    private static void refused(RedirectAttributes redirect, RefusedException e) {
        redirect.addFlashAttribute("error", e.messageKey());
        if (e.args() != null && e.args().length > 0) {
            redirect.addFlashAttribute("errorArg", String.valueOf(e.args()[0]));
        }
    }

    @GetMapping("/massvaccination/{id}/print")
    String print(@PathVariable UUID id, Model model) {
        fill(id, model, "mass session list printed");
        model.addAttribute("groupFileChildren", sessionGroupFile.groupFileChildren(id));
        return "massvaccination/print";
    }

    /** The same list as CSV (semicolon separated, UTF-8 with BOM so that spreadsheet programs read the accents). */
    @GetMapping("/massvaccination/{id}/print.csv")
    void csv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        SessionOverview overview = sessionReview.overviewShown(id, "mass session list downloaded (CSV)");
        Map<String, ExpectedChild> expected =
                overview.expected().stream().collect(Collectors.toMap(ExpectedChild::identifier, e -> e, (a, b) -> a));
        CsvWriter csv = CsvWriter.semicolons()
                .row(
                        "status",
                        sessionSetup.identifierKind().name().toLowerCase(java.util.Locale.ROOT),
                        "naam",
                        "geboortedatum",
                        "balie",
                        "gescand",
                        "partijen",
                        "vaccinator");
        for (ScanLine line : overview.vaccinated()) {
            boolean wasExpected = expected.containsKey(line.scan().identifier())
                    || overview.expected().isEmpty();
            csv.row(
                    wasExpected ? "gevaccineerd" : "gevaccineerd-niet-verwacht",
                    line.scan().identifier(),
                    line.childName(),
                    line.birthDate() == null ? "" : DATE.format(line.birthDate()),
                    line.scan().desk(),
                    String.valueOf(line.scan().scannedAt()),
                    overview.session().getVaccines().stream()
                            .map(v -> v.getVaccineType() + " " + line.batchOf(v.getVaccineType()))
                            .collect(Collectors.joining(", ")),
                    line.setting() == null || line.setting().vaccinator() == null
                            ? ""
                            : line.setting().vaccinator());
        }
        for (ExpectedChild child : overview.notSeen()) {
            csv.row(
                    "verwacht-niet-gezien",
                    child.identifier(),
                    child.fullName(),
                    DATE.format(child.birthDate()),
                    "",
                    "",
                    "",
                    "");
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"massavaccinatie.csv\"");
        response.getOutputStream().write(csv.bytes(StandardCharsets.UTF_8, true));
    }

    /**
     * Vaccinnet's CSV group upload for one vaccine type of the session (Vaccinnet organisations, professionals, before
     * approval). A refusal (approved session, no CNK code) goes back to the review page with its message. A POST with
     * the CSRF token: downloading records which children go by group file (they are not sent by web service at
     * approval), so a link followed from elsewhere must not do that.
     */
    @PostMapping("/massvaccination/{id}/groupfile/{vaccineType}")
    Object groupFile(@PathVariable UUID id, @PathVariable String vaccineType, RedirectAttributes redirect) {
        try {
            SessionGroupFile.GroupFile file = sessionGroupFile.groupFile(id, vaccineType);
            return ResponseEntity.ok()
                    .cacheControl(CacheControl.noStore())
                    .contentType(new MediaType("text", "csv", file.charset()))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(file.fileName())
                                    .build()
                                    .toString())
                    .body(file.content());
        } catch (SessionRefusedException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            if (e.args() != null && e.args().length > 0) {
                redirect.addFlashAttribute("errorArg", String.valueOf(e.args()[0]));
            }
            return "redirect:/massvaccination/" + id + "/review";
        }
    }

    private SessionOverview fill(UUID id, Model model, String shownOn) {
        SessionOverview overview = sessionReview.overviewShown(id, shownOn);
        model.addAttribute("overview", overview);
        model.addAttribute("massSession", overview.session());
        model.addAttribute("groupFile", sessionGroupFile.offersGroupFile());
        model.addAttribute("removals", sessionReview.removals(id));
        model.addAttribute("zone", schedule.zone());
        model.addAttribute("location", organisation.location(overview.session().getLocationId()));
        model.addAttribute(
                "vaccineNames",
                schedule.vaccineTypes().stream().collect(Collectors.toMap(VaccineType::getCode, VaccineType::getName)));
        return overview;
    }
}
