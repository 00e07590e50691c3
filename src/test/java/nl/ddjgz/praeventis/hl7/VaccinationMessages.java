package nl.ddjgz.praeventis.hl7;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data ("mother"): registration messages for REPC_IN002140NL/002145NL about one child at the 3-month contact
 * moment. Fixed dates, never today's; valid BSNs from rules.md §6. For tests and benchmarks.
 */
public final class VaccinationMessages {

    /** Our example OID arc (2.999) for dossier numbers and contact moments: the rules name none. */
    public static final String DOSSIER_ROOT = "2.999.10.1";

    public static final String CONTACT_MOMENT_ROOT = "2.999.10.2";

    public static final String MESSAGE_ROOT = "2.999.10.3";

    public static final String BSN = "111222333";

    public static final String OTHER_BSN = "123456782";

    public static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    public static final Instant CREATED = Instant.parse("2026-03-12T09:41:07Z");

    /** The sending system of the control act: our UZI server certificate and URA. */
    public static final SendingSystem DD_JGZ_SYSTEM =
            new SendingSystem("900012345", "00012345", "GGD Regio Utrecht, JGZ", "Zeist");

    public static final VaccinationMessage.Organisation GGD =
            new VaccinationMessage.Organisation(new II(Oids.URA, "00012345"), "GGD Regio Utrecht, JGZ");

    private VaccinationMessages() {}

    public static VaccinationMessageWriter writer() {
        return new VaccinationMessageWriter(DOSSIER_ROOT);
    }

    /** Sanne van der Berg, born 12 December 2025, 3+1 DKTP schedule. */
    public static VaccinationMessage.Patient sanne() {
        return new VaccinationMessage.Patient(
                BSN,
                "Sanne Maria",
                "van der",
                "Berg",
                LocalDate.of(2025, 12, 12),
                "F",
                "Oudegracht",
                112,
                "A",
                "3511 AB",
                "Utrecht",
                "02");
    }

    /** DKTP-Hib-HepB and Pneu given, Rota refused (principled objection). */
    public static List<VaccinationMessage.Item> threeMonthItems() {
        return List.of(
                VaccinationMessage.Item.vaccination("11", "DKTP-Hib-Hepatitis B", DAY, "DKTPA00042AB"),
                VaccinationMessage.Item.vaccination("08", "Pneu", DAY, "PCVB00017"),
                VaccinationMessage.Item.objection("29", "Rota", DAY, "2"));
    }

    /** Consent given: REPC_IN002140NL with BSN, the three items of the 3-month moment. */
    public static VaccinationMessage withBsn() {
        return message(1, false, sanne(), threeMonthItems());
    }

    /** No consent: REPC_IN002145NL, only what was given (no objection). */
    public static VaccinationMessage anonymised() {
        return message(
                2,
                true,
                null,
                List.of(
                        VaccinationMessage.Item.vaccination("11", "DKTP-Hib-Hepatitis B", DAY, "DKTPA00042AB"),
                        VaccinationMessage.Item.vaccination("08", "Pneu", DAY, "PCVB00017")));
    }

    /** Message number {@code n} (its id's extension is VAC-n), with these items. */
    public static VaccinationMessage message(
            int n, boolean anonymised, VaccinationMessage.Patient patient, List<VaccinationMessage.Item> items) {
        return new VaccinationMessage(
                new II(MESSAGE_ROOT, "VAC-" + n),
                CREATED,
                BatchListXml.DD_JGZ,
                BatchListXml.PRAEVENTIS,
                anonymised,
                DD_JGZ_SYSTEM,
                anonymised ? null : "D-2025-004711",
                patient,
                GGD,
                new VaccinationMessage.Encounter(
                        new II(CONTACT_MOMENT_ROOT, "6f1c2a9e-3b7d-4f0a-9d51-0c8e2b7a4d11"),
                        "37",
                        DAY,
                        "Consultatiebureau Utrecht Noord"),
                items);
    }

    /** The same message with other items. */
    public static VaccinationMessage withItems(VaccinationMessage message, List<VaccinationMessage.Item> items) {
        return new VaccinationMessage(
                message.messageId(),
                message.creationTime(),
                message.sender(),
                message.receiver(),
                message.anonymised(),
                message.author(),
                message.dossierNumber(),
                message.patient(),
                message.responsibleOrganisation(),
                message.encounter(),
                items);
    }

    /** The same message with another child. */
    public static VaccinationMessage withPatient(VaccinationMessage message, VaccinationMessage.Patient patient) {
        return new VaccinationMessage(
                message.messageId(),
                message.creationTime(),
                message.sender(),
                message.receiver(),
                message.anonymised(),
                message.author(),
                message.dossierNumber(),
                patient,
                message.responsibleOrganisation(),
                message.encounter(),
                items(message));
    }

    private static List<VaccinationMessage.Item> items(VaccinationMessage message) {
        return new ArrayList<>(message.items());
    }
}
