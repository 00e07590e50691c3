package nl.ddjgz.simulator.praeventis;

import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The SOAP 1.1 envelope as the register reads it: {@code Envelope/Body} in the namespace
 * {@value #SOAP_11}, and the one HL7 message in the body.
 */
public final class ReceivedEnvelope {

    public static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private ReceivedEnvelope() {}

    /**
     * The HL7 message in the body, read where it is (an element of the envelope's document, not copied out of it).
     *
     * @throws RefusedMessage when the bytes are no SOAP envelope with a message in its body
     */
    public static Element message(byte[] envelope) {
        Element root = RegisterReading.parse(envelope).getDocumentElement();
        if (!SOAP_11.equals(root.getNamespaceURI()) || !"Envelope".equals(root.getLocalName())) {
            throw notSoap();
        }
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element body
                    && SOAP_11.equals(body.getNamespaceURI())
                    && "Body".equals(body.getLocalName())) {
                for (Node m = body.getFirstChild(); m != null; m = m.getNextSibling()) {
                    if (m instanceof Element message) {
                        return message;
                    }
                }
            }
        }
        throw notSoap();
    }

    /** The message as bytes (UTF-8), as the register files it. */
    public static byte[] bytes(Element message) {
        return RegisterReading.bytes(message);
    }

    private static RefusedMessage notSoap() {
        return new RefusedMessage(
                null, List.of(Refusal.of(Refusal.NOT_XML, "Het bericht is geen SOAP-envelop met een HL7-bericht")));
    }
}
