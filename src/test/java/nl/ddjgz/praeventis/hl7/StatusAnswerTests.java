package nl.ddjgz.praeventis.hl7;

import static nl.ddjgz.praeventis.hl7.Hl7Samples.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusAnswerTests {

    private static final String LIST =
            "/hl7:REPC_IN002171NL/hl7:ControlActProcess/hl7:subject/hl7:VaccinationAdministrationList";

    private static final String ENTRY = LIST + "/hl7:component/hl7:substanceAdministration";

    private static final String ACK = "/hl7:REPC_IN002171NL/hl7:ControlActProcess/hl7:queryAck";

    private final StatusAnswerWriter writer = new StatusAnswerWriter();

    /** The n-th substanceAdministration of the list, from 1. */
    private static String entry(int n) {
        return "(" + ENTRY + ")[" + n + "]";
    }

    private final StatusAnswerReader reader = new StatusAnswerReader();

    @Test
    void writesTheListWithGivenObjectedPlannedAndRejectedVaccinations() {
        byte[] xml = writer.write(StatusMessages.ok());

        assertThat(Hl7Schemas.get().validate(xml, "REPC_IN002171NL")).isEmpty();
        assertThat(xpath(xml, "/*/hl7:acceptAckCode/@code")).isEqualTo("NE");
        assertThat(xpath(xml, "/*/hl7:acknowledgement/@typeCode")).isEqualTo("AA");
        assertThat(xpath(xml, "/*/hl7:acknowledgement/hl7:targetMessage/hl7:id/@extension"))
                .isEqualTo("Q-1");
        assertThat(xpath(xml, ACK + "/hl7:queryResponseCode/@code")).isEqualTo("OK");
        assertThat(xpath(xml, ACK + "/hl7:resultTotalQuantity/@value")).isEqualTo("1");
        assertThat(xpath(xml, ACK + "/hl7:resultCurrentQuantity/@value")).isEqualTo("1");
        assertThat(xpath(xml, ACK + "/hl7:queryId/@extension")).isEqualTo("QRY-1");
        assertThat(xpath(xml, LIST + "/hl7:templateId/@root")).isEqualTo("2.16.840.1.113883.2.4.6.10.100.182");
        assertThat(xpath(xml, LIST + "/hl7:subject/hl7:patient/hl7:id/@extension"))
                .isEqualTo("111222333");
        assertThat(xpath(xml, "count(" + ENTRY + ")")).isEqualTo("5");
        assertThat(xpath(xml, entry(1) + "/hl7:templateId/@root")).isEqualTo("2.16.840.1.113883.2.4.6.10.100.123");
        // rejected: element 1589 = true
        assertThat(xpath(xml, entry(2) + "/hl7:component/hl7:vaccinationObservation/hl7:code/@code"))
                .isEqualTo("1589");
        assertThat(xpath(xml, entry(2) + "/hl7:component/hl7:vaccinationObservation/hl7:value/@value"))
                .isEqualTo("true");
        assertThat(xpath(xml, entry(2) + "/hl7:component/hl7:vaccinationObservation/hl7:value/@*[local-name()='type']"))
                .isEqualTo("BL");
        // objection: negationInd, reason 1, no batch
        assertThat(xpath(xml, entry(3) + "/@negationInd")).isEqualTo("true");
        assertThat(xpath(xml, entry(3) + "//hl7:observationEvent/hl7:value/@code"))
                .isEqualTo("1");
        assertThat(xpath(xml, "count(" + entry(3) + "//hl7:lotNumberText)")).isEqualTo("0");
        // foreign and uncoded
        assertThat(xpath(xml, entry(4) + "//hl7:administrableMedicine/hl7:code/@nullFlavor"))
                .isEqualTo("OTH");
        assertThat(xpath(xml, entry(4) + "//hl7:administrableMedicine/hl7:code/hl7:originalText"))
                .isEqualTo("RSV-immunisatie (nirsevimab)");
        // planned: RMD, no date, no performer, both LOINC dates
        String planned = entry(5);
        assertThat(xpath(xml, planned + "/@moodCode")).isEqualTo("RMD");
        assertThat(xpath(xml, "count(" + planned + "/hl7:effectiveTime)")).isEqualTo("0");
        assertThat(xpath(xml, "count(" + planned + "/hl7:performer)")).isEqualTo("0");
        assertThat(xpath(xml, planned + "/hl7:limitation[1]/hl7:dateCriterion/hl7:code/@code"))
                .isEqualTo("30981-5");
        assertThat(xpath(xml, planned + "/hl7:limitation[1]/hl7:dateCriterion/hl7:code/@codeSystem"))
                .isEqualTo("2.16.840.1.113883.6.1");
        assertThat(xpath(xml, planned + "/hl7:limitation[1]/hl7:dateCriterion/hl7:value/@value"))
                .isEqualTo("20260301");
        assertThat(xpath(xml, planned + "/hl7:limitation[2]/hl7:dateCriterion/hl7:code/@code"))
                .isEqualTo("30980-7");
        assertThat(xpath(xml, planned + "/hl7:limitation[2]/hl7:dateCriterion/hl7:value/@value"))
                .isEqualTo("20260326");
    }

    @Test
    void readsBackWhatItWrote() {
        StatusAnswer answer = StatusMessages.ok();

        StatusAnswer read = reader.read(writer.write(answer));

        assertThat(read).isEqualTo(answer);
        assertThat(read.entries())
                .extracting(StatusAnswer.Entry::kind, StatusAnswer.Entry::w0422Code, StatusAnswer.Entry::rejected)
                .containsExactly(
                        tuple(StatusAnswer.Kind.GIVEN, "29", false),
                        tuple(StatusAnswer.Kind.GIVEN, "11", true),
                        tuple(StatusAnswer.Kind.OBJECTION, "29", false),
                        tuple(StatusAnswer.Kind.GIVEN, null, false),
                        tuple(StatusAnswer.Kind.PLANNED, "08", false));
        StatusAnswer.Entry planned = read.entries().get(4);
        assertThat(planned.earliestDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(planned.targetDate()).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(planned.date()).isNull();
        assertThat(read.entries().get(2).objectionReason()).isEqualTo("1");
        assertThat(read.entries().get(3).uncoded()).isTrue();
        assertThat(read.entries().get(3).vaccineName()).isEqualTo("RSV-immunisatie (nirsevimab)");
        assertThat(read.patient().bsn()).isEqualTo("111222333");
    }

    @Test
    void nothingFoundComesWithoutList() {
        byte[] xml = writer.write(StatusMessages.notFound());

        assertThat(Hl7Schemas.get().validate(xml, "REPC_IN002171NL")).isEmpty();
        assertThat(xpath(xml, "count(" + LIST + ")")).isEqualTo("0");
        assertThat(xpath(xml, "/*/hl7:acknowledgement/@typeCode")).isEqualTo("AA");
        assertThat(xpath(xml, ACK + "/hl7:queryResponseCode/@code")).isEqualTo("NF");
        assertThat(xpath(xml, ACK + "/hl7:resultTotalQuantity/@value")).isEqualTo("0");
        StatusAnswer read = reader.read(xml);
        assertThat(read.responseCode()).isEqualTo(StatusAnswer.ResponseCode.NF);
        assertThat(read.entries()).isEmpty();
        assertThat(read.patient()).isNull();
        assertThat(read.issue()).isNull();
        assertThat(read).isEqualTo(StatusMessages.notFound());
    }

    @Test
    void aParameterErrorComesWithTheIssueAndNoList() {
        byte[] xml = writer.write(StatusMessages.parameterError());

        assertThat(Hl7Schemas.get().validate(xml, "REPC_IN002171NL")).isEmpty();
        assertThat(xpath(xml, "/*/hl7:acknowledgement/@typeCode")).isEqualTo("AE");
        assertThat(xpath(xml, ACK + "/hl7:queryResponseCode/@code")).isEqualTo("QE");
        assertThat(xpath(xml, "count(" + LIST + ")")).isEqualTo("0");
        String issue = "/*/hl7:ControlActProcess/hl7:reasonOf/hl7:justifiedDetectedIssue";
        assertThat(xpath(xml, issue + "/hl7:code/@code")).isEqualTo("KEY204");
        assertThat(xpath(xml, issue + "/hl7:text")).isEqualTo("Geboortedatum komt niet overeen met BRP");
        StatusAnswer read = reader.read(xml);
        assertThat(read.responseCode()).isEqualTo(StatusAnswer.ResponseCode.QE);
        assertThat(read.issue())
                .isEqualTo(new StatusAnswer.Issue(
                        "KEY204", "2.16.840.1.113883.5.4", "Geboortedatum komt niet overeen met BRP"));
        assertThat(read.entries()).isEmpty();
    }

    @Test
    void readsWhatTheRegisterMaySendBeyondWhatWeWrite() {
        StatusAnswer read = reader.read(Hl7Samples.bytes("REPC_IN002171NL-register.xml"));

        assertThat(read.messageId()).isEqualTo(new II("2.16.840.1.113883.2.4.3.8.1000.2", "STATUS-20260312-0007"));
        assertThat(read.creationTime()).isEqualTo(Instant.parse("2026-03-12T09:42:12Z"));
        assertThat(read.queryMessageId()).isEqualTo(StatusMessages.QUERY_MESSAGE);
        assertThat(read.queryId()).isEqualTo(StatusMessages.QUERY_ID);
        assertThat(read.author()).isEqualTo(BatchListXml.RIVM);
        assertThat(read.responseCode()).isEqualTo(StatusAnswer.ResponseCode.OK);
        assertThat(read.patient().givenNames()).isEqualTo("Daan Willem");
        assertThat(read.patient().familyName()).isEqualTo("Visser");
        assertThat(read.patient().gender()).isEqualTo("M");
        assertThat(read.patient().houseNumber()).isEqualTo(7);
        assertThat(read.entries())
                .containsExactly(
                        StatusAnswer.Entry.given(
                                "11",
                                "DKTP-Hib-Hepatitis B",
                                LocalDate.of(2025, 4, 10),
                                "DKTPA00042AB",
                                "GGD Regio Utrecht, JGZ"),
                        StatusAnswer.Entry.given("08", "Pneu", LocalDate.of(2025, 4, 10), "PCVX12", null)
                                .rejectedByRegister(),
                        StatusAnswer.Entry.objection("29", "Rota", LocalDate.of(2025, 3, 11), "1"),
                        StatusAnswer.Entry.planned("04", "BMR", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 10)),
                        StatusAnswer.Entry.given(
                                null,
                                "Hexyon (buitenland)",
                                LocalDate.of(2025, 2, 15),
                                null,
                                "Kind en Gezin, Antwerpen"));
    }

    @Test
    void refusesAnAnswerWithAnImpossibleDate() {
        String sample = new String(Hl7Samples.bytes("REPC_IN002171NL-register.xml"), StandardCharsets.UTF_8);
        byte[] xml = sample.replace("value=\"20260410\"", "value=\"20260431\"").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(xml))
                .asInstanceOf(type(InvalidMessageException.class))
                .satisfies(e -> {
                    assertThat(e.interaction()).isEqualTo("REPC_IN002171NL");
                    assertThat(e.errors())
                            .extracting(ValidationError::message)
                            .containsExactly("A date or time in the answer is not a real point in time.");
                });
    }

    @Test
    void refusesAnAnswerWithAnUnknownResponseCodeOrMood() {
        String sample = new String(Hl7Samples.bytes("REPC_IN002171NL-register.xml"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(
                        sample.replace("<queryResponseCode code=\"OK\"/>", "<queryResponseCode code=\"XX\"/>")
                                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidMessageException.class);
        assertThatThrownBy(() -> reader.read(
                        sample.replace("moodCode=\"RMD\"", "moodCode=\"INT\"").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void theSimulatorDoesNotWriteAPlannedVaccinationWithADateOrAnObjectionWithABatch() {
        StatusAnswer.Entry plannedWithDate = new StatusAnswer.Entry(
                StatusAnswer.Kind.PLANNED,
                "08",
                "Pneu",
                LocalDate.of(2026, 3, 12),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 26),
                null,
                null,
                false,
                null);
        StatusAnswer.Entry objectionWithBatch = new StatusAnswer.Entry(
                StatusAnswer.Kind.OBJECTION,
                "29",
                "Rota",
                LocalDate.of(2026, 3, 12),
                null,
                null,
                "ROTA1",
                "2",
                false,
                null);
        StatusAnswer answer = StatusMessages.answer(
                StatusAnswer.ResponseCode.OK,
                null,
                VaccinationMessages.sanne(),
                List.of(plannedWithDate, objectionWithBatch));

        assertThatThrownBy(() -> writer.write(answer))
                .asInstanceOf(type(InvalidMessageException.class))
                .extracting(InvalidMessageException::violations)
                .asList()
                .extracting("code")
                .containsExactly(RuleViolation.PLANNED_ITEM, RuleViolation.BATCH_FORBIDDEN);
    }
}
