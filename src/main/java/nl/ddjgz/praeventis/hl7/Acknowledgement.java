package nl.ddjgz.praeventis.hl7;

import static nl.ddjgz.praeventis.hl7.AcknowledgementMessage.TypeCode.CA;
import static nl.ddjgz.praeventis.hl7.AcknowledgementMessage.TypeCode.CE;
import static nl.ddjgz.praeventis.hl7.AcknowledgementMessage.TypeCode.CR;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.ddjgz.praeventis.hl7.AcknowledgementMessage.Detail;
import nl.ddjgz.praeventis.hl7.v3.AcceptAckCodeValue;
import nl.ddjgz.praeventis.hl7.v3.AcknowledgementDetail;
import nl.ddjgz.praeventis.hl7.v3.AcknowledgementDetailType;
import nl.ddjgz.praeventis.hl7.v3.AcknowledgementType;
import nl.ddjgz.praeventis.hl7.v3.CE;
import nl.ddjgz.praeventis.hl7.v3.ED;
import nl.ddjgz.praeventis.hl7.v3.MCCIIN000002Acknowledgement;
import nl.ddjgz.praeventis.hl7.v3.MCCIIN000002Message;
import nl.ddjgz.praeventis.hl7.v3.ObjectFactory;
import nl.ddjgz.praeventis.hl7.v3.TargetMessage;

/**
 * Writes the accept acknowledgement MCCI_IN000002 with which a receiver answers a message: {@link #accept} (CA),
 * {@link #error} (CE, commit error) and {@link #reject} (CR, commit reject), the latter two with at least one detail
 * (code and text). The result is checked against our schema while it is written. Thread-safe.
 *
 * <p>{@code sender} is the application that acknowledges (for a batch list: us, the list's receiver), {@code
 * receiver} the application whose message is acknowledged (the list's sender); both are application ids, root
 * {@value Oids#APPLICATION_ID}.
 */
@org.springframework.modulith.NamedInterface("hl7")
public final class Acknowledgement {

    public static final String INTERACTION = "MCCI_IN000002";

    private static final ObjectFactory FACTORY = new ObjectFactory();

    private Acknowledgement() {}

    /** CA: the message identified by {@code target} is accepted. */
    public static byte[] accept(String root, String extension, Instant at, II target, II sender, II receiver) {
        return write(new AcknowledgementMessage(new II(root, extension), at, sender, receiver, CA, target, List.of()));
    }

    /** CE: received but not taken on (e.g. the child is unknown); at least one detail with code and text. */
    public static byte[] error(
            String root, String extension, Instant at, II target, II sender, II receiver, List<Detail> details) {
        return write(new AcknowledgementMessage(new II(root, extension), at, sender, receiver, CE, target, details));
    }

    /** CR: refused (e.g. the message does not validate); at least one detail with code and text. */
    public static byte[] reject(
            String root, String extension, Instant at, II target, II sender, II receiver, List<Detail> details) {
        return write(new AcknowledgementMessage(new II(root, extension), at, sender, receiver, CR, target, details));
    }

    /**
     * Writes any acknowledgement.
     *
     * @throws IllegalArgumentException when the message id has no extension, the target is missing, a CE or CR has
     *     no detail, or a detail has no code or text
     */
    public static byte[] write(AcknowledgementMessage acknowledgement) {
        Objects.requireNonNull(acknowledgement.messageId(), "messageId");
        Objects.requireNonNull(acknowledgement.creationTime(), "creationTime");
        Objects.requireNonNull(acknowledgement.sender(), "sender");
        Objects.requireNonNull(acknowledgement.receiver(), "receiver");
        Objects.requireNonNull(acknowledgement.typeCode(), "typeCode");
        if (acknowledgement.messageId().extension() == null) {
            throw new IllegalArgumentException("a message id needs root and extension");
        }
        if (acknowledgement.targetMessageId() == null) {
            throw new IllegalArgumentException("an acknowledgement names the message it acknowledges");
        }
        if (!acknowledgement.accepted() && acknowledgement.details().isEmpty()) {
            throw new IllegalArgumentException(acknowledgement.typeCode() + " needs at least one detail");
        }
        MCCIIN000002Message message = new MCCIIN000002Message();
        V3.head(
                message,
                acknowledgement.messageId(),
                acknowledgement.creationTime(),
                INTERACTION,
                AcceptAckCodeValue.NE);
        MCCIIN000002Acknowledgement ack = new MCCIIN000002Acknowledgement();
        ack.setTypeCode(AcknowledgementType.fromValue(acknowledgement.typeCode().name()));
        TargetMessage target = new TargetMessage();
        target.setId(V3.id(new nl.ddjgz.praeventis.hl7.v3.II(), acknowledgement.targetMessageId()));
        ack.setTargetMessage(target);
        for (Detail detail : acknowledgement.details()) {
            ack.getAcknowledgementDetail().add(detail(detail));
        }
        message.setAcknowledgement(ack);
        message.getReceiver().add(V3.receiver(acknowledgement.receiver()));
        message.setSender(V3.sender(acknowledgement.sender()));
        return Jaxb.marshal(FACTORY.createMCCIIN000002(message), true);
    }

    private static AcknowledgementDetail detail(Detail detail) {
        if (isBlank(detail.code()) || isBlank(detail.text())) {
            throw new IllegalArgumentException("an acknowledgement detail needs a code and a text");
        }
        AcknowledgementDetail result = new AcknowledgementDetail();
        result.setTypeCode(AcknowledgementDetailType.fromValue(detail.typeCode() == null ? "E" : detail.typeCode()));
        CE code = new CE();
        code.setCode(detail.code());
        code.setCodeSystem(detail.codeSystem());
        if (!Detail.ACKNOWLEDGEMENT_DETAIL_CODE.equals(detail.codeSystem())) {
            // the official rules: a code outside AcknowledgementDetailCode carries a displayName
            code.setDisplayName(detail.text().length() > 200 ? detail.text().substring(0, 200) : detail.text());
        }
        result.setCode(code);
        result.setText(V3.text(new ED(), detail.text()));
        return result;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
