package nl.ddjgz.praeventis.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcknowledgementTests {

    private static final Instant NOW = Instant.parse("2026-03-01T01:31:00Z");

    private static final II TARGET = new II("2.16.840.1.113883.2.4.3.8.1000.1", "PRMM-20260301-0042");

    private static final String OUR_ROOT = "2.999.3";

    @Test
    void acceptWritesCaForTheTargetMessage() {
        byte[] xml =
                Acknowledgement.accept(OUR_ROOT, "ACK-1", NOW, TARGET, BatchListXml.DD_JGZ, BatchListXml.PRAEVENTIS);

        assertThat(Hl7Schemas.get().validate(xml, "MCCI_IN000002")).isEmpty();
        assertThat(xpath(xml, "hl7:acknowledgement/@typeCode")).isEqualTo("CA");
        assertThat(xpath(xml, "hl7:acknowledgement/hl7:targetMessage/hl7:id/@root"))
                .isEqualTo("2.16.840.1.113883.2.4.3.8.1000.1");
        assertThat(xpath(xml, "hl7:acknowledgement/hl7:targetMessage/hl7:id/@extension"))
                .isEqualTo("PRMM-20260301-0042");
        assertThat(Hl7Samples.xpath(xml, "count(//hl7:acknowledgementDetail)")).isEqualTo("0");
        assertThat(xpath(xml, "hl7:id/@extension")).isEqualTo("ACK-1");
        assertThat(xpath(xml, "hl7:creationTime/@value")).isEqualTo("20260301023100");
        assertThat(xpath(xml, "hl7:interactionId/@extension")).isEqualTo("MCCI_IN000002");
        assertThat(xpath(xml, "hl7:acceptAckCode/@code")).isEqualTo("NE");
        assertThat(xpath(xml, "hl7:sender/hl7:device/hl7:id/@root")).isEqualTo("2.16.840.1.113883.2.4.6.6");
        assertThat(xpath(xml, "hl7:sender/hl7:device/hl7:id/@extension")).isEqualTo("900001234");
        assertThat(xpath(xml, "hl7:receiver/hl7:device/hl7:id/@extension")).isEqualTo("1");
    }

    @Test
    void errorWritesCeWithItsDetails() {
        byte[] xml = Acknowledgement.error(
                OUR_ROOT,
                "ACK-2",
                NOW,
                TARGET,
                BatchListXml.PRAEVENTIS,
                BatchListXml.DD_JGZ,
                List.of(
                        AcknowledgementMessage.Detail.error("4010", "2.999.5", "Kind onbekend in Praeventis"),
                        AcknowledgementMessage.Detail.error("4011", "2.999.5", "Vaccinatie al geregistreerd")));

        assertThat(Hl7Schemas.get().validate(xml, "MCCI_IN000002")).isEmpty();
        assertThat(xpath(xml, "hl7:acknowledgement/@typeCode")).isEqualTo("CE");
        assertThat(xpath(xml, "hl7:acknowledgement/hl7:targetMessage/hl7:id/@extension"))
                .isEqualTo("PRMM-20260301-0042");
        assertThat(Hl7Samples.xpath(xml, "count(//hl7:acknowledgementDetail)")).isEqualTo("2");
        assertThat(xpath(xml, "hl7:acknowledgement/hl7:acknowledgementDetail[1]/@typeCode"))
                .isEqualTo("E");
        assertThat(xpath(xml, "hl7:acknowledgement/hl7:acknowledgementDetail[1]/hl7:code/@code"))
                .isEqualTo("4010");
        assertThat(xpath(xml, "hl7:acknowledgement/hl7:acknowledgementDetail[1]/hl7:text"))
                .isEqualTo("Kind onbekend in Praeventis");
    }

    @Test
    void rejectWritesCr() {
        byte[] xml = Acknowledgement.reject(
                OUR_ROOT,
                "ACK-3",
                NOW,
                TARGET,
                BatchListXml.DD_JGZ,
                BatchListXml.PRAEVENTIS,
                List.of(AcknowledgementMessage.Detail.error(
                        "SYN", null, "line 73, column 28: cvc-complex-type.2.4.a: Invalid content")));

        assertThat(Hl7Schemas.get().validate(xml, "MCCI_IN000002")).isEmpty();
        assertThat(xpath(xml, "hl7:acknowledgement/@typeCode")).isEqualTo("CR");
        assertThat(xpath(xml, "hl7:acknowledgement/hl7:targetMessage/hl7:id/@extension"))
                .isEqualTo("PRMM-20260301-0042");
        assertThat(xpath(xml, "hl7:acknowledgement/hl7:acknowledgementDetail/hl7:code/@codeSystem"))
                .isEmpty();
    }

    @Test
    void anErrorOrRejectNeedsADetailWithCodeAndText() {
        assertThatThrownBy(() -> Acknowledgement.error(
                        OUR_ROOT, "ACK-4", NOW, TARGET, BatchListXml.DD_JGZ, BatchListXml.PRAEVENTIS, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CE needs at least one detail");
        assertThatThrownBy(() -> Acknowledgement.reject(
                        OUR_ROOT,
                        "ACK-5",
                        NOW,
                        TARGET,
                        BatchListXml.DD_JGZ,
                        BatchListXml.PRAEVENTIS,
                        List.of(AcknowledgementMessage.Detail.error("SYN", null, " "))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an acknowledgement detail needs a code and a text");
    }

    @Test
    void aMessageThatWouldNotValidateIsRefusedAndTheNextOnTheSameThreadIsCheckedAfresh() {
        // the check while writing uses this thread's validator handler again: a refusal leaves nothing behind
        assertThatThrownBy(() -> Acknowledgement.accept(
                        "not an OID", "ACK-6", NOW, TARGET, BatchListXml.DD_JGZ, BatchListXml.PRAEVENTIS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("MCCI_IN000002 would not validate: ");
        for (int n = 0; n < 3; n++) {
            byte[] xml = Acknowledgement.accept(
                    OUR_ROOT, "ACK-7-" + n, NOW, TARGET, BatchListXml.DD_JGZ, BatchListXml.PRAEVENTIS);
            assertThat(Hl7Schemas.get().validate(xml, "MCCI_IN000002")).isEmpty();
            assertThat(xpath(xml, "hl7:id/@extension")).isEqualTo("ACK-7-" + n);
        }
        assertThatThrownBy(() -> Acknowledgement.accept(
                        "not an OID", "ACK-8", NOW, TARGET, BatchListXml.DD_JGZ, BatchListXml.PRAEVENTIS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("MCCI_IN000002 would not validate: ");
    }

    @Test
    void aMessageIdNeedsRootAndExtension() {
        assertThatThrownBy(() -> Acknowledgement.accept(
                        OUR_ROOT, null, NOW, TARGET, BatchListXml.DD_JGZ, BatchListXml.PRAEVENTIS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a message id needs root and extension");
    }

    @Test
    void answersABatchListFromWhatTheReaderGives() {
        BatchListMessage list = new BatchListReader().read(Hl7Samples.valid());

        byte[] xml = Acknowledgement.accept(OUR_ROOT, "ACK-6", NOW, list.messageId(), list.receiver(), list.sender());

        AcknowledgementMessage ack = new AcknowledgementReader().read(xml);
        assertThat(ack.targetMessageId()).isEqualTo(list.messageId());
        assertThat(ack.receiver()).isEqualTo(II.application("1"));
        assertThat(ack.sender()).isEqualTo(II.application("900001234"));
    }

    private static String xpath(byte[] xml, String relative) {
        return Hl7Samples.xpath(xml, "/hl7:MCCI_IN000002/" + relative);
    }
}
