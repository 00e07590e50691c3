package nl.ddjgz.simulator.praeventis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.ddjgz.praeventis.hl7.Acknowledgement;
import nl.ddjgz.praeventis.hl7.AcknowledgementMessage;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.Soap;
import org.junit.jupiter.api.Test;

/** The module's acknowledgement to a pushed list, as the simulated register reads it: ours and official-shaped. */
class ReceivedAcknowledgementTests {

    private static final II LIST = new II("2.16.840.1.113883.2.4.3.8.1000.9", "PRMM-1");

    @Test
    void readsOurAcceptAndOurReject() {
        byte[] ca = Soap.envelope(Acknowledgement.accept(
                "2.999.1", "ACK-1", Instant.now(), LIST, II.application("1"), II.application("PRAEVENTIS")));
        byte[] cr = Soap.envelope(Acknowledgement.reject(
                "2.999.1",
                "ACK-2",
                Instant.now(),
                LIST,
                II.application("1"),
                II.application("PRAEVENTIS"),
                List.of(AcknowledgementMessage.Detail.syntaxError("geen geldige lijst"))));

        ReceivedAcknowledgement accepted = ReceivedAcknowledgement.read(ca);
        ReceivedAcknowledgement rejected = ReceivedAcknowledgement.read(cr);

        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.targetMessage()).isEqualTo(new Id(LIST.root(), LIST.extension()));
        assertThat(rejected.accepted()).isFalse();
        assertThat(rejected.typeCode()).isEqualTo("CR");
        assertThat(rejected.details()).containsExactly("geen geldige lijst");
    }

    @Test
    void readsTheHandWrittenOfficialForm() throws IOException {
        byte[] message;
        try (InputStream in = getClass().getResourceAsStream("/hl7/official-forms/MCCI_IN000002-CA.xml")) {
            message = in.readAllBytes();
        }
        String envelope = "<s:Envelope xmlns:s=\"" + ReceivedEnvelope.SOAP_11 + "\"><s:Body>"
                + new String(message, StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*\\?>", "")
                + "</s:Body></s:Envelope>";

        ReceivedAcknowledgement read = ReceivedAcknowledgement.read(envelope.getBytes(StandardCharsets.UTF_8));

        assertThat(read.accepted()).isTrue();
        assertThat(read.targetMessage().extension()).isEqualTo("PRMM-20250301-0001");
    }

    @Test
    void refusesAnAnswerThatIsNoAcknowledgement() {
        byte[] notAnAck = ("<s:Envelope xmlns:s=\"" + ReceivedEnvelope.SOAP_11
                        + "\"><s:Body><REPC_IN002171NL xmlns=\"urn:hl7-org:v3\"/></s:Body></s:Envelope>")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReceivedAcknowledgement.read(notAnAck))
                .isInstanceOfSatisfying(
                        RefusedMessage.class,
                        e -> assertThat(e.refuses(Refusal.INTERACTION)).isTrue());
        assertThatThrownBy(() -> ReceivedAcknowledgement.read("<x/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        RefusedMessage.class,
                        e -> assertThat(e.refuses(Refusal.NOT_XML)).isTrue());
    }
}
