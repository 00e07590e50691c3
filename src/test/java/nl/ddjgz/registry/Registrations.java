package nl.ddjgz.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.shared.Bsns;
import nl.ddjgz.shared.Inszs;

/** Test registrations ("object mother"): a valid registration of one DKTP-Hib-HepB vaccination, with BSN. */
public final class Registrations {

    /** The OID arc of our Praeventis message ids (the simulator records ids as root^extension). */
    public static final String PRAEVENTIS_MESSAGE_ROOT = "2.16.840.1.113883.2.4.3.8.1000.3";

    private Registrations() {}

    public static OutgoingRegistration withBsn() {
        return withBsn(Bsns.random().value());
    }

    public static OutgoingRegistration withBsn(String bsn) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        return new OutgoingRegistration(
                UUID.randomUUID(),
                UUID.randomUUID(),
                100_000 + (long) (Math.random() * 900_000),
                Disclosure.IDENTIFIED,
                new OutgoingRegistration.Child(
                        bsn,
                        null,
                        "Emma",
                        "de",
                        "Vries",
                        today.minusMonths(3),
                        "F",
                        "Kerkstraat",
                        1,
                        null,
                        "3511 AB",
                        "Utrecht",
                        "01"),
                new OutgoingRegistration.Organisation(
                        "JGZ Test", "12345678", null, "Utrecht", "90000123", "71018474", "ddjgz_vaccinatie_jgztest"),
                new OutgoingRegistration.ContactMoment("37", today, null, "Consultatiebureau Test"),
                List.of(new OutgoingRegistration.Item("11", "11", "DKTP-Hib-Hepatitis B", today, "VX241A", null)),
                new OutgoingRegistration.Professional("arts", "Anna Arts", null));
    }

    /** Breaks the message rules: a batch number together with an objection. */
    public static OutgoingRegistration objectionWithBatch() {
        OutgoingRegistration valid = withBsn();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        return new OutgoingRegistration(
                valid.contactMomentId(),
                valid.dossierId(),
                valid.dossierNumber(),
                valid.disclosure(),
                valid.child(),
                valid.organisation(),
                valid.contactMoment(),
                List.of(new OutgoingRegistration.Item("11", "11", "DKTP-Hib-Hepatitis B", today, "VX241A", "2")),
                valid.approvedBy());
    }

    /** A valid NIHII (RIZIV number) of a doctor, for the approving professional of Belgian registrations. */
    public static final String NIHII = "12345625003";

    /**
     * A registration for a Belgian register: a child with an INSZ and no BSN, approved by a professional with a
     * NIHII, one DKTP-Hib-HepB vaccination (type 11, a CNK code in the shipped codes table) with lot "VX241A".
     */
    public static OutgoingRegistration belgian() {
        return belgian(Inszs.random().value(), NIHII);
    }

    public static OutgoingRegistration belgian(String insz, String nihii) {
        OutgoingRegistration dutch = withBsn();
        OutgoingRegistration.Child child = dutch.child();
        return new OutgoingRegistration(
                dutch.contactMomentId(),
                dutch.dossierId(),
                dutch.dossierNumber(),
                Disclosure.IDENTIFIED,
                new OutgoingRegistration.Child(
                        null,
                        insz,
                        child.givenNames(),
                        child.namePrefix(),
                        child.familyName(),
                        child.birthDate(),
                        child.gender(),
                        child.street(),
                        child.houseNumber(),
                        child.houseNumberSuffix(),
                        child.postcode(),
                        child.city(),
                        child.dktpScheduleCode()),
                new OutgoingRegistration.Organisation(
                        "Kind en Gezin Test", null, null, "Gent", null, "71012345", "ddjgz_vaccinatie_kgtest"),
                dutch.contactMoment(),
                dutch.items(),
                new OutgoingRegistration.Professional("arts", "Anna Arts", nihii));
    }
}
