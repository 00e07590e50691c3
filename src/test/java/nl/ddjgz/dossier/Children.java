package nl.ddjgz.dossier;

import java.time.LocalDate;
import java.util.UUID;
import nl.ddjgz.schedule.DktpSchedule;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Bsns;
import nl.ddjgz.shared.Inszs;

/** Test data for children ("object mother"): valid unless a test changes one thing. */
public final class Children {

    private Children() {}

    /** A dossier as it would be opened (not stored), for tests that need one without a database. */
    public static ChildDossier dossier(ChildData data) {
        return ChildDossier.open(data, java.time.Clock.systemDefaultZone());
    }

    /** A child born on the date, with a fresh random BSN, consent given by a parent. */
    public static ChildData born(LocalDate birthDate) {
        return new ChildData(
                Bsns.random(),
                "Emma Sophie",
                "de",
                "Vries-" + UUID.randomUUID().toString().substring(0, 8),
                birthDate,
                Gender.F,
                new Address("Kerkstraat", 12, "a", "3511 AB", "Utrecht"),
                DktpSchedule.STANDARD,
                false,
                new Consent(
                        true, ConsentSource.PARENT_WITH_AUTHORITY.code(), birthDate, ConsentWay.WRITTEN.code(), null));
    }

    /** A Belgian child born on the date: a fresh random INSZ and no BSN. */
    public static ChildData belgian(LocalDate birthDate) {
        return withBsn(born(birthDate), null).withInsz(Inszs.random());
    }

    public static ChildData withBsn(ChildData c, Bsn bsn) {
        return new ChildData(
                bsn,
                c.insz(),
                c.givenNames(),
                c.namePrefix(),
                c.familyName(),
                c.birthDate(),
                c.gender(),
                c.address(),
                c.dktpSchedule(),
                c.motherHbsagPositive(),
                c.consent());
    }

    public static ChildData withBirthDate(ChildData c, LocalDate birthDate) {
        return new ChildData(
                c.bsn(),
                c.insz(),
                c.givenNames(),
                c.namePrefix(),
                c.familyName(),
                birthDate,
                c.gender(),
                c.address(),
                c.dktpSchedule(),
                c.motherHbsagPositive(),
                c.consent());
    }

    public static ChildData withAddress(ChildData c, Address address) {
        return new ChildData(
                c.bsn(),
                c.insz(),
                c.givenNames(),
                c.namePrefix(),
                c.familyName(),
                c.birthDate(),
                c.gender(),
                address,
                c.dktpSchedule(),
                c.motherHbsagPositive(),
                c.consent());
    }

    public static ChildData withConsent(ChildData c, Consent consent) {
        return new ChildData(
                c.bsn(),
                c.insz(),
                c.givenNames(),
                c.namePrefix(),
                c.familyName(),
                c.birthDate(),
                c.gender(),
                c.address(),
                c.dktpSchedule(),
                c.motherHbsagPositive(),
                consent);
    }

    public static ChildData withFamilyName(ChildData c, String familyName) {
        return new ChildData(
                c.bsn(),
                c.insz(),
                c.givenNames(),
                c.namePrefix(),
                familyName,
                c.birthDate(),
                c.gender(),
                c.address(),
                c.dktpSchedule(),
                c.motherHbsagPositive(),
                c.consent());
    }

    public static ChildData withGivenNames(ChildData c, String givenNames) {
        return new ChildData(
                c.bsn(),
                c.insz(),
                givenNames,
                c.namePrefix(),
                c.familyName(),
                c.birthDate(),
                c.gender(),
                c.address(),
                c.dktpSchedule(),
                c.motherHbsagPositive(),
                c.consent());
    }

    /** The same child with this DKTP schedule chosen by the youth doctor (null: not chosen yet). */
    public static ChildData withDktpSchedule(ChildData c, DktpSchedule dktpSchedule) {
        return new ChildData(
                c.bsn(),
                c.insz(),
                c.givenNames(),
                c.namePrefix(),
                c.familyName(),
                c.birthDate(),
                c.gender(),
                c.address(),
                dktpSchedule,
                c.motherHbsagPositive(),
                c.consent());
    }
}
