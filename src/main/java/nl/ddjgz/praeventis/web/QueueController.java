package nl.ddjgz.praeventis.web;

import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.praeventis.Outbox;
import nl.ddjgz.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The queue page: what waits to be sent to Praeventis, per location or "mine"; each line links to its correction. */
@Controller
class QueueController {

    private final Outbox outbox;
    private final OrganisationSettings organisation;

    QueueController(Outbox outbox, OrganisationSettings organisation) {
        this.outbox = outbox;
        this.organisation = organisation;
    }

    @GetMapping("/queue")
    String queue(
            @RequestParam(required = false) Long locationId,
            @RequestParam(defaultValue = "false") boolean mine,
            Model model) {
        model.addAttribute("waiting", outbox.waiting(locationId, mine ? Actor.name() : null));
        model.addAttribute("locations", organisation.locations());
        model.addAttribute("locationId", locationId);
        model.addAttribute("mine", mine);
        model.addAttribute("zone", java.time.ZoneId.of("Europe/Amsterdam"));
        return "praeventis/queue";
    }
}
