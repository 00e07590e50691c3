package nl.ddjgz.simulator.praeventis;

import static nl.ddjgz.simulator.praeventis.RegisterReading.attribute;
import static nl.ddjgz.simulator.praeventis.RegisterReading.child;
import static nl.ddjgz.simulator.praeventis.RegisterReading.children;
import static nl.ddjgz.simulator.praeventis.RegisterReading.path;
import static nl.ddjgz.simulator.praeventis.RegisterReading.text;

import java.util.List;
import org.w3c.dom.Element;

/**
 * The module's accept acknowledgement MCCI_IN000002 to what the simulated register pushed (batch list, call list), as
 * the register reads it (Nictiz JGZ 7.1 MCCI_MT000200, praeventis-messages.md §6), independent of the sender's classes.
 *
 * @param typeCode CA, CE or CR; null when the answer holds no acknowledgement
 * @param targetMessage the id of the message acknowledged, or null
 * @param details the texts of the acknowledgement details, in order
 */
public record ReceivedAcknowledgement(String typeCode, Id targetMessage, List<String> details) {

    public ReceivedAcknowledgement {
        details = List.copyOf(details);
    }

    /**
     * Reads the acknowledgement in a SOAP answer.
     *
     * @throws RefusedMessage when the answer is no SOAP envelope with an MCCI_IN000002
     */
    public static ReceivedAcknowledgement read(byte[] envelope) {
        Element root = ReceivedEnvelope.message(envelope);
        if (!RegisterReading.HL7.equals(root.getNamespaceURI()) || !"MCCI_IN000002".equals(root.getLocalName())) {
            throw new RefusedMessage(
                    null,
                    List.of(Refusal.of(
                            Refusal.INTERACTION, "Het antwoord " + root.getLocalName() + " is geen MCCI_IN000002")));
        }
        Element acknowledgement = child(root, "acknowledgement");
        return new ReceivedAcknowledgement(
                attribute(acknowledgement, "typeCode"),
                Id.of(path(acknowledgement, "targetMessage", "id")),
                children(acknowledgement, "acknowledgementDetail").stream()
                        .map(d -> text(child(d, "text")))
                        .filter(t -> t != null)
                        .toList());
    }

    /** Accepted: CA. */
    public boolean accepted() {
        return "CA".equals(typeCode);
    }
}
