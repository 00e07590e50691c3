package nl.ddjgz.dossier;

import java.time.LocalDate;
import nl.ddjgz.schedule.DktpSchedule;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;

/**
 * What a user enters about a child, as the domain receives it (already parsed; checked by the dossier). A child may
 * have a BSN, an INSZ (Belgian rijksregisternummer), both or neither.
 */
public record ChildData(
        Bsn bsn,
        Insz insz,
        String givenNames,
        String namePrefix,
        String familyName,
        LocalDate birthDate,
        Gender gender,
        Address address,
        DktpSchedule dktpSchedule,
        boolean motherHbsagPositive,
        Consent consent) {

    /** The same data with this INSZ (or none). */
    public ChildData withInsz(Insz insz) {
        return new ChildData(
                bsn,
                insz,
                givenNames,
                namePrefix,
                familyName,
                birthDate,
                gender,
                address,
                dktpSchedule,
                motherHbsagPositive,
                consent);
    }
}
