package nl.ddjgz.simulator.praeventis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.ddjgz.praeventis.hl7.BatchListXml;
import nl.ddjgz.praeventis.hl7.OfficialNictiz;
import nl.ddjgz.praeventis.hl7.VaccinationMessages;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * What the simulated register reads with its own reading: our writer's messages, official-shaped messages written by
 * hand (proven first with the official XSD and schematron), and broken ones, refused with the register's codes.
 */
class ReceivedVaccinationMessageTests {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static String withBsn() {
        return new String(VaccinationMessages.writer().write(VaccinationMessages.withBsn()), StandardCharsets.UTF_8);
    }

    private static byte[] replaced(String xml, String find, String replace) {
        assertThat(xml).contains(find);
        return xml.replace(find, replace).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sample(String name) {
        try (InputStream in =
                ReceivedVaccinationMessageTests.class.getResourceAsStream("/simulator/praeventis/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RefusedMessage refused(byte[] xml) {
        try {
            ReceivedVaccinationMessage.read(xml, ZONE);
        } catch (RefusedMessage e) {
            assertThat(e.getMessage()).doesNotContain("111222333", "123456782");
            return e;
        }
        throw new AssertionError("the register took it");
    }

    @Test
    void readsTheSenderAndTheControlActAuthor() {
        ReceivedVaccinationMessage read =
                ReceivedVaccinationMessage.read(withBsn().getBytes(StandardCharsets.UTF_8), ZONE);

        Transmission head = read.transmission();
        assertThat(head.messageId()).isEqualTo(new Id(VaccinationMessages.MESSAGE_ROOT, "VAC-1"));
        assertThat(head.creationTime()).isEqualTo(VaccinationMessages.CREATED);
        assertThat(head.senderApplication()).isEqualTo(BatchListXml.DD_JGZ.extension());
        assertThat(head.receiverApplication()).isEqualTo(BatchListXml.PRAEVENTIS.extension());
        assertThat(head.author().certificateNumber()).isEqualTo(VaccinationMessages.DD_JGZ_SYSTEM.certificateNumber());
        assertThat(head.author().organisationName()).isEqualTo(VaccinationMessages.DD_JGZ_SYSTEM.organisationName());
        assertThat(head.interaction()).isEqualTo("REPC_IN002140NL");
        assertThat(read.bsn()).isEqualTo("111222333");
        assertThat(read.encounter().locationName()).isEqualTo("Consultatiebureau Utrecht Noord");
    }

    @Test
    void readsTheOfficialShapedMessageWithBsn() {
        OfficialNictiz.assumeAvailable();
        byte[] xml = sample("REPC_IN002140NL-official.xml");
        OfficialNictiz.assertConforms(xml, "the hand-written REPC_IN002140NL");

        ReceivedVaccinationMessage read = ReceivedVaccinationMessage.read(xml, ZONE);

        assertThat(read.transmission().creationTime()).isEqualTo(Instant.parse("2026-03-12T09:41:07Z"));
        assertThat(read.transmission().author().city()).isEqualTo("Zeist");
        assertThat(read.bsn()).isEqualTo("111222333");
        assertThat(read.child().givenNames()).isEqualTo("Sanne Maria");
        assertThat(read.child().namePrefix()).isEqualTo("van der");
        assertThat(read.child().familyName()).isEqualTo("Berg");
        assertThat(read.child().birthDate()).isEqualTo(LocalDate.of(2025, 12, 12));
        assertThat(read.child().dktpScheduleCode()).isEqualTo("02");
        assertThat(read.responsibleOrganisation().id()).isEqualTo(new Id("2.16.840.1.113883.2.4.6.1", "03123456"));
        assertThat(read.encounter().locationName()).isEqualTo("Consultatiebureau Zeist");
        assertThat(read.items())
                .extracting(
                        ReceivedVaccinationMessage.Item::w0422Code,
                        ReceivedVaccinationMessage.Item::vaccineName,
                        ReceivedVaccinationMessage.Item::batchNumber,
                        ReceivedVaccinationMessage.Item::objectionReason)
                .containsExactly(
                        Tuple.tuple("11", "DKTP-Hib-Hepatitis B", "DKTPA00042AB", null),
                        Tuple.tuple("29", "Rota", null, "1"),
                        Tuple.tuple(null, "RSV-immunisatie", "RSV0001", null));
    }

    @Test
    void readsTheOfficialShapedAnonymisedMessage() {
        OfficialNictiz.assumeAvailable();
        byte[] xml = sample("REPC_IN002145NL-official.xml");
        OfficialNictiz.assertConforms(xml, "the hand-written REPC_IN002145NL");

        ReceivedVaccinationMessage read = ReceivedVaccinationMessage.read(xml, ZONE);

        assertThat(read.anonymised()).isTrue();
        assertThat(read.bsn()).isNull();
        assertThat(read.child()).isNull();
        assertThat(read.dossierNumber()).isNull();
        assertThat(read.transmission().creationTime()).isEqualTo(Instant.parse("2026-03-12T09:41:07.250Z"));
        assertThat(read.items())
                .singleElement()
                .satisfies(i -> assertThat(i.batchNumber()).isEqualTo("BMR0007"));
    }

    @Test
    void refusesABsnUnderAnotherRootThanTheBsnOid() {
        OfficialNictiz.assumeAvailable();
        byte[] xml = replaced(
                new String(sample("REPC_IN002140NL-official.xml"), StandardCharsets.UTF_8),
                "<hl7:id root=\"2.16.840.1.113883.2.4.6.3\" extension=\"111222333\"/>",
                "<hl7:id root=\"2.16.840.1.113883.2.4.6.6\" extension=\"111222333\"/>");
        OfficialNictiz.assertViolates(xml, "a child without BSN");

        assertThat(refused(xml).refusals()).extracting(Refusal::code).containsExactly(Refusal.BSN_ROOT);
    }

    @Test
    void refusesAPayloadBsnThatIsNotTheAttentionLinesBsn() {
        // both BSNs pass the elfproef; the attention line names another child than the payload
        byte[] xml = replaced(
                withBsn(),
                "root=\"2.16.840.1.113883.2.4.6.3\" extension=\"111222333\"/></attentionLine>",
                "root=\"2.16.840.1.113883.2.4.6.3\" extension=\"123456782\"/></attentionLine>");

        RefusedMessage refused = refused(xml);

        assertThat(refused.refusals()).extracting(Refusal::code).containsExactly(Refusal.BSN_MISMATCH);
        assertThat(refused.getMessage()).isEqualTo("refused: BSN-ONGELIJK");
    }

    @Test
    void refusesABsnThatFailsTheElfproef() {
        byte[] xml = withBsn().replace("111222333", "123456789").getBytes(StandardCharsets.UTF_8);

        assertThat(refused(xml).refusals())
                .extracting(Refusal::code)
                .containsExactly(Refusal.BSN_ELFPROEF, Refusal.BSN_ELFPROEF);
    }

    @Test
    void refusesAnAttentionLineThatIsNotABsn() {
        byte[] xml = replaced(
                withBsn(),
                "root=\"2.16.840.1.113883.2.4.6.3\" extension=\"111222333\"/></attentionLine>",
                "root=\"2.16.840.1.113883.2.4.6.6\" extension=\"111222333\"/></attentionLine>");

        assertThat(refused(xml).refusals()).extracting(Refusal::code).containsExactly(Refusal.BSN_ROOT);
    }

    @Test
    void refusesAMessageWithBsnWithoutAttentionLine() {
        String xml = withBsn();
        String line = xml.substring(xml.indexOf("<attentionLine>"), xml.indexOf("</attentionLine>") + 16);

        assertThat(refused(replaced(xml, line, "")).refusals())
                .extracting(Refusal::code, Refusal::text)
                .containsExactly(Tuple.tuple(Refusal.REQUIRED, "attentionLine met het BSN ontbreekt"));
    }

    @Test
    void refusesAnAttentionLineInTheAnonymisedMessage() {
        String anonymised = new String(
                VaccinationMessages.writer().write(VaccinationMessages.anonymised()), StandardCharsets.UTF_8);
        String attentionLine = withBsn()
                .substring(withBsn().indexOf("<attentionLine>"), withBsn().indexOf("</attentionLine>") + 16);

        byte[] xml = replaced(anonymised, "<receiver", attentionLine + "<receiver");

        assertThat(refused(xml).refusals()).extracting(Refusal::code).containsExactly(Refusal.FORBIDDEN);
    }

    @Test
    void refusesADateThatIsNotARealDay() {
        byte[] xml = replaced(withBsn(), "<birthTime value=\"20251212\"/>", "<birthTime value=\"20250230\"/>");

        assertThat(refused(xml).refusals())
                .extracting(Refusal::code, Refusal::text)
                .containsExactly(Tuple.tuple(Refusal.DATE, "geboortedatum is geen echte dag van ten minste JJJJMMDD"));
    }

    @Test
    void refusesAVaccinationDateWithoutDay() {
        byte[] xml = replaced(
                withBsn(),
                "<effectiveTime value=\"20260312\"/><consumable",
                "<effectiveTime value=\"202603\"/><consumable");

        // every vaccination of the message had that date: each is refused
        assertThat(refused(xml).refusals())
                .extracting(Refusal::code, Refusal::text)
                .startsWith(Tuple.tuple(Refusal.DATE, "vaccinatie 1: datum is geen echte dag van ten minste JJJJMMDD"))
                .extracting(t -> t.toArray()[0])
                .containsOnly(Refusal.DATE);
    }

    @Test
    void refusesAnObjectionWithAReasonOutsideW0323() {
        byte[] xml = replaced(
                withBsn(),
                "code=\"2\" codeSystem=\"2.16.840.1.113883.2.4.4.40.394\"",
                "code=\"3\" codeSystem=\"2.16.840.1.113883.2.4.4.40.394\"");

        assertThat(refused(xml).refusals()).extracting(Refusal::code).containsExactly(Refusal.OBJECTION);
    }

    @Test
    void refusesAnUnknownVaccineCodeAMissingPartijnummerAndAWrongInteractionId() {
        String xml = withBsn();
        byte[] broken = (xml.replaceFirst("code=\"11\" codeSystem", "code=\"99\" codeSystem")
                        .replace("<lotNumberText>PCVB00017</lotNumberText>", "")
                        .replace("extension=\"REPC_IN002140NL\"", "extension=\"REPC_IN002145NL\""))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(refused(broken).refusals())
                .extracting(Refusal::code)
                .containsExactly(Refusal.INTERACTION, Refusal.VACCINE_TYPE, Refusal.BATCH_NUMBER);
    }

    @Test
    void refusesASenderThatIsNoApplicationId() {
        byte[] xml = replaced(
                withBsn(),
                "<id root=\"2.16.840.1.113883.2.4.6.6\" extension=\"900001234\"/>",
                "<id root=\"2.16.528.1.1007.3.3\" extension=\"900001234\"/>");

        assertThat(refused(xml).refusals()).extracting(Refusal::code).containsExactly(Refusal.APPLICATION_ID);
    }

    @Test
    void refusesAnotherInteraction() {
        RefusedMessage refused = refused(BatchListXml.withEntries(1));

        assertThat(refused.refusals().get(0).code()).isEqualTo(Refusal.INTERACTION);
        assertThat(refused.refusals().get(0).text())
                .isEqualTo("Het bericht PRMM_IN010043NL wordt hier niet aangenomen (verwacht: REPC_IN002140NL of"
                        + " REPC_IN002145NL)");
    }

    @Test
    void refusesWhatIsNotXml() {
        assertThat(refused("<REPC_IN002140NL".getBytes(StandardCharsets.UTF_8)).refusals())
                .extracting(Refusal::code)
                .containsExactly(Refusal.NOT_XML);
    }
}
