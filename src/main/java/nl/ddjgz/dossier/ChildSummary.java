package nl.ddjgz.dossier;

import java.time.LocalDate;
import java.util.UUID;
import nl.ddjgz.audit.DossierRef;
import nl.ddjgz.schedule.DktpSchedule;

/**
 * What a scanning desk needs of a child's dossier: who it is (id, number, name, birth date) and what the schedule's
 * dose rules depend on. Read in one plain query, without the dossier entity, by {@link Dossiers#findSummaryByBsn}.
 */
public record ChildSummary(
        UUID id,
        long number,
        String givenNames,
        String namePrefix,
        String familyName,
        LocalDate birthDate,
        DktpSchedule dktpSchedule,
        boolean motherHbsagPositive) {

    /** The summary of a dossier already loaded. */
    public static ChildSummary of(ChildDossier dossier) {
        return new ChildSummary(
                dossier.getId(),
                dossier.getDossierNumber() == null ? 0 : dossier.getDossierNumber(),
                dossier.getGivenNames(),
                dossier.getNamePrefix(),
                dossier.getFamilyName(),
                dossier.getBirthDate(),
                dossier.getDktpSchedule(),
                dossier.isMotherHbsagPositive());
    }

    /** As {@link ChildDossier#fullName()}. */
    public String fullName() {
        return givenNames + " " + (namePrefix == null ? "" : namePrefix + " ") + familyName;
    }

    public DossierRef ref() {
        return new DossierRef(id, number);
    }
}
