package nl.ddjgz.vaccination;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.DossierSection;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.registry.MessageState;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.schedule.ContactActivity;
import nl.ddjgz.schedule.GivenVaccination;
import nl.ddjgz.schedule.SchedulePlan;
import nl.ddjgz.schedule.VaccinationSchedule;
import org.springframework.stereotype.Component;

/**
 * The vaccination part of the dossier page: what is due today (schedule minus history), starting a contact moment,
 * the vaccination history with the state of each message, objections to the programme and correction requests.
 */
@Component
class VaccinationDossierSection implements DossierSection {

    private static final int UPCOMING_SHOWN = 4;

    private final VaccinationHistory vaccinations;
    private final EarlierVaccinations earlierVaccinations;
    private final VaccinationSchedule schedule;
    private final OrganisationSettings organisation;
    private final Outbox outbox;
    private final PlannedContactMoments planned;

    VaccinationDossierSection(
            VaccinationHistory vaccinations,
            EarlierVaccinations earlierVaccinations,
            VaccinationSchedule schedule,
            OrganisationSettings organisation,
            Outbox outbox,
            PlannedContactMoments planned) {
        this.planned = planned;
        this.vaccinations = vaccinations;
        this.earlierVaccinations = earlierVaccinations;
        this.schedule = schedule;
        this.organisation = organisation;
        this.outbox = outbox;
    }

    @Override
    public String fragment() {
        return "vaccination/dossier-section :: section";
    }

    @Override
    public Map<String, Object> model(ChildDossier dossier) {
        LocalDate today = schedule.today();
        List<GivenVaccination> given = vaccinations.given(dossier.getId());
        SchedulePlan plan = schedule.planFor(dossier.facts(), today, given);
        List<ContactMoment> history = vaccinations.ofDossier(dossier.getId());
        Map<UUID, MessageState> messageStates =
                outbox.statesOf(history.stream().map(ContactMoment::getId).toList());
        Map<String, Object> model = new HashMap<>();
        model.put("due", plan.proposed());
        model.put("upcoming", plan.upcoming().stream().limit(UPCOMING_SHOWN).toList());
        model.put("notProposed", plan.notProposed());
        model.put("activity", schedule.defaultActivity(dossier.getBirthDate(), today));
        model.put("activities", ContactActivity.values());
        model.put("locations", organisation.activeLocations());
        Map<Long, String> locationNames = new HashMap<>();
        organisation.locations().forEach(l -> locationNames.put(l.getId(), l.getName()));
        model.put("locationNames", locationNames);
        model.put("contactMoments", history);
        model.put("planned", planned.upcoming(dossier.getId()));
        model.put("earlier", earlierVaccinations.of(dossier.getId()));
        model.put("messageStates", messageStates);
        model.put("programmeObjections", vaccinations.programmeObjections(dossier.getId()));
        model.put("correctionRequests", vaccinations.correctionRequests(dossier.getId()));
        model.put("vaccineNames", vaccineNames());
        model.put("zone", schedule.zone());
        return model;
    }

    private Map<String, String> vaccineNames() {
        Map<String, String> names = new HashMap<>();
        schedule.vaccineTypes().forEach(t -> names.put(t.getCode(), t.getName()));
        return names;
    }
}
