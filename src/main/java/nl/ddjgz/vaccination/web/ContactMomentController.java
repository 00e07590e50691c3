package nl.ddjgz.vaccination.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.batch.BatchCheck;
import nl.ddjgz.batch.BatchField;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.schedule.ContactActivity;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.shared.RefusedException;
import nl.ddjgz.vaccination.ActivityAgeMismatchException;
import nl.ddjgz.vaccination.ContactMoment;
import nl.ddjgz.vaccination.ContactMoments;
import nl.ddjgz.vaccination.Corrections;
import nl.ddjgz.vaccination.DeskApproval;
import nl.ddjgz.vaccination.ObjectionReason;
import nl.ddjgz.vaccination.ObjectionScope;
import nl.ddjgz.vaccination.VaccinationHistory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact-moment pages of the consultation desk. Every action is a plain form post followed by a redirect (the
 * page works without JavaScript); htmx only adds the batch-number type-ahead and the instant check.
 */
@Controller
class ContactMomentController {

    private final ContactMoments contactMoments;
    private final DeskApproval approval;
    private final Corrections corrections;
    private final VaccinationHistory history;
    private final Dossiers dossiers;
    private final BatchNumbers batchNumbers;
    private final VaccinationSchedule schedule;
    private final OrganisationSettings organisation;
    private final Outbox outbox;
    private final BatchField batchField;

    ContactMomentController(
            ContactMoments contactMoments,
            DeskApproval approval,
            Corrections corrections,
            VaccinationHistory history,
            Dossiers dossiers,
            BatchNumbers batchNumbers,
            VaccinationSchedule schedule,
            OrganisationSettings organisation,
            Outbox outbox,
            BatchField batchField) {
        this.contactMoments = contactMoments;
        this.approval = approval;
        this.corrections = corrections;
        this.history = history;
        this.dossiers = dossiers;
        this.batchNumbers = batchNumbers;
        this.schedule = schedule;
        this.organisation = organisation;
        this.outbox = outbox;
        this.batchField = batchField;
    }

    @PostMapping("/dossiers/{dossierId}/contactmoments")
    String start(
            @PathVariable UUID dossierId,
            @Valid Forms.StartForm startForm,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute(
                    "startError", new LineMessage(null, "contactMoment.start.invalid", new Object[0], true, null));
            return "redirect:/dossiers/" + dossierId;
        }
        try {
            ContactMoment moment = contactMoments.start(
                    dossierId,
                    startForm.activity(),
                    startForm.date(),
                    startForm.locationId(),
                    startForm.ageConfirmed());
            return "redirect:/contactmoments/" + moment.getId();
        } catch (ActivityAgeMismatchException e) {
            // nothing started: the dossier asks the professional to confirm the activity (or choose the fitting one)
            redirect.addFlashAttribute(
                    "ageWarning",
                    new AgeWarning(
                            e.chosen(),
                            e.fitting(),
                            e.ageValue(),
                            e.ageInYears(),
                            startForm.date(),
                            startForm.locationId()));
            return "redirect:/dossiers/" + dossierId;
        } catch (RefusedException e) {
            redirect.addFlashAttribute("startError", new LineMessage(null, e.messageKey(), e.args(), true, null));
            return "redirect:/dossiers/" + dossierId;
        }
    }

    @GetMapping("/contactmoments/{id}")
    String show(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean allTypes,
            Model model) {
        ContactMoment moment = contactMoments.get(id);
        ChildDossier dossier = dossiers.read(moment.getDossierId());
        model.addAttribute("moment", moment);
        model.addAttribute("zone", schedule.zone());
        model.addAttribute(
                "firstPendingLineId",
                moment.getLines().stream()
                        .filter(l -> l.getOutcome() == nl.ddjgz.vaccination.LineOutcome.PENDING)
                        .map(l -> l.getId())
                        .findFirst()
                        .orElse(null));
        model.addAttribute("dossier", dossier);
        if (moment.isDraft()) {
            // why each line is proposed, and what is not, on the contact moment's date
            model.addAttribute(
                    "plan", schedule.planFor(dossier.facts(), moment.getMomentDate(), history.given(dossier.getId())));
        }
        model.addAttribute("freshness", batchNumbers.freshness());
        model.addAttribute("messageState", outbox.stateOf(id).orElse(null));
        // while it waits in the queue: when it leaves ("wordt verzonden om HH:mm"), or held by its session
        model.addAttribute("departure", outbox.departure(id).orElse(null));
        // accepted by a register that lets the sender take it back (Vaccinnet RegistratieService, Vaccicard)
        model.addAttribute("canRetract", outbox.canRetract(id));
        model.addAttribute("programmeObjections", history.programmeObjections(dossier.getId()));
        model.addAttribute("vaccineNames", vaccineNames());
        // types no longer used (MenC, the old DKTP codes) only when the user asks for all
        model.addAttribute(
                "vaccineTypes",
                schedule.vaccineTypes().stream()
                        .filter(t -> allTypes || t.isActive())
                        .toList());
        model.addAttribute("allTypes", allTypes);
        model.addAttribute(
                "location", moment.getLocationId() == null ? null : organisation.location(moment.getLocationId()));
        model.addAttribute("consentInForce", dossier.getConsent().isInForceOn(moment.getMomentDate()));
        model.addAttribute("objectionReasons", ObjectionReason.values());
        model.addAttribute("objectionScopes", ObjectionScope.values());
        model.addAttribute(
                "correctionRequests",
                history.correctionRequests(dossier.getId()).stream()
                        .filter(r -> r.getContactMomentId().equals(id))
                        .toList());
        return "vaccination/contact-moment";
    }

    @GetMapping("/contactmoments/{id}/review")
    String review(@PathVariable UUID id, Model model) {
        show(id, false, model);
        return "vaccination/review";
    }

    @PostMapping("/contactmoments/{id}/lines")
    String addVaccineType(
            @PathVariable UUID id,
            @Valid Forms.VaccineTypeForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            attempt(redirect, null, null, () -> contactMoments.addVaccineType(id, form.vaccineType()));
        }
        return back(id);
    }

    @PostMapping("/contactmoments/{id}/lines/{lineId}/batch")
    String registerBatch(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @Valid Forms.BatchForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        BatchField.Reading reading = batchField.read(form.batchNumber());
        if (reading.refusal() != null) {
            redirect.addFlashAttribute(
                    "lineMessage", new LineMessage(lineId, reading.refusalKey(), new Object[0], true, null));
            return back(id);
        }
        ContactMoments.PackInfo pack = reading.isScan()
                ? new ContactMoments.PackInfo(reading.gtin(), reading.serial(), reading.packExpiry())
                : null;
        attempt(redirect, lineId, reading.batchNumber(), () -> {
            BatchCheck check = contactMoments.registerBatch(
                    id,
                    lineId,
                    reading.batchNumber(),
                    form.other(),
                    form.expiryChecked(),
                    form.outsideListValidityConfirmed(),
                    pack);
            LocalDate listExpiry = check.entry() == null ? null : check.entry().expiry();
            if (reading.packExpiry() != null
                    && listExpiry != null
                    && !reading.packExpiry().equals(listExpiry)) {
                redirect.addFlashAttribute(
                        "lineMessage",
                        new LineMessage(
                                lineId,
                                "batch.scan.expiryDiffers",
                                new Object[] {reading.packExpiry(), listExpiry},
                                false,
                                null));
            } else if (reading.batchUncertain()) {
                redirect.addFlashAttribute(
                        "lineMessage",
                        new LineMessage(
                                lineId, "batch.scan.uncertain", new Object[] {reading.batchNumber()}, false, null));
            }
        });
        return back(id);
    }

    /** htmx: the type-ahead suggestions and the instant check of what was typed so far. */
    @GetMapping("/contactmoments/{id}/lines/{lineId}/batches")
    String batchHelp(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            @RequestParam(defaultValue = "") String batchNumber,
            Model model) {
        ContactMoment moment = contactMoments.get(id);
        var line = moment.getLines().stream()
                .filter(l -> l.getId().equals(lineId))
                .findFirst()
                .orElseThrow();
        BatchField.Reading reading = batchField.read(batchNumber);
        String typed = reading.refusal() == null ? reading.batchNumber() : "";
        model.addAttribute("line", line);
        model.addAttribute("suggestions", batchNumbers.suggest(line.getVaccineType(), typed, moment.getMomentDate()));
        model.addAttribute("scanRefusal", reading.refusalKey());
        model.addAttribute("scanned", reading.isScan());
        model.addAttribute(
                "check",
                typed == null || typed.isBlank()
                        ? null
                        : batchNumbers.check(line.getVaccineType(), typed, moment.getMomentDate()));
        model.addAttribute("vaccineNames", vaccineNames());
        return "vaccination/contact-moment :: batch-help";
    }

    @PostMapping("/contactmoments/{id}/lines/{lineId}/objection")
    String registerObjection(
            @PathVariable UUID id, @PathVariable UUID lineId, Forms.ObjectionForm form, RedirectAttributes redirect) {
        attempt(
                redirect,
                lineId,
                null,
                () -> contactMoments.registerObjection(id, lineId, form.reason(), form.scope(), form.consulted()));
        return back(id);
    }

    @PostMapping("/contactmoments/{id}/lines/{lineId}/postponement")
    String registerPostponement(
            @PathVariable UUID id,
            @PathVariable UUID lineId,
            Forms.PostponementForm form,
            RedirectAttributes redirect) {
        attempt(redirect, lineId, null, () -> contactMoments.registerPostponement(id, lineId, form.reason()));
        return back(id);
    }

    /** Who vaccinated, apart from the professional who approves, and the injection site when known. */
    @PostMapping("/contactmoments/{id}/vaccinator")
    String recordVaccinator(
            @PathVariable UUID id,
            @Valid Forms.VaccinatorForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute(
                    "lineMessage", new LineMessage(null, "vaccination.vaccinator.tooLong", null, true, null));
            return back(id);
        }
        attempt(
                redirect,
                null,
                null,
                () -> contactMoments.recordVaccinator(id, form.vaccinator(), form.injectionSite()));
        return back(id);
    }

    @PostMapping("/contactmoments/{id}/lines/{lineId}/clear")
    String clearLine(@PathVariable UUID id, @PathVariable UUID lineId, RedirectAttributes redirect) {
        attempt(redirect, lineId, null, () -> contactMoments.clearLine(id, lineId));
        return back(id);
    }

    @PostMapping("/contactmoments/{id}/lines/{lineId}/remove")
    String removeLine(@PathVariable UUID id, @PathVariable UUID lineId, RedirectAttributes redirect) {
        attempt(redirect, null, null, () -> contactMoments.removeLine(id, lineId));
        return back(id);
    }

    @PostMapping("/contactmoments/{id}/approve")
    String approve(
            @PathVariable UUID id, @Valid Forms.ApproveForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "redirect:/contactmoments/" + id + "/review";
        }
        try {
            boolean approvedNow = approval.approve(id, form.version());
            redirect.addFlashAttribute("flash", approvedNow ? "vaccination.approved" : "vaccination.alreadyApproved");
            return back(id);
        } catch (RefusedException e) {
            redirect.addFlashAttribute("lineMessage", new LineMessage(null, e.messageKey(), e.args(), true, null));
            return "redirect:/contactmoments/" + id + "/review";
        }
    }

    @PostMapping("/contactmoments/{id}/correct")
    String correct(@PathVariable UUID id, RedirectAttributes redirect) {
        if (attempt(redirect, null, null, () -> corrections.correct(id))) {
            redirect.addFlashAttribute("flash", "vaccination.reopened");
        }
        return back(id);
    }

    @PostMapping("/contactmoments/{id}/withdraw")
    String withdraw(@PathVariable UUID id, Forms.WithdrawForm form, RedirectAttributes redirect) {
        if (attempt(redirect, null, null, () -> corrections.withdraw(id, form.reason()))) {
            redirect.addFlashAttribute("flash", "vaccination.withdrawn");
        }
        return back(id);
    }

    /**
     * "Nu verzenden": a professional sends a message that waits for its send window at once. From the queue page
     * ({@code from=queue}) back to the queue.
     */
    @PostMapping("/contactmoments/{id}/send-now")
    String sendNow(@PathVariable UUID id, @RequestParam(required = false) String from, RedirectAttributes redirect) {
        if (attempt(redirect, null, null, () -> approval.sendNow(id))) {
            redirect.addFlashAttribute("flash", "registration.sendNow.done");
        }
        return "queue".equals(from) ? "redirect:/queue" : back(id);
    }

    @PostMapping("/contactmoments/{id}/correction-request")
    String requestCorrection(
            @PathVariable UUID id,
            @Valid Forms.CorrectionRequestForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute(
                    "lineMessage", new LineMessage(null, "correctionRequest.incomplete", new Object[0], true, null));
            return back(id);
        }
        if (attempt(
                redirect,
                null,
                null,
                () -> corrections.requestCorrection(
                        id,
                        form.whatIsWrong(),
                        Boolean.TRUE.equals(form.rivmCalled()),
                        form.agreement(),
                        form.rivmContact(),
                        form.agreedOn()))) {
            redirect.addFlashAttribute("flash", "correctionRequest.saved");
        }
        return back(id);
    }

    @GetMapping("/contactmoments/{id}/rivm-form")
    String rivmForm(@PathVariable UUID id, Model model) {
        show(id, false, model);
        model.addAttribute("organisation", organisation.organisation());
        return "vaccination/rivm-form";
    }

    @PostMapping("/contactmoments/{id}/rivm-form-reported")
    String rivmFormReported(@PathVariable UUID id, RedirectAttributes redirect) {
        if (attempt(redirect, null, null, () -> approval.reportedOnRivmForm(id))) {
            redirect.addFlashAttribute("flash", "rivmForm.reported");
        }
        return back(id);
    }

    /**
     * Runs a domain action; a refusal (of the contact moment's rules, or of the register's adapter at approval: no
     * INSZ, no NIHII, unknown product) becomes a Dutch or French message on the page.
     */
    private static boolean attempt(RedirectAttributes redirect, UUID lineId, String typed, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RefusedException e) {
            redirect.addFlashAttribute("lineMessage", new LineMessage(lineId, e.messageKey(), e.args(), true, typed));
            return false;
        }
    }

    private static String back(UUID id) {
        return "redirect:/contactmoments/" + id;
    }

    private Map<String, String> vaccineNames() {
        Map<String, String> names = new HashMap<>();
        schedule.vaccineTypes().forEach(t -> names.put(t.getCode(), t.getName()));
        return names;
    }

    static ContactActivity[] activities() {
        return ContactActivity.values();
    }
}
