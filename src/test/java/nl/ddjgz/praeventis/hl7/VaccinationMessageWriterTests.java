package nl.ddjgz.praeventis.hl7;

import static nl.ddjgz.praeventis.hl7.Hl7Samples.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VaccinationMessageWriterTests {

    private static final String EVENT = "/*/hl7:ControlActProcess/hl7:subject/hl7:CareProvisionEvent";

    private static final String PATIENT = EVENT + "/hl7:subject/hl7:patient";

    private static final String ITEM = EVENT + "/hl7:component/hl7:encounterEvent/hl7:component";

    private final VaccinationMessageWriter writer = VaccinationMessages.writer();

    @Test
    void writesTheMessageWithBsnAsTheSchemaWants() {
        byte[] xml = writer.write(VaccinationMessages.withBsn());

        assertThat(Hl7Schemas.get().validate(xml, "REPC_IN002140NL")).isEmpty();
        assertThat(xpath(xml, "/hl7:REPC_IN002140NL/hl7:interactionId/@extension"))
                .isEqualTo("REPC_IN002140NL");
        assertThat(xpath(xml, "/*/hl7:acceptAckCode/@code")).isEqualTo("AL");
        assertThat(xpath(xml, "/*/hl7:creationTime/@value")).isEqualTo("20260312104107");
        assertThat(xpath(xml, "/*/hl7:attentionLine/hl7:keyWordText/@code")).isEqualTo("PATID");
        assertThat(xpath(xml, "/*/hl7:attentionLine/hl7:keyWordText/@codeSystem"))
                .isEqualTo("2.16.840.1.113883.2.4.15.1");
        assertThat(xpath(xml, "/*/hl7:attentionLine/hl7:value/@*[local-name()='type']"))
                .isEqualTo("II");
        assertThat(xpath(xml, "/*/hl7:attentionLine/hl7:value/@root")).isEqualTo("2.16.840.1.113883.2.4.6.3");
        assertThat(xpath(xml, "/*/hl7:attentionLine/hl7:value/@extension")).isEqualTo("111222333");
        assertThat(xpath(xml, "//hl7:AssignedDevice/hl7:id/@root")).isEqualTo("2.16.528.1.1007.3.2");
        assertThat(xpath(xml, "//hl7:AssignedDevice/hl7:Organization/hl7:id/@root"))
                .isEqualTo("2.16.528.1.1007.3.3");
        assertThat(xpath(xml, "//hl7:AssignedDevice/hl7:Organization/hl7:addr/hl7:city"))
                .isEqualTo("Zeist");
        assertThat(xpath(xml, EVENT + "/hl7:templateId/@root")).isEqualTo("2.16.840.1.113883.2.4.6.10.100.180");
        assertThat(xpath(xml, EVENT + "/hl7:id/@root")).isEqualTo(VaccinationMessages.DOSSIER_ROOT);
        assertThat(xpath(xml, EVENT + "/hl7:id/@extension")).isEqualTo("D-2025-004711");
        assertThat(xpath(xml, EVENT + "/hl7:code/@code")).isEqualTo("CPHC");
        assertThat(xpath(xml, EVENT + "/hl7:performer/hl7:assignedEntity/hl7:id/@extension"))
                .isEqualTo("00012345");
        assertThat(xpath(xml, EVENT + "/hl7:author/hl7:assignedEntity/hl7:assignedOrganization/hl7:name"))
                .isEqualTo("GGD Regio Utrecht, JGZ");
    }

    @Test
    void writesTheChildAsTemplate102() {
        byte[] xml = writer.write(VaccinationMessages.withBsn());

        assertThat(xpath(xml, PATIENT + "/hl7:templateId/@root")).isEqualTo("2.16.840.1.113883.2.4.6.10.100.102");
        assertThat(xpath(xml, PATIENT + "/hl7:id/@extension")).isEqualTo("111222333");
        assertThat(xpath(xml, PATIENT + "/hl7:addr/hl7:postalCode")).isEqualTo("3511 AB");
        assertThat(xpath(xml, PATIENT + "/hl7:addr/hl7:houseNumber")).isEqualTo("112");
        assertThat(xpath(xml, PATIENT + "/hl7:addr/hl7:buildingNumberSuffix")).isEqualTo("A");
        assertThat(xpath(xml, PATIENT + "/hl7:patientPerson/hl7:name/@use")).isEqualTo("OR");
        assertThat(xpath(xml, PATIENT + "/hl7:patientPerson/hl7:name/hl7:given"))
                .isEqualTo("Sanne Maria");
        assertThat(xpath(xml, PATIENT + "/hl7:patientPerson/hl7:name/hl7:prefix/@qualifier"))
                .isEqualTo("VV BR");
        assertThat(xpath(xml, PATIENT + "/hl7:patientPerson/hl7:name/hl7:family/@qualifier"))
                .isEqualTo("BR");
        assertThat(xpath(xml, PATIENT + "/hl7:patientPerson/hl7:administrativeGenderCode/@code"))
                .isEqualTo("F");
        assertThat(xpath(xml, PATIENT + "/hl7:patientPerson/hl7:birthTime/@value"))
                .isEqualTo("20251212");
        assertThat(xpath(xml, PATIENT + "/hl7:subjectOf1/hl7:administrativeObservation/hl7:templateId/@root"))
                .isEqualTo("2.16.840.1.113883.2.4.6.10.100.41584");
        assertThat(xpath(xml, PATIENT + "/hl7:subjectOf1/hl7:administrativeObservation/hl7:value/@code"))
                .isEqualTo("02");
        assertThat(xpath(xml, PATIENT + "/hl7:subjectOf1/hl7:administrativeObservation/hl7:value/@codeSystem"))
                .isEqualTo("2.16.840.1.113883.2.4.4.40.426");
    }

    @Test
    void writesVaccinationsWithBatchAndTheObjectionWithoutOne() {
        byte[] xml = writer.write(VaccinationMessages.withBsn());

        assertThat(xpath(xml, "count(" + ITEM + ")")).isEqualTo("3");
        assertThat(xpath(xml, EVENT + "/hl7:component/hl7:encounterEvent/hl7:code/@code"))
                .isEqualTo("37");
        assertThat(xpath(xml, EVENT + "/hl7:component/hl7:encounterEvent/hl7:effectiveTime/@value"))
                .isEqualTo("20260312");
        String first = ITEM + "[1]/hl7:substanceAdministrationEvent";
        assertThat(xpath(xml, first + "/hl7:templateId/@root")).isEqualTo("2.16.840.1.113883.2.4.6.10.100.117");
        assertThat(xpath(xml, first + "/@negationInd")).isEqualTo("false");
        assertThat(xpath(xml, first + "//hl7:administrableMedicine/hl7:code/@code"))
                .isEqualTo("11");
        assertThat(xpath(xml, first + "//hl7:administrableMedicine/hl7:code/@displayName"))
                .isEqualTo("DKTP-Hib-Hepatitis B");
        assertThat(xpath(xml, first + "//hl7:administrableMedicine/hl7:lotNumberText"))
                .isEqualTo("DKTPA00042AB");
        assertThat(xpath(
                        xml,
                        first + "/hl7:performer/hl7:assignedEntity/hl7:representedOrganization/hl7:id/@nullFlavor"))
                .isEqualTo("NI");
        assertThat(xpath(xml, first + "/hl7:performer//hl7:organizationContains/hl7:partOrganization/hl7:name"))
                .isEqualTo("Consultatiebureau Utrecht Noord");
        String objection = ITEM + "[3]/hl7:substanceAdministrationEvent";
        assertThat(xpath(xml, objection + "/@negationInd")).isEqualTo("true");
        assertThat(xpath(xml, "count(" + objection + "//hl7:lotNumberText)")).isEqualTo("0");
        assertThat(xpath(xml, objection + "/hl7:authorization/hl7:consentEvent/@negationInd"))
                .isEqualTo("true");
        assertThat(xpath(xml, objection + "//hl7:observationEvent/hl7:code/@code"))
                .isEqualTo("683");
        assertThat(xpath(xml, objection + "//hl7:observationEvent/hl7:value/@code"))
                .isEqualTo("2");
        assertThat(xpath(xml, objection + "//hl7:observationEvent/hl7:value/@codeSystem"))
                .isEqualTo("2.16.840.1.113883.2.4.4.40.394");
    }

    @Test
    void readsBackWhatItWroteWithVaccinationsAndObjections() {
        VaccinationMessage message = VaccinationMessages.withBsn();

        VaccinationMessage read = RegisterSide.read(writer.write(message));

        assertThat(read).isEqualTo(message);
        assertThat(read.patient().bsn()).isEqualTo("111222333");
        assertThat(read.patient().namePrefix()).isEqualTo("van der");
        assertThat(read.items())
                .extracting(VaccinationMessage.Item::w0422Code, VaccinationMessage.Item::batchNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("11", "DKTPA00042AB"),
                        org.assertj.core.groups.Tuple.tuple("08", "PCVB00017"),
                        org.assertj.core.groups.Tuple.tuple("29", null));
        assertThat(read.items().get(2).objectionReason()).isEqualTo("2");
        assertThat(read.items().get(2).isObjection()).isTrue();
    }

    @Test
    void theAnonymisedMessageHasNoAttentionLineAMaskedChildAndNoObjection() {
        VaccinationMessage message = VaccinationMessages.anonymised();

        byte[] xml = writer.write(message);

        assertThat(Hl7Schemas.get().validate(xml, "REPC_IN002145NL")).isEmpty();
        assertThat(xpath(xml, "/hl7:REPC_IN002145NL/hl7:interactionId/@extension"))
                .isEqualTo("REPC_IN002145NL");
        assertThat(xpath(xml, "count(/*/hl7:attentionLine)")).isEqualTo("0");
        assertThat(xpath(xml, EVENT + "/hl7:id/@nullFlavor")).isEqualTo("MSK");
        assertThat(xpath(xml, "count(" + EVENT + "/hl7:id/@extension)")).isEqualTo("0");
        assertThat(xpath(xml, PATIENT + "/@nullFlavor")).isEqualTo("MSK");
        assertThat(xpath(xml, PATIENT + "/@classCode")).isEqualTo("PAT");
        assertThat(xpath(xml, "count(" + PATIENT + "/*)")).isEqualTo("0");
        assertThat(xpath(xml, "count(//hl7:authorization)")).isEqualTo("0");
        assertThat(xpath(xml, "count(//hl7:substanceAdministrationEvent[@negationInd='true'])"))
                .isEqualTo("0");
        VaccinationMessage read = RegisterSide.read(xml);
        assertThat(read).isEqualTo(message);
        assertThat(read.anonymised()).isTrue();
        assertThat(read.patient()).isNull();
        assertThat(read.dossierNumber()).isNull();
        assertThat(read.items()).hasSize(2);
    }

    @Test
    void theAnonymisedMessageLeavesOutTheChildEvenWhenItIsKnown() {
        VaccinationMessage message =
                VaccinationMessages.withPatient(VaccinationMessages.anonymised(), VaccinationMessages.sanne());

        String xml = new String(writer.write(message), StandardCharsets.UTF_8);

        assertThat(xml).doesNotContain("111222333", "Sanne", "Berg", "Oudegracht", "3511", "D-2025-004711");
    }

    @Test
    void refusesAnObjectionInTheAnonymisedMessage() {
        VaccinationMessage message =
                VaccinationMessages.withItems(VaccinationMessages.anonymised(), VaccinationMessages.threeMonthItems());

        assertThatThrownBy(() -> writer.write(message))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> {
                    assertThat(e.interaction()).isEqualTo("REPC_IN002145NL");
                    assertThat(e.violations())
                            .extracting(RuleViolation::code)
                            .containsExactly(RuleViolation.OBJECTION_IN_ANONYMISED);
                    assertThat(e.violations().get(0).description()).startsWith("item 3:");
                    // the schema refuses it too: no authorization in SubstanceAdministrationEvent.Anonymised
                    assertThat(e.errors()).isNotEmpty();
                    assertThat(e.getMessage()).contains("OBJECTION_IN_ANONYMISED");
                });
    }

    @Test
    void refusesABatchNumberWithAnObjection() {
        VaccinationMessage message = VaccinationMessages.withItems(
                VaccinationMessages.withBsn(),
                List.of(new VaccinationMessage.Item("29", "Rota", VaccinationMessages.DAY, "ROTA0001", "1")));

        assertThatThrownBy(() -> writer.write(message))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> {
                    assertThat(e.violations())
                            .extracting(RuleViolation::code)
                            .containsExactly(RuleViolation.BATCH_FORBIDDEN);
                    assertThat(e.errors()).isEmpty();
                    assertThat(e.getMessage()).isEqualTo("REPC_IN002140NL refused: 1 rule violation (BATCH_FORBIDDEN)");
                });
    }

    @Test
    void refusesAVaccinationWithoutBatchNumber() {
        VaccinationMessage message = VaccinationMessages.withItems(
                VaccinationMessages.withBsn(),
                List.of(
                        VaccinationMessage.Item.vaccination(
                                "11", "DKTP-Hib-Hepatitis B", VaccinationMessages.DAY, "DKTPA1"),
                        VaccinationMessage.Item.vaccination("08", "Pneu", VaccinationMessages.DAY, null)));

        assertThatThrownBy(() -> writer.write(message))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> {
                    assertThat(e.violations())
                            .extracting(RuleViolation::code, RuleViolation::description)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                    RuleViolation.BATCH_REQUIRED, "item 2: a vaccination needs its batch number"));
                    assertThat(e.violates(RuleViolation.BATCH_REQUIRED)).isTrue();
                });
    }

    @Test
    void refusesABsnThatFailsTheElfproefWithoutRepeatingIt() {
        VaccinationMessage message =
                sanneAs("123456789", VaccinationMessages.sanne().givenNames());

        assertThatThrownBy(() -> writer.write(message))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> {
                    assertThat(e.violations())
                            .extracting(RuleViolation::code)
                            .containsExactly(RuleViolation.BSN_INVALID, RuleViolation.BSN_INVALID);
                    assertThat(e.getMessage()).doesNotContain("123456789");
                    assertThat(e.violations())
                            .allSatisfy(v -> assertThat(v.description()).doesNotContain("123456789"));
                });
    }

    @Test
    void refusesAPostcodeWithoutItsSpaceAndAWrongDktpSchedule() {
        VaccinationMessage.Patient child = VaccinationMessages.sanne();
        VaccinationMessage message = VaccinationMessages.withPatient(
                VaccinationMessages.withBsn(),
                new VaccinationMessage.Patient(
                        child.bsn(),
                        child.givenNames(),
                        null,
                        child.familyName(),
                        child.birthDate(),
                        null,
                        null,
                        null,
                        null,
                        "3511AB",
                        null,
                        "03"));

        assertThatThrownBy(() -> writer.write(message))
                .asInstanceOf(type(InvalidMessageException.class))
                .extracting(InvalidMessageException::violations)
                .asList()
                .extracting("code")
                .containsExactly(RuleViolation.POSTCODE_FORMAT, RuleViolation.DKTP_SCHEDULE);
    }

    @Test
    void refusesAControlCharacterInANameAsAParserWould() {
        VaccinationMessage message = sanneAs(VaccinationMessages.sanne().bsn(), "San\u0001ne");

        assertThatThrownBy(() -> writer.write(message))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> {
                    assertThat(e.violations()).isEmpty();
                    assertThat(e.errors())
                            .singleElement()
                            .satisfies(error -> assertThat(error.message()).contains("invalid XML character"));
                });
    }

    @Test
    void refusesAMessageWithoutItems() {
        VaccinationMessage message = VaccinationMessages.withItems(VaccinationMessages.withBsn(), List.of());

        assertThatThrownBy(() -> writer.write(message))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> {
                    assertThat(e.violations()).extracting(RuleViolation::code).containsExactly(RuleViolation.NO_ITEMS);
                    assertThat(e.errors())
                            .singleElement()
                            .satisfies(error -> assertThat(error.message()).contains("encounterEvent"));
                });
    }

    @Test
    void writesAVaccineTypeWithoutCodeAsOtherWithItsName() {
        VaccinationMessage message = VaccinationMessages.withItems(
                VaccinationMessages.withBsn(),
                List.of(VaccinationMessage.Item.vaccination(
                        null, "RSV-immunisatie (nirsevimab)", LocalDate.of(2026, 3, 12), "RSVN0815")));

        byte[] xml = writer.write(message);

        String code = ITEM + "/hl7:substanceAdministrationEvent//hl7:administrableMedicine/hl7:code";
        assertThat(Hl7Schemas.get().validate(xml, "REPC_IN002140NL")).isEmpty();
        assertThat(xpath(xml, code + "/@nullFlavor")).isEqualTo("OTH");
        assertThat(xpath(xml, "count(" + code + "/@code)")).isEqualTo("0");
        assertThat(xpath(xml, "count(" + code + "/@codeSystem)")).isEqualTo("0");
        assertThat(xpath(xml, code + "/hl7:originalText")).isEqualTo("RSV-immunisatie (nirsevimab)");
        VaccinationMessage.Item read = RegisterSide.read(xml).items().get(0);
        assertThat(read.w0422Code()).isNull();
        assertThat(read.vaccineName()).isEqualTo("RSV-immunisatie (nirsevimab)");
        assertThat(read.batchNumber()).isEqualTo("RSVN0815");
    }

    @Test
    void writesAnUnknownGenderAsNullFlavorAndAChildWithoutAddress() {
        VaccinationMessage.Patient child = VaccinationMessages.sanne();
        VaccinationMessage message = VaccinationMessages.withPatient(
                VaccinationMessages.withBsn(),
                new VaccinationMessage.Patient(
                        child.bsn(),
                        "Noor",
                        null,
                        "Jansen",
                        child.birthDate(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));

        byte[] xml = writer.write(message);

        assertThat(xpath(xml, PATIENT + "/hl7:patientPerson/hl7:administrativeGenderCode/@nullFlavor"))
                .isEqualTo("UNK");
        assertThat(xpath(xml, "count(" + PATIENT + "/hl7:addr)")).isEqualTo("0");
        assertThat(xpath(xml, "count(" + PATIENT + "/hl7:subjectOf1)")).isEqualTo("0");
        assertThat(RegisterSide.read(xml)).isEqualTo(message);
    }

    @Test
    void checksAndWritesThousandsOfMessagesQuickly() {
        // a rough figure for the dispatcher (no timed assertion: machines differ); warm up first
        for (int i = 0; i < 1_000; i++) {
            writer.write(VaccinationMessages.withBsn());
        }
        int count = 2_000; // the 15,000 of a day are measured by DailyVolumeBenchmark
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            bytes += writer.write(VaccinationMessages.message(
                            i, false, VaccinationMessages.sanne(), VaccinationMessages.threeMonthItems()))
                    .length;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        System.out.printf(
                "VaccinationMessageWriter: %d messages written and checked in %d ms (%d ms CPU, %.0f µs each, %d kB)%n",
                count, millis, cpuMillis, millis * 1000.0 / count, bytes / 1024);

        assertThat(bytes).isGreaterThan(count * 4_000L);
    }

    /** The message with BSN for Sanne, with the BSN and given names given here. */
    private static VaccinationMessage sanneAs(String bsn, String givenNames) {
        VaccinationMessage.Patient child = VaccinationMessages.sanne();
        return VaccinationMessages.withPatient(
                VaccinationMessages.withBsn(),
                new VaccinationMessage.Patient(
                        bsn,
                        givenNames,
                        child.namePrefix(),
                        child.familyName(),
                        child.birthDate(),
                        child.gender(),
                        child.street(),
                        child.houseNumber(),
                        child.houseNumberSuffix(),
                        child.postcode(),
                        child.city(),
                        child.dktpScheduleCode()));
    }
}
