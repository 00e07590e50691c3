package nl.ddjgz.praeventis.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcknowledgementReaderTests {

    private static final Instant NOW = Instant.parse("2026-03-01T01:31:00Z");

    private static final II TARGET = new II("2.999.6", "REPC-0001");

    private final AcknowledgementReader reader = new AcknowledgementReader();

    @Test
    void readsAnAccept() {
        AcknowledgementMessage ack = reader.read(
                Acknowledgement.accept("2.999.3", "ACK-1", NOW, TARGET, BatchListXml.PRAEVENTIS, BatchListXml.DD_JGZ));

        assertThat(ack)
                .isEqualTo(new AcknowledgementMessage(
                        new II("2.999.3", "ACK-1"),
                        NOW,
                        BatchListXml.PRAEVENTIS,
                        BatchListXml.DD_JGZ,
                        AcknowledgementMessage.TypeCode.CA,
                        TARGET,
                        List.of()));
        assertThat(ack.accepted()).isTrue();
    }

    @Test
    void readsAnErrorWithItsDetails() {
        List<AcknowledgementMessage.Detail> details = List.of(
                AcknowledgementMessage.Detail.error("4010", "2.999.5", "Kind onbekend in Praeventis"),
                new AcknowledgementMessage.Detail("W", "4020", "2.999.5", "Adres wijkt af van BRP"));

        AcknowledgementMessage ack = reader.read(Acknowledgement.error(
                "2.999.3", "ACK-2", NOW, TARGET, BatchListXml.PRAEVENTIS, BatchListXml.DD_JGZ, details));

        assertThat(ack.typeCode()).isEqualTo(AcknowledgementMessage.TypeCode.CE);
        assertThat(ack.accepted()).isFalse();
        assertThat(ack.targetMessageId()).isEqualTo(TARGET);
        assertThat(ack.details()).isEqualTo(details);
    }

    @Test
    void readsAReject() {
        AcknowledgementMessage ack = reader.read(Acknowledgement.reject(
                "2.999.3",
                "ACK-3",
                NOW,
                TARGET,
                BatchListXml.PRAEVENTIS,
                BatchListXml.DD_JGZ,
                List.of(AcknowledgementMessage.Detail.error("SYN", null, "Bericht voldoet niet aan het schema"))));

        assertThat(ack.typeCode()).isEqualTo(AcknowledgementMessage.TypeCode.CR);
        assertThat(ack.details())
                .containsExactly(
                        new AcknowledgementMessage.Detail("E", "SYN", null, "Bericht voldoet niet aan het schema"));
    }

    @Test
    void readsWhatTheRegisterMayWriteDifferently() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <hl7:MCCI_IN000002 xmlns:hl7="urn:hl7-org:v3" ITSVersion="XML_1.0">
                  <hl7:id root="2.16.840.1.113883.2.4.3.8.1000.2" extension="ACK-77"/>
                  <hl7:creationTime value="20260301023100.123+0100"/>
                  <hl7:versionCode code="NICTIZEd2005-Okt"/>
                  <hl7:interactionId root="2.16.840.1.113883.1.6" extension="MCCI_IN000002"/>
                  <hl7:profileId root="2.16.840.1.113883.2.4.3.11.1" extension="810"/>
                  <hl7:processingCode code="P"/>
                  <hl7:processingModeCode code="T"/>
                  <hl7:acceptAckCode code="NE"/>
                  <hl7:acknowledgement typeCode="CR">
                    <hl7:acknowledgementDetail>
                      <hl7:text>  Bericht onleesbaar  </hl7:text>
                    </hl7:acknowledgementDetail>
                    <hl7:targetMessage>
                      <hl7:id nullFlavor="UNK"/>
                    </hl7:targetMessage>
                  </hl7:acknowledgement>
                  <hl7:receiver>
                    <hl7:device>
                      <hl7:id root="2.16.528.1.1007.3.2" extension="900001111"/>
                      <hl7:id root="2.16.840.1.113883.2.4.6.6" extension="900001234"/>
                    </hl7:device>
                  </hl7:receiver>
                  <hl7:sender>
                    <hl7:device>
                      <hl7:id root="2.16.840.1.113883.2.4.6.6" extension="1"/>
                    </hl7:device>
                  </hl7:sender>
                </hl7:MCCI_IN000002>
                """;

        AcknowledgementMessage ack = reader.read(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(ack.creationTime()).isEqualTo(Instant.parse("2026-03-01T01:31:00.123Z"));
        assertThat(ack.typeCode()).isEqualTo(AcknowledgementMessage.TypeCode.CR);
        assertThat(ack.targetMessageId()).isNull();
        assertThat(ack.receiver()).isEqualTo(II.application("900001234"));
        assertThat(ack.details())
                .containsExactly(new AcknowledgementMessage.Detail(null, null, null, "Bericht onleesbaar"));
    }

    @Test
    void refusesTheApplicationCodes() {
        byte[] aa = replace(
                Acknowledgement.accept("2.999.3", "ACK-1", NOW, TARGET, BatchListXml.PRAEVENTIS, BatchListXml.DD_JGZ),
                "typeCode=\"CA\"",
                "typeCode=\"AA\"");

        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class, () -> reader.read(aa));

        assertThat(refused.interaction()).isEqualTo("MCCI_IN000002");
        assertThat(refused.errors())
                .isNotEmpty()
                .allMatch(e -> e.line() == 11)
                .anyMatch(e -> e.message().contains("'AA'") && e.message().contains("[CA, CE, CR]"));
    }

    @Test
    void refusesAnAcknowledgementWithoutTarget() {
        byte[] xml = new String(
                        Acknowledgement.accept(
                                "2.999.3", "ACK-1", NOW, TARGET, BatchListXml.PRAEVENTIS, BatchListXml.DD_JGZ),
                        StandardCharsets.UTF_8)
                .replaceAll("(?s)<targetMessage>.*</targetMessage>", "")
                .getBytes(StandardCharsets.UTF_8);

        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class, () -> reader.read(xml));

        assertThat(refused.errors().get(0).message()).contains("targetMessage");
    }

    @Test
    void refusesABatchList() {
        InvalidMessageException refused =
                catchThrowableOfType(InvalidMessageException.class, () -> reader.read(Hl7Samples.valid()));

        assertThat(refused.errors())
                .extracting(ValidationError::message)
                .containsExactly("The root element is '{urn:hl7-org:v3}PRMM_IN010043NL'; expected"
                        + " '{urn:hl7-org:v3}MCCI_IN000002'.");
    }

    @Test
    void readsAnAcknowledgementInItsEnvelopeAsFromItsBytes() {
        byte[] error = Acknowledgement.error(
                "2.999.3",
                "ACK-2",
                NOW,
                TARGET,
                BatchListXml.PRAEVENTIS,
                BatchListXml.DD_JGZ,
                List.of(AcknowledgementMessage.Detail.error("4010", "2.999.5", "Kind onbekend in Praeventis")));

        AcknowledgementMessage fromEnvelope = reader.readEnvelope(Soap.envelope(error));

        assertThat(fromEnvelope).isEqualTo(reader.read(error));
        assertThat(fromEnvelope.typeCode()).isEqualTo(AcknowledgementMessage.TypeCode.CE);
    }

    @Test
    void readsAnEnvelopeWhoseNamespacesAreDeclaredOnTheEnvelope() {
        String soap = """
                <?xml version="1.0" encoding="UTF-8"?>
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:hl7="urn:hl7-org:v3"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <soap:Body>
                    <hl7:MCCI_IN000002 ITSVersion="XML_1.0">
                      <hl7:id root="2.16.840.1.113883.2.4.3.8.1000.2" extension="ACK-77"/>
                      <hl7:creationTime value="20260301023100+0100"/>
                      <hl7:versionCode code="NICTIZEd2005-Okt"/>
                      <hl7:interactionId root="2.16.840.1.113883.1.6" extension="MCCI_IN000002"/>
                      <hl7:profileId root="2.16.840.1.113883.2.4.3.11.1" extension="810"/>
                      <hl7:processingCode code="P"/>
                      <hl7:processingModeCode code="T"/>
                      <hl7:acceptAckCode code="NE"/>
                      <hl7:acknowledgement typeCode="CA">
                        <hl7:targetMessage>
                          <hl7:id root="2.999.6" extension="REPC-0001"/>
                        </hl7:targetMessage>
                      </hl7:acknowledgement>
                      <hl7:receiver>
                        <hl7:device>
                          <hl7:id root="2.16.840.1.113883.2.4.6.6" extension="900001234"/>
                        </hl7:device>
                      </hl7:receiver>
                      <hl7:sender>
                        <hl7:device>
                          <hl7:id root="2.16.840.1.113883.2.4.6.6" extension="1"/>
                        </hl7:device>
                      </hl7:sender>
                    </hl7:MCCI_IN000002>
                  </soap:Body>
                </soap:Envelope>
                """;

        AcknowledgementMessage ack = reader.readEnvelope(soap.strip().getBytes(StandardCharsets.UTF_8));

        assertThat(ack.accepted()).isTrue();
        assertThat(ack.messageId()).isEqualTo(new II("2.16.840.1.113883.2.4.3.8.1000.2", "ACK-77"));
        assertThat(ack.targetMessageId()).isEqualTo(TARGET);
        assertThat(ack.receiver()).isEqualTo(II.application("900001234"));
    }

    @Test
    void refusesASchemaInvalidAcknowledgementInItsEnvelope() {
        byte[] aa = Soap.envelope(replace(
                Acknowledgement.accept("2.999.3", "ACK-1", NOW, TARGET, BatchListXml.PRAEVENTIS, BatchListXml.DD_JGZ),
                "typeCode=\"CA\"",
                "typeCode=\"AA\""));

        InvalidMessageException refused =
                catchThrowableOfType(InvalidMessageException.class, () -> reader.readEnvelope(aa));

        assertThat(refused.interaction()).isEqualTo("MCCI_IN000002");
        assertThat(refused.errors())
                .isNotEmpty()
                .anyMatch(e -> e.message().contains("'AA'") && e.message().contains("[CA, CE, CR]"));
    }

    @Test
    void refusesAnEnvelopeWithoutTargetOrWithAnotherInteraction() {
        byte[] withoutTarget = Soap.envelope(new String(
                        Acknowledgement.accept(
                                "2.999.3", "ACK-1", NOW, TARGET, BatchListXml.PRAEVENTIS, BatchListXml.DD_JGZ),
                        StandardCharsets.UTF_8)
                .replaceAll("(?s)<targetMessage>.*</targetMessage>", "")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(catchThrowableOfType(InvalidMessageException.class, () -> reader.readEnvelope(withoutTarget))
                        .errors()
                        .get(0)
                        .message())
                .contains("targetMessage");
        assertThat(catchThrowableOfType(
                                InvalidMessageException.class,
                                () -> reader.readEnvelope(Soap.envelope(Hl7Samples.valid())))
                        .errors())
                .extracting(ValidationError::message)
                .containsExactly("The root element is '{urn:hl7-org:v3}PRMM_IN010043NL'; expected"
                        + " '{urn:hl7-org:v3}MCCI_IN000002'.");
    }

    @Test
    void refusesAnAnswerThatIsNoEnvelopeOrCarriesADoctype() {
        byte[] bare =
                Acknowledgement.accept("2.999.3", "ACK-1", NOW, TARGET, BatchListXml.PRAEVENTIS, BatchListXml.DD_JGZ);
        byte[] doctype = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>&e;"
                        + "</soap:Body></soap:Envelope>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(catchThrowableOfType(InvalidMessageException.class, () -> reader.readEnvelope(bare))
                        .interaction())
                .isEqualTo("SOAP envelope");
        assertThat(catchThrowableOfType(InvalidMessageException.class, () -> reader.readEnvelope(doctype))
                        .interaction())
                .isEqualTo("SOAP envelope");
    }

    private static byte[] replace(byte[] xml, String find, String replace) {
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains(find);
        return text.replace(find, replace).getBytes(StandardCharsets.UTF_8);
    }
}
