package nl.ddjgz.praeventis.hl7;

import nl.ddjgz.shared.xml.Soap11;
import nl.ddjgz.shared.xml.XmlRefusedException;
import org.w3c.dom.Element;

/**
 * SOAP 1.1 envelopes around HL7 messages (see {@link Soap11}): the schemas describe only the HL7 message, the HTTP
 * endpoint takes it out of the envelope ({@link #body}) and puts the answer into one ({@link #envelope}). Parsing is
 * as strict as everywhere in this package: no DOCTYPE, no external entities.
 */
@org.springframework.modulith.NamedInterface("hl7")
public final class Soap {

    /** The SOAP 1.1 envelope namespace. */
    public static final String NAMESPACE = Soap11.NAMESPACE;

    private Soap() {}

    /**
     * The first element inside {@code soap:Body}, as an element of a document of its own; namespace declarations it
     * inherited from the envelope are copied onto it, so prefixes used in attribute values (xsi:type) still resolve.
     *
     * @throws InvalidMessageException when the bytes are not XML, not a SOAP 1.1 envelope or the body is empty
     */
    public static Element bodyElement(byte[] envelope) {
        try {
            return Soap11.bodyElement(envelope, ParserErrors.MASK);
        } catch (XmlRefusedException e) {
            throw new InvalidMessageException("SOAP envelope", ParserErrors.toErrors(e.errors()));
        }
    }

    /** The first element inside {@code soap:Body} as UTF-8 bytes with an XML declaration, ready for the readers. */
    public static byte[] body(byte[] envelope) {
        return SecureXml.serialize(bodyElement(envelope).getOwnerDocument());
    }

    /**
     * What a register's endpoint takes in: the message inside a SOAP envelope, or the bytes themselves when they are
     * not one (a bare HL7 message, or garbage), so that the reader refuses them with its own reasons.
     */
    public static byte[] bodyOrAsIs(byte[] received) {
        try {
            return body(received);
        } catch (RuntimeException notSoap) {
            return received;
        }
    }

    /** Wraps a message (UTF-8 or with its own XML declaration) in a SOAP 1.1 envelope with an empty header. */
    public static byte[] envelope(byte[] message) {
        return envelope(SecureXml.parse(message, "message").getDocumentElement());
    }

    /**
     * Wraps a message this module wrote (UTF-8 from our marshaller, checked against our schema) in a SOAP 1.1
     * envelope without parsing it again (see {@link Soap11#envelopeWritten}).
     */
    public static byte[] envelopeWritten(byte[] message) {
        try {
            return Soap11.envelopeWritten(message);
        } catch (XmlRefusedException e) {
            throw new InvalidMessageException("message", ParserErrors.toErrors(e.errors()));
        }
    }

    /** Wraps an element in a SOAP 1.1 envelope with an empty header. */
    public static byte[] envelope(Element message) {
        return Soap11.envelope(message);
    }
}
