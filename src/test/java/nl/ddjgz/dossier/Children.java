package nl.ddjgz.dossier;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import nl.ddjgz.schedule.DktpSchedule;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Bsns;
import nl.ddjgz.shared.Insz;
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
                null,
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
        return changed(c, d -> d.bsn = bsn);
    }

    public static ChildData withBirthDate(ChildData c, LocalDate birthDate) {
        return changed(c, d -> d.birthDate = birthDate);
    }

    public static ChildData withAddress(ChildData c, Address address) {
        return changed(c, d -> d.address = address);
    }

    public static ChildData withConsent(ChildData c, Consent consent) {
        return changed(c, d -> d.consent = consent);
    }

    public static ChildData withFamilyName(ChildData c, String familyName) {
        return changed(c, d -> d.familyName = familyName);
    }

    public static ChildData withGivenNames(ChildData c, String givenNames) {
        return changed(c, d -> d.givenNames = givenNames);
    }

    /** The same child with this DKTP schedule chosen by the youth doctor (null: not chosen yet). */
    public static ChildData withDktpSchedule(ChildData c, DktpSchedule dktpSchedule) {
        return changed(c, d -> d.dktpSchedule = dktpSchedule);
    }

    /** The same child with one thing changed. */
    private static ChildData changed(ChildData c, Consumer<Draft> change) {
        Draft draft = new Draft(c);
        change.accept(draft);
        return draft.data();
    }

    /** A child's data while a test changes one thing of it. */
    private static final class Draft {
        Bsn bsn;
        Insz insz;
        String givenNames;
        String namePrefix;
        String familyName;
        LocalDate birthDate;
        Gender gender;
        Address address;
        DktpSchedule dktpSchedule;
        boolean motherHbsagPositive;
        Consent consent;

        Draft(ChildData c) {
            bsn = c.bsn();
            insz = c.insz();
            givenNames = c.givenNames();
            namePrefix = c.namePrefix();
            familyName = c.familyName();
            birthDate = c.birthDate();
            gender = c.gender();
            address = c.address();
            dktpSchedule = c.dktpSchedule();
            motherHbsagPositive = c.motherHbsagPositive();
            consent = c.consent();
        }

        ChildData data() {
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
}
