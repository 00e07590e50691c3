package nl.ddjgz.massvaccination;

import java.util.Map;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.DossierSection;
import nl.ddjgz.schedule.VaccinationSchedule;
import org.springframework.stereotype.Component;

/**
 * The mass vaccination part of the dossier page: every time the child was taken out of a session, with the reason,
 * who and when, and who put it back (shown only when there is something to show).
 */
@Component
class MassVaccinationDossierSection implements DossierSection {

    private final Removals removals;
    private final VaccinationSchedule schedule;

    MassVaccinationDossierSection(Removals removals, VaccinationSchedule schedule) {
        this.removals = removals;
        this.schedule = schedule;
    }

    @Override
    public String fragment() {
        return "massvaccination/dossier-section :: section";
    }

    @Override
    public Map<String, Object> model(ChildDossier dossier) {
        return Map.of("massRemovals", removals.ofDossier(dossier.getId()), "massZone", schedule.zone());
    }

    @Override
    public int order() {
        return 10;
    }
}
