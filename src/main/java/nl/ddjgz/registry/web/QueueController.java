package nl.ddjgz.registry.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.audit.DossierRef;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.registry.MessageState;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.RegisterChoice;
import nl.ddjgz.shared.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The queue page: counts per state, the oldest waiting message and the approval-to-acknowledgement times (refreshed
 * live while the queue drains), what waits to be sent (per location or "mine", each linking to its correction),
 * and what needs a person: refused by the register (with its text) or stuck (the administrator retries).
 */
@Controller
class QueueController {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Outbox outbox;
    private final OrganisationSettings organisation;
    private final AuditTrail audit;
    private final Clock clock;
    private final RegisterChoice registers;

    QueueController(
            Outbox outbox, OrganisationSettings organisation, AuditTrail audit, Clock clock, RegisterChoice registers) {
        this.outbox = outbox;
        this.registers = registers;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/queue")
    String queue(
            @RequestParam(required = false) Long locationId,
            @RequestParam(defaultValue = "false") boolean mine,
            Authentication authentication,
            Model model) {
        // an administrator without a professional or assistant role sees counts and what to retry, no child's data
        boolean childData = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_JGZ_PROFESSIONAL") || a.equals("ROLE_JGZ_ASSISTANT"));
        model.addAttribute("childData", childData);
        model.addAttribute("overview", outbox.overview());
        model.addAttribute("states", MessageState.values());
        java.util.List<Outbox.Waiting> waiting =
                childData ? outbox.waiting(locationId, mine ? Actor.name() : null) : java.util.List.of();
        java.util.List<Outbox.Waiting> attention = outbox.needingAttention();
        if (childData) {
            // the names on the page: one audit line per child, in one batch
            audit.recordShown(
                    AuditAction.DOSSIER_READ,
                    java.util.stream.Stream.concat(waiting.stream(), attention.stream())
                            .map(w -> new DossierRef(
                                    w.registration().dossierId(),
                                    w.registration().dossierNumber()))
                            .toList(),
                    "queue page");
        }
        model.addAttribute("waiting", waiting);
        model.addAttribute("registers", registers);
        model.addAttribute("attention", attention);
        model.addAttribute("locations", organisation.locations());
        model.addAttribute("locationId", locationId);
        model.addAttribute("mine", mine);
        model.addAttribute("zone", ZONE);
        // a queued message due later than now waits for its send window ("wordt verzonden om HH:mm")
        model.addAttribute("now", clock.instant());
        return "registry/queue";
    }

    /** htmx: the counts, refreshed every few seconds while the page is open. */
    @GetMapping("/queue/overview")
    String overview(Model model) {
        model.addAttribute("overview", outbox.overview());
        model.addAttribute("states", MessageState.values());
        model.addAttribute("zone", ZONE);
        return "registry/queue :: overview";
    }

    @PostMapping("/queue/{id}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        outbox.retry(id);
        redirect.addFlashAttribute("flash", "queue.retried");
        return "redirect:/queue";
    }
}
