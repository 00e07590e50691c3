package nl.ddjgz.praeventis;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.shared.Bsns;

/** Test registrations ("object mother"): a valid registration of one DKTP-Hib-HepB vaccination, with BSN. */
final class Registrations {

    private Registrations() {}

    static OutgoingRegistration withBsn() {
        return withBsn(Bsns.random().value());
    }

    static OutgoingRegistration withBsn(String bsn) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        return new OutgoingRegistration(
                UUID.randomUUID(),
                UUID.randomUUID(),
                100_000 + (long) (Math.random() * 900_000),
                MessageKind.WITH_BSN,
                new OutgoingRegistration.Child(
                        bsn,
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
                new OutgoingRegistration.Organisation("JGZ Test", "12345678", null, "Utrecht", "90000123"),
                new OutgoingRegistration.ContactMoment("37", today, null, "Consultatiebureau Test"),
                List.of(new OutgoingRegistration.Item("11", "11", "DKTP-Hib-Hepatitis B", today, "VX241A", null)));
    }

    /** Breaks the message rules: a batch number together with an objection. */
    static OutgoingRegistration objectionWithBatch() {
        OutgoingRegistration valid = withBsn();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        return new OutgoingRegistration(
                valid.contactMomentId(),
                valid.dossierId(),
                valid.dossierNumber(),
                valid.kind(),
                valid.child(),
                valid.organisation(),
                valid.contactMoment(),
                List.of(new OutgoingRegistration.Item("11", "11", "DKTP-Hib-Hepatitis B", today, "VX241A", "2")));
    }
}
