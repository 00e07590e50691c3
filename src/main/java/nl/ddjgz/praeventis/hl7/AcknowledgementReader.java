package nl.ddjgz.praeventis.hl7;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import nl.ddjgz.praeventis.hl7.v3.AcknowledgementDetail;
import nl.ddjgz.praeventis.hl7.v3.CE;
import nl.ddjgz.praeventis.hl7.v3.MCCIIN000002Acknowledgement;
import nl.ddjgz.praeventis.hl7.v3.MCCIIN000002Message;
import org.w3c.dom.Element;

/**
 * Reads an accept acknowledgement (MCCI_IN000002) the register sends back: checks it against our schema (only
 * CA/CE/CR, refusing any other interaction), then maps it. Thread-safe.
 */
public final class AcknowledgementReader {

    private final ZoneId zone;

    public AcknowledgementReader() {
        this(Hl7Time.NETHERLANDS);
    }

    /** @param zone where times without offset are local time (default Europe/Amsterdam) */
    public AcknowledgementReader(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    /** @throws InvalidMessageException when the bytes are not XML, not an MCCI_IN000002 or do not validate */
    public AcknowledgementMessage read(byte[] xml) {
        return map(Jaxb.read(xml, Acknowledgement.INTERACTION, MCCIIN000002Message.class));
    }

    /**
     * Reads the acknowledgement in a SOAP envelope as the register answers: the envelope is parsed once (securely,
     * see {@link Soap#bodyElement}), and the body's element is checked against our schema and mapped without being
     * serialised and parsed again. Accepts and refuses what {@link #read(byte[])} of {@link Soap#body} does.
     *
     * @throws InvalidMessageException when the bytes are not a SOAP envelope, its body not an MCCI_IN000002 or it
     *     does not validate
     */
    public AcknowledgementMessage readEnvelope(byte[] envelope) {
        Element body = Soap.bodyElement(envelope);
        return map(Jaxb.read(body, Acknowledgement.INTERACTION, MCCIIN000002Message.class));
    }

    private AcknowledgementMessage map(MCCIIN000002Message message) {
        MCCIIN000002Acknowledgement ack = message.getAcknowledgement();
        return new AcknowledgementMessage(
                V3.messageId(message),
                creationTime(message.getCreationTime().getValue()),
                V3.applicationId(message.getSender().getDevice()),
                message.getReceiver().isEmpty()
                        ? null
                        : V3.applicationId(message.getReceiver().get(0).getDevice()),
                AcknowledgementMessage.TypeCode.valueOf(ack.getTypeCode().value()),
                V3.id(ack.getTargetMessage().getId()),
                ack.getAcknowledgementDetail().stream()
                        .map(AcknowledgementReader::detail)
                        .toList());
    }

    private Instant creationTime(String value) {
        try {
            return Hl7Time.instant(value, zone);
        } catch (DateTimeException e) {
            throw new InvalidMessageException(
                    Acknowledgement.INTERACTION,
                    List.of(ValidationError.of("creationTime: '" + value + "' is not a valid point in time.")));
        }
    }

    private static AcknowledgementMessage.Detail detail(AcknowledgementDetail detail) {
        CE code = detail.getCode();
        boolean coded = code != null && code.getNullFlavor() == null;
        return new AcknowledgementMessage.Detail(
                detail.getTypeCode() == null ? null : detail.getTypeCode().value(),
                coded ? code.getCode() : null,
                coded ? code.getCodeSystem() : null,
                V3.text(detail.getText()));
    }
}
