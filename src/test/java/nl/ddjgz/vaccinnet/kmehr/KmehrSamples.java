package nl.ddjgz.vaccinnet.kmehr;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.ddjgz.vaccinnet.TestInsz;

/** KMEHR test messages. */
final class KmehrSamples {

    static final String SENDER_NIHII = "12345678901";

    static final String PHYSICIAN_NIHII = "10987654321";

    static final Party SENDER = new Party(SENDER_NIHII, "Consultatiebureau Gent", PartyKind.ORG_PUBLIC_HEALTH);

    static final Party PHYSICIAN = new Party(PHYSICIAN_NIHII, "An Peeters", PartyKind.PERS_PHYSICIAN);

    static final Instant CREATED = Instant.parse("2026-03-02T09:15:30Z");

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private KmehrSamples() {}

    static Patient patient(int serial) {
        LocalDate birth = LocalDate.of(2025, 1 + serial % 12, 1 + serial % 28);
        return new Patient(
                TestInsz.of(birth, serial),
                "Kind" + serial,
                "Janssens",
                birth,
                serial % 2 == 0 ? Sex.FEMALE : Sex.MALE);
    }

    static Item hexavalent() {
        return new Item(
                "3456789",
                "Hexyon susp. inj. 0,5 ml",
                List.of("diphteria", "tetanus", "pertussis", "poliomyelitis", "hib", "hepatitisb"),
                DAY,
                "A12B34",
                new Quantity(new BigDecimal("0.5"), "ml"));
    }

    static Item covid() {
        return new Item("4567890", "Comirnaty", List.of(Kmehr.COVID19), DAY, "FK1234");
    }

    static Item mmr() {
        return new Item("1234567", "M-M-RvaxPro", List.of("measles", "mumps", "rubella"), DAY.minusDays(1), null);
    }

    static Transaction transaction(String id, Item... items) {
        return new Transaction(id, DAY, LocalTime.of(10, 5, 0), PHYSICIAN, List.of(items));
    }

    /** Three patients with two vaccinations each (one or more items). */
    static KmehrMessage several() {
        List<Folder> folders = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            folders.add(new Folder(
                    patient(p),
                    List.of(
                            transaction("vac-" + p + "-1", hexavalent(), mmr()),
                            transaction("vac-" + p + "-2", covid()))));
        }
        return KmehrMessage.of(SENDER, CREATED, folders);
    }

    static KmehrMessage withFolders(int count) {
        List<Folder> folders = new ArrayList<>();
        for (int p = 1; p <= count; p++) {
            folders.add(new Folder(patient(p % 997 + 1), List.of(transaction("vac-" + p, mmr()))));
        }
        return KmehrMessage.of(SENDER, CREATED, folders);
    }

    static KmehrMessage one(Patient patient, Transaction transaction) {
        return KmehrMessage.of(SENDER, CREATED, List.of(new Folder(patient, List.of(transaction))));
    }

    static KmehrMessage one(Transaction transaction) {
        return one(patient(1), transaction);
    }
}
