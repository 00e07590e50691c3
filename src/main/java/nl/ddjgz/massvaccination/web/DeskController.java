package nl.ddjgz.massvaccination.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ddjgz.massvaccination.IdentifierKind;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.ScanAnswer;
import nl.ddjgz.massvaccination.ScanDesk;
import nl.ddjgz.massvaccination.ScanOutcome;
import nl.ddjgz.massvaccination.SessionRefusedException;
import nl.ddjgz.massvaccination.SessionSetup;
import nl.ddjgz.schedule.VaccinationSchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scanning desk: one always-focused field a keyboard-wedge scanner types into. The page's script posts each scan
 * with its own id and asks for JSON; without script the same form posts and the page comes back with the answer. A
 * desk without a scanner can send a photo of the call card instead.
 */
@Controller
class DeskController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final SessionSetup sessionSetup;
    private final ScanDesk scanDesk;
    private final MessageSource messages;
    private final nl.ddjgz.batch.BatchField batchField;
    private final ZoneId zone;
    private final VaccinationSchedule schedule;
    private final long photoMaxPixels;

    DeskController(
            SessionSetup sessionSetup,
            ScanDesk scanDesk,
            MessageSource messages,
            VaccinationSchedule schedule,
            nl.ddjgz.batch.BatchField batchField,
            @Value("${ddjgz.massvaccination.photo-max-pixels:40000000}") long photoMaxPixels) {
        this.sessionSetup = sessionSetup;
        this.scanDesk = scanDesk;
        this.batchField = batchField;
        this.messages = messages;
        this.zone = schedule.zone();
        this.schedule = schedule;
        this.photoMaxPixels = photoMaxPixels;
    }

    @GetMapping("/massvaccination/{id}/desk")
    String desk(@PathVariable UUID id, @RequestParam(defaultValue = "1") String balie, HttpSession login, Model model) {
        String desk = desk(balie);
        MassVaccinationSession session = sessionSetup.get(id);
        model.addAttribute("massSession", session);
        model.addAttribute("desk", desk);
        model.addAttribute("scanOwner", scanOwner(login));
        model.addAttribute("scanId", UUID.randomUUID());
        model.addAttribute("totals", scanDesk.totals(id));
        model.addAttribute("deskSetting", sessionSetup.deskSetting(id, desk));
        model.addAttribute("zone", zone);
        model.addAttribute("genders", nl.ddjgz.dossier.Gender.values());
        model.addAttribute("injectionSites", nl.ddjgz.vaccination.InjectionSite.values());
        model.addAttribute(
                "vaccineNames",
                schedule.vaccineTypes().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                nl.ddjgz.schedule.VaccineType::getCode, nl.ddjgz.schedule.VaccineType::getName)));
        model.addAttribute(
                "recent",
                scanDesk.recentAtDesk(id, desk).stream()
                        .map(a ->
                                new RecentScan(a.scanId(), a.outcome().colour().name(), text(a)))
                        .toList());
        return "massvaccination/desk";
    }

    /** A scan from the page's script: answered with JSON. */
    @PostMapping(value = "/massvaccination/{id}/desk/scans", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ScanView scanJson(
            @PathVariable UUID id,
            @RequestParam String balie,
            @RequestParam UUID scanId,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "false") boolean manual) {
        ScanDesk.DeskScan scan = scanDesk.scanAtDesk(id, scanId, desk(balie), code, manual);
        return viewWithTotals(scanId, scan.answer().orElse(null), scan.totals(), id, desk(balie));
    }

    /** The same scan as a plain form post (no script): back to the desk with the answer. */
    @PostMapping("/massvaccination/{id}/desk/scans")
    String scanForm(
            @PathVariable UUID id,
            @RequestParam String balie,
            @RequestParam UUID scanId,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "false") boolean manual,
            RedirectAttributes redirect) {
        Optional<ScanAnswer> answer = scanDesk.scan(id, scanId, desk(balie), code, manual);
        answer.ifPresent(a -> redirect.addFlashAttribute("answer", view(scanId, a, null, id, desk(balie))));
        return toDesk(id, balie);
    }

    /**
     * The one click for an expected child without a dossier here: the dossier is opened from the expected list's data
     * and the child registered in the session, in one transaction; the desk shows the new answer.
     */
    @PostMapping("/massvaccination/{id}/desk/open-dossier")
    String openDossierAndRegister(
            @PathVariable UUID id,
            @RequestParam String balie,
            @RequestParam UUID scanId,
            @RequestParam UUID newScanId,
            RedirectAttributes redirect) {
        try {
            ScanAnswer answer = scanDesk.openDossierAndRegister(id, scanId, newScanId, desk(balie));
            redirect.addFlashAttribute("answer", view(newScanId, answer, null, id, desk(balie)));
        } catch (SessionRefusedException e) {
            redirect.addFlashAttribute("photoError", e.messageKey());
        }
        return toDesk(id, balie);
    }

    /**
     * A desk without a scanner (a tablet): a photo of the call card. The barcode read from it goes the same way as a
     * typed scan, with a scan id made here; a photo without a readable barcode stores nothing.
     */
    @PostMapping("/massvaccination/{id}/desk/photo")
    String scanPhoto(
            @PathVariable UUID id,
            @RequestParam String balie,
            @RequestParam(required = false) MultipartFile photo,
            RedirectAttributes redirect) {
        Optional<String> code = Optional.empty();
        if (photo != null && !photo.isEmpty()) {
            try (InputStream in = photo.getInputStream()) {
                code = CallCardBarcode.read(in, photoMaxPixels);
            } catch (IOException e) {
                code = Optional.empty();
            } catch (CallCardBarcode.PhotoTooLargeException e) {
                redirect.addFlashAttribute("photoError", "mass.desk.photo.tooLarge");
                redirect.addFlashAttribute("photoMaxMegapixels", photoMaxPixels / 1_000_000);
                return toDesk(id, balie);
            }
        }
        if (code.isEmpty()) {
            redirect.addFlashAttribute("photoError", "mass.desk.photo.unreadable");
        } else {
            UUID scanId = UUID.randomUUID();
            scanDesk.scan(id, scanId, desk(balie), code.get(), false)
                    .ifPresentOrElse(
                            a -> redirect.addFlashAttribute("answer", view(scanId, a, null, id, desk(balie))),
                            () -> redirect.addFlashAttribute("photoError", "mass.desk.photo.unreadable"));
        }
        return toDesk(id, balie);
    }

    /**
     * A professional switches the lot of a vaccine type at this desk (a lot ran out): typed, or a GS1 pack scan in the
     * same field; checked as at set-up. The scans from now on carry the new lot.
     */
    @PostMapping("/massvaccination/{id}/desk/lot")
    String switchLot(
            @PathVariable UUID id,
            @RequestParam String balie,
            @RequestParam(defaultValue = "") String vaccineType,
            @RequestParam(defaultValue = "") String batch,
            @RequestParam(defaultValue = "false") boolean confirmOther,
            @RequestParam(defaultValue = "false") boolean confirmExpiryChecked,
            @RequestParam(defaultValue = "false") boolean confirmOutsideListValidity,
            RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        nl.ddjgz.batch.BatchField.Reading reading = batchField.read(batch);
        String error;
        if (reading.refusal() != null) {
            error = messages.getMessage(reading.refusalKey(), null, locale);
        } else {
            try {
                nl.ddjgz.massvaccination.DeskSetting setting = sessionSetup.switchLot(
                        id,
                        desk(balie),
                        new SessionSetup.LotSwitch(
                                vaccineType,
                                reading.batchNumber(),
                                reading.packExpiry(),
                                confirmOther,
                                confirmExpiryChecked,
                                confirmOutsideListValidity));
                nl.ddjgz.massvaccination.DeskSetting.Lot lot =
                        setting.switchedLot().orElseThrow();
                redirect.addFlashAttribute(
                        "lotSwitched",
                        messages.getMessage(
                                "mass.lot.switched",
                                new Object[] {sessionSetup.vaccineName(lot.vaccineType()), lot.batchNumber()},
                                locale));
                return toDesk(id, balie);
            } catch (SessionRefusedException e) {
                error = refusal(e);
            }
        }
        redirect.addFlashAttribute("lotError", error);
        redirect.addFlashAttribute("lotType", vaccineType);
        return "redirect:/massvaccination/" + id + "/desk?balie=" + desk(balie) + "#lot-form";
    }

    /** The vaccinator who works at this desk from now on (and the injection site, where known). */
    @PostMapping("/massvaccination/{id}/desk/vaccinator")
    String setVaccinator(
            @PathVariable UUID id,
            @RequestParam String balie,
            @RequestParam(defaultValue = "") String vaccinator,
            @RequestParam(required = false) nl.ddjgz.vaccination.InjectionSite injectionSite,
            RedirectAttributes redirect) {
        return atDesk(
                id,
                balie,
                redirect,
                "vaccinatorError",
                () -> sessionSetup.setVaccinator(id, desk(balie), vaccinator, injectionSite));
    }

    /**
     * A child without BSN at the desk (Praeventis organisations): name, birth date and sex; a dossier without BSN is
     * opened and the child registered in the session, for the RIVM form.
     */
    @PostMapping("/massvaccination/{id}/desk/no-bsn")
    String registerWithoutBsn(
            @PathVariable UUID id,
            @RequestParam String balie,
            @RequestParam UUID scanId,
            @RequestParam(defaultValue = "") String familyName,
            @RequestParam(defaultValue = "") String givenNames,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate birthDate,
            @RequestParam(required = false) nl.ddjgz.dossier.Gender gender,
            RedirectAttributes redirect) {
        return atDesk(id, balie, redirect, "noBsnError", () -> {
            ScanAnswer answer = scanDesk.registerWithoutBsn(
                    id, scanId, desk(balie), new ScanDesk.ChildWithoutBsn(familyName, givenNames, birthDate, gender));
            redirect.addFlashAttribute("answer", view(scanId, answer, null, id, desk(balie)));
        });
    }

    /** Manual entry: find the child by family name and birth date. */
    @PostMapping("/massvaccination/{id}/desk/search")
    String search(
            @PathVariable UUID id,
            @RequestParam String balie,
            @RequestParam(defaultValue = "") String familyName,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate birthDate,
            HttpSession login,
            Model model) {
        desk(id, balie, login, model);
        if (familyName.isBlank() || birthDate == null) {
            model.addAttribute("searchError", "mass.desk.search.required");
        } else {
            model.addAttribute("found", scanDesk.findChildren(familyName, birthDate));
        }
        return "massvaccination/desk";
    }

    /** Manual entry: the child picked from the search results, as if the card was scanned. */
    @PostMapping("/massvaccination/{id}/desk/pick")
    String pick(
            @PathVariable UUID id,
            @RequestParam String balie,
            @RequestParam UUID scanId,
            @RequestParam UUID dossierId,
            RedirectAttributes redirect) {
        ScanAnswer answer = scanDesk.scanDossier(id, scanId, desk(balie), dossierId);
        redirect.addFlashAttribute("answer", view(scanId, answer, null, id, desk(balie)));
        return toDesk(id, balie);
    }

    @GetMapping(value = "/massvaccination/{id}/totals", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Object totals(@PathVariable UUID id) {
        return scanDesk.totals(id);
    }

    private ScanView view(UUID scanId, ScanAnswer answer, UUID sessionIdForTotals, UUID sessionId, String desk) {
        return viewWithTotals(
                scanId,
                answer,
                sessionIdForTotals == null ? null : scanDesk.totals(sessionIdForTotals),
                sessionId,
                desk);
    }

    private ScanView viewWithTotals(UUID scanId, ScanAnswer answer, Object totals, UUID sessionId, String desk) {
        if (answer == null) {
            return new ScanView(scanId, "NONE", "", false, totals, List.of());
        }
        return new ScanView(
                scanId,
                answer.outcome().colour().name(),
                text(answer),
                answer.stored(),
                totals,
                actions(answer, sessionId, desk));
    }

    /**
     * What the desk offers next to an answer: open the dossier and register (an expected child without a dossier), the
     * follow-up page and the RIVM card (an unknown child), the status query (a child with a dossier whose answer is
     * orange, at an organisation that reports to Praeventis).
     */
    private List<DeskAction> actions(ScanAnswer a, UUID sessionId, String desk) {
        Locale locale = LocaleContextHolder.getLocale();
        String base = "/massvaccination/" + sessionId;
        boolean praeventis = sessionSetup.identifierKind() == IdentifierKind.BSN;
        List<DeskAction> actions = new ArrayList<>();
        switch (a.outcome()) {
            case EXPECTED_NO_DOSSIER ->
                actions.add(DeskAction.post(
                        "open-dossier",
                        messages.getMessage("mass.desk.action.openAndRegister", null, locale),
                        base + "/desk/open-dossier",
                        Map.of(
                                "balie", desk,
                                "scanId", a.scanId().toString(),
                                "newScanId", UUID.randomUUID().toString())));
            case NO_DOSSIER -> {
                actions.add(DeskAction.get(
                        "unknown",
                        messages.getMessage("mass.desk.action.unknown", null, locale),
                        base + "/unknown/" + a.scanId()));
                if (praeventis) {
                    actions.add(DeskAction.get(
                            "rivm-card",
                            messages.getMessage("mass.desk.action.card", null, locale),
                            base + "/unknown/" + a.scanId() + "/card"));
                }
            }
            default -> {
                if (a.dossierId() != null && praeventis && a.outcome().colour() != ScanOutcome.Colour.GREEN) {
                    actions.add(DeskAction.post(
                            "status",
                            messages.getMessage("mass.desk.action.status", null, locale),
                            "/dossiers/" + a.dossierId() + "/praeventis-status",
                            Map.of()));
                }
            }
        }
        return actions;
    }

    private String text(ScanAnswer a) {
        Object[] args = {
            a.childName() == null ? "" : a.childName(),
            a.birthDate() == null ? "" : DATE.format(a.birthDate()),
            // {2}: the time of the first scan (a duplicate), or the day that goes with a dose-aware reason
            a.earlierAt() != null
                    ? TIME.format(a.earlierAt().atZone(zone))
                    : a.reasonDate() == null ? "" : DATE.format(a.reasonDate()),
            a.earlierDesk() == null ? "" : a.earlierDesk(),
            a.vaccineDetail() == null ? "" : a.vaccineDetail(),
            a.dose() == 0 ? "" : String.valueOf(a.dose())
        };
        String key = "mass.scan." + a.outcome().name();
        if (a.outcome() == ScanOutcome.NO_DOSSIER && sessionSetup.identifierKind() == IdentifierKind.INSZ) {
            key += ".insz"; // a Belgian register has no RIVM form: the child needs a dossier with its INSZ
        } else if (a.outcome() == ScanOutcome.EXPECTED && a.dose() > 0) {
            key += ".dose"; // which dose of the session's vaccine the child is due for
        } else if ((a.outcome() == ScanOutcome.DOSE_TOO_EARLY
                        || a.outcome() == ScanOutcome.DOSE_AGE_OUTSIDE
                        || a.outcome() == ScanOutcome.ALREADY_HAS_VACCINE)
                && a.reasonDate() == null) {
            key += ".undated"; // the reason has no day to tell (not in the child's programme at all, for instance)
        }
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /**
     * Whose scans the desk's script keeps in the browser: a random id of this login (kept in the HTTP session, so a
     * new login, of the same person or another, gets a new one). It names nobody; the script stores unsent scans
     * under it and never sends scans stored under another.
     */
    private static String scanOwner(HttpSession login) {
        Object owner = login.getAttribute(SCAN_OWNER);
        if (owner instanceof String id) {
            return id;
        }
        String id = UUID.randomUUID().toString();
        login.setAttribute(SCAN_OWNER, id);
        return id;
    }

    /** Does a desk action and goes back to the desk; a refusal goes with it as the message under this flash name. */
    private String atDesk(UUID id, String balie, RedirectAttributes redirect, String errorName, Runnable action) {
        try {
            action.run();
        } catch (SessionRefusedException e) {
            redirect.addFlashAttribute(errorName, refusal(e));
        }
        return toDesk(id, balie);
    }

    /** A refusal of the session's rules in the user's language. */
    private String refusal(SessionRefusedException e) {
        return messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale());
    }

    /** Back to this desk's page. */
    private static String toDesk(UUID id, String balie) {
        return "redirect:/massvaccination/" + id + "/desk?balie=" + desk(balie);
    }

    private static final String SCAN_OWNER = DeskController.class.getName() + ".scanOwner";

    private static String desk(String balie) {
        String desk = balie == null ? "" : balie.strip();
        return desk.matches("[A-Za-z0-9 -]{1,20}") ? desk : "1";
    }

    /** The answer the desk's script shows, with what the desk offers next. */
    record ScanView(UUID scanId, String colour, String text, boolean stored, Object totals, List<DeskAction> actions)
            implements java.io.Serializable {}

    /**
     * A link or a button next to an answer.
     *
     * @param method "get" (a link) or "post" (a form with these fields and the CSRF token)
     */
    record DeskAction(String id, String label, String method, String href, Map<String, String> fields)
            implements java.io.Serializable {

        static DeskAction get(String id, String label, String href) {
            return new DeskAction(id, label, "get", href, Map.of());
        }

        static DeskAction post(String id, String label, String href, Map<String, String> fields) {
            return new DeskAction(id, label, "post", href, new java.util.TreeMap<>(fields));
        }
    }

    /** A scan in the desk's list. */
    record RecentScan(UUID id, String colour, String text) {}
}
