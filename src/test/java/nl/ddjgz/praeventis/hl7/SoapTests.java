package nl.ddjgz.praeventis.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SoapTests {

    @Test
    void takesTheMessageOutOfTheBody() {
        byte[] envelope = Soap.envelope(Hl7Samples.valid());

        byte[] message = Soap.body(envelope);

        assertThat(new BatchListReader().read(message)).isEqualTo(new BatchListReader().read(Hl7Samples.valid()));
    }

    @Test
    void givesTheBodyElementAsDom() {
        Element message = Soap.bodyElement(Soap.envelope(Hl7Samples.valid()));

        assertThat(message.getNamespaceURI()).isEqualTo(Hl7Schemas.NAMESPACE);
        assertThat(message.getLocalName()).isEqualTo("PRMM_IN010043NL");
        assertThat(message.getOwnerDocument().getDocumentElement()).isSameAs(message);
    }

    @Test
    void wrapsAnAcknowledgementInAnEnvelope() {
        byte[] ack = Acknowledgement.accept(
                "2.999.3",
                "ACK-1",
                Instant.parse("2026-03-01T01:31:00Z"),
                new II("2.999.6", "PRMM-1"),
                BatchListXml.DD_JGZ,
                BatchListXml.PRAEVENTIS);

        byte[] envelope = Soap.envelope(ack);

        assertThat(Hl7Samples.xpath(envelope, "count(/soap:Envelope/soap:Header)"))
                .isEqualTo("1");
        assertThat(Hl7Samples.xpath(
                        envelope, "/soap:Envelope/soap:Body/hl7:MCCI_IN000002/hl7:acknowledgement/@typeCode"))
                .isEqualTo("CA");
        assertThat(new AcknowledgementReader().read(Soap.body(envelope)).targetMessageId())
                .isEqualTo(new II("2.999.6", "PRMM-1"));
    }

    @Test
    void wrapsAMessageWeWroteAsParsingItWould() {
        byte[] message = VaccinationMessages.writer().write(VaccinationMessages.withBsn());

        byte[] wrapped = Soap.envelopeWritten(message);

        // the same document as wrapping the parsed message (the serialiser orders the attributes its own way)
        assertThat(new String(Soap.body(wrapped), StandardCharsets.UTF_8))
                .isEqualTo(new String(Soap.body(Soap.envelope(message)), StandardCharsets.UTF_8));
        assertThat(new String(wrapped, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><soap:Envelope")
                .endsWith("</REPC_IN002140NL></soap:Body></soap:Envelope>");
        assertThat(Hl7Schemas.get().validate(Soap.body(wrapped), "REPC_IN002140NL"))
                .isEmpty();
    }

    @Test
    void parsesWhatDoesNotStartWithItsRootElementBeforeWrappingIt() {
        byte[] commented =
                "<?xml version=\"1.0\"?><!-- a note --><a xmlns=\"urn:x\">één</a>".getBytes(StandardCharsets.UTF_8);
        byte[] doctype =
                "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>".getBytes(StandardCharsets.UTF_8);

        assertThat(Soap.bodyElement(Soap.envelopeWritten(commented)).getTextContent())
                .isEqualTo("één");
        assertThat(catchThrowableOfType(InvalidMessageException.class, () -> Soap.envelopeWritten(doctype)))
                .isNotNull();
    }

    @Test
    void keepsNamespacesTheMessageInheritedFromTheEnvelope() {
        String envelope = """
                <?xml version="1.0" encoding="UTF-8"?>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                                  xmlns:hl7="urn:hl7-org:v3"
                                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <soapenv:Header/>
                  <soapenv:Body>
                    <hl7:attentionLine>
                      <hl7:value xsi:type="hl7:II" root="2.16.840.1.113883.2.4.6.3" extension="111222333"/>
                    </hl7:attentionLine>
                  </soapenv:Body>
                </soapenv:Envelope>
                """;

        Element line = Soap.bodyElement(envelope.getBytes(StandardCharsets.UTF_8));

        assertThat(line.lookupNamespaceURI("hl7")).isEqualTo(Hl7Schemas.NAMESPACE);
        assertThat(line.lookupNamespaceURI("xsi")).isEqualTo("http://www.w3.org/2001/XMLSchema-instance");
        String body = new String(SecureXml.serialize(line), StandardCharsets.UTF_8);
        assertThat(body).contains("xmlns:hl7=\"urn:hl7-org:v3\"").contains("xsi:type=\"hl7:II\"");
    }

    @Test
    void refusesWhatIsNoEnvelope() {
        InvalidMessageException refused =
                catchThrowableOfType(InvalidMessageException.class, () -> Soap.body(Hl7Samples.valid()));

        assertThat(refused.errors().get(0).message()).contains("not a SOAP 1.1 Envelope");
    }

    @Test
    void refusesASoap12Envelope() {
        String soap12 =
                "<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body/></env:Envelope>";

        InvalidMessageException refused = catchThrowableOfType(
                InvalidMessageException.class, () -> Soap.body(soap12.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.errors().get(0).message()).contains("not a SOAP 1.1 Envelope");
    }

    @Test
    void refusesAnEmptyBody() {
        String empty =
                "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body> </s:Body></s:Envelope>";

        InvalidMessageException refused = catchThrowableOfType(
                InvalidMessageException.class, () -> Soap.body(empty.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.errors().get(0).message()).isEqualTo("The SOAP Body is empty.");
    }

    @Test
    void refusesAnEnvelopeWithDoctype() {
        String xxe = "<!DOCTYPE s:Envelope [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><a>&x;</a></s:Body>"
                + "</s:Envelope>";

        InvalidMessageException refused = catchThrowableOfType(
                InvalidMessageException.class, () -> Soap.body(xxe.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.errors().get(0).message()).contains("DOCTYPE is disallowed");
    }

    @Test
    void refusesWhatIsNotXml() {
        InvalidMessageException refused = catchThrowableOfType(
                InvalidMessageException.class, () -> Soap.body("HTTP 502".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.errors().get(0).line()).isEqualTo(1);
    }
}
