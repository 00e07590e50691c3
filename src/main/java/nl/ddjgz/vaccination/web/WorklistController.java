package nl.ddjgz.vaccination.web;

import java.time.LocalDate;
import java.util.List;
import nl.ddjgz.organisation.Location;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.vaccination.Worklist;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A day's worklist per location, for the start and the end of the professional's day; printable (the print
 * stylesheet leaves out the menu and the filter).
 */
@Controller
class WorklistController {

    private final Worklist worklist;
    private final OrganisationSettings organisation;
    private final VaccinationSchedule schedule;

    WorklistController(Worklist worklist, OrganisationSettings organisation, VaccinationSchedule schedule) {
        this.worklist = worklist;
        this.organisation = organisation;
        this.schedule = schedule;
    }

    /**
     * The list of a day at a location: today and the user's last location (or the first active one) unless chosen.
     */
    @GetMapping("/worklist")
    String show(
            @RequestParam(required = false) Long location,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        LocalDate day = date == null ? schedule.today() : date;
        List<Location> active = organisation.activeLocations();
        Long chosen = location != null
                ? Long.valueOf(organisation.location(location).getId())
                : worklist.lastLocationOf(Actor.name())
                        .filter(id -> active.stream().anyMatch(l -> l.getId().equals(id)))
                        .orElse(active.isEmpty() ? null : active.get(0).getId());
        model.addAttribute("date", day);
        model.addAttribute("locations", organisation.locations());
        model.addAttribute("locationId", chosen);
        model.addAttribute("stages", Worklist.Stage.values());
        if (chosen != null) {
            model.addAttribute("location", organisation.location(chosen));
            model.addAttribute("day", worklist.of(chosen, day));
        }
        return "vaccination/worklist";
    }
}
