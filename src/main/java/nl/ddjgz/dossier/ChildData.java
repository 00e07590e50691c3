package nl.ddjgz.dossier;

import java.time.LocalDate;
import nl.ddjgz.schedule.DktpSchedule;
import nl.ddjgz.shared.Bsn;

/** What a user enters about a child, as the domain receives it (already parsed; checked by the dossier). */
public record ChildData(
        Bsn bsn,
        String givenNames,
        String namePrefix,
        String familyName,
        LocalDate birthDate,
        Gender gender,
        Address address,
        DktpSchedule dktpSchedule,
        boolean motherHbsagPositive,
        Consent consent) {}
