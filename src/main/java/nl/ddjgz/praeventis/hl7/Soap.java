package nl.ddjgz.praeventis.hl7;

import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * SOAP 1.1 envelopes around HL7 messages, with plain JAXP/DOM: the schemas describe only the HL7 message, the HTTP
 * endpoint takes it out of the envelope ({@link #body}) and puts the answer into one ({@link #envelope}). Parsing is
 * as strict as everywhere in this package: no DOCTYPE, no external entities.
 */
public final class Soap {

    /** The SOAP 1.1 envelope namespace. */
    public static final String NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";

    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private Soap() {}

    /**
     * The first element inside {@code soap:Body}, as an element of a document of its own; namespace declarations it
     * inherited from the envelope are copied onto it, so prefixes used in attribute values (xsi:type) still resolve.
     *
     * @throws InvalidMessageException when the bytes are not XML, not a SOAP 1.1 envelope or the body is empty
     */
    public static Element bodyElement(byte[] envelope) {
        Document document = SecureXml.parse(envelope, "SOAP envelope");
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"Envelope".equals(root.getLocalName())) {
            throw refused("The root element is not a SOAP 1.1 Envelope ('{" + NAMESPACE + "}Envelope').");
        }
        Element body = firstChild(root, NAMESPACE, "Body");
        if (body == null) {
            throw refused("The SOAP envelope has no Body.");
        }
        Element content = firstChild(body, null, null);
        if (content == null) {
            throw refused("The SOAP Body is empty.");
        }
        Document own = SecureXml.documentBuilder().newDocument();
        Element copy = (Element) own.importNode(content, true);
        inheritNamespaces(content, copy);
        own.appendChild(copy);
        return copy;
    }

    /** The first element inside {@code soap:Body} as UTF-8 bytes with an XML declaration, ready for the readers. */
    public static byte[] body(byte[] envelope) {
        return SecureXml.serialize(bodyElement(envelope).getOwnerDocument());
    }

    /** Wraps a message (UTF-8 or with its own XML declaration) in a SOAP 1.1 envelope with an empty header. */
    public static byte[] envelope(byte[] message) {
        return envelope(SecureXml.parse(message, "message").getDocumentElement());
    }

    /** Wraps an element in a SOAP 1.1 envelope with an empty header. */
    public static byte[] envelope(Element message) {
        Document document = SecureXml.documentBuilder().newDocument();
        Element envelope = document.createElementNS(NAMESPACE, "soap:Envelope");
        envelope.setAttributeNS(XMLNS, "xmlns:soap", NAMESPACE);
        envelope.appendChild(document.createElementNS(NAMESPACE, "soap:Header"));
        Element body = document.createElementNS(NAMESPACE, "soap:Body");
        body.appendChild(document.importNode(message, true));
        envelope.appendChild(body);
        document.appendChild(envelope);
        return SecureXml.serialize(document);
    }

    private static Element firstChild(Element parent, String namespace, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && (localName == null
                            || (namespace.equals(element.getNamespaceURI())
                                    && localName.equals(element.getLocalName())))) {
                return element;
            }
        }
        return null;
    }

    /** Copies the namespace declarations in scope at {@code original} (from its ancestors) onto {@code copy}. */
    private static void inheritNamespaces(Element original, Element copy) {
        for (Node node = original.getParentNode(); node instanceof Element ancestor; node = node.getParentNode()) {
            NamedNodeMap attributes = ancestor.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (XMLNS.equals(attribute.getNamespaceURI()) && !copy.hasAttributeNS(XMLNS, localName(attribute))) {
                    copy.setAttributeNS(XMLNS, attribute.getName(), attribute.getValue());
                }
            }
        }
    }

    private static String localName(Attr declaration) {
        // xmlns="..." has local name "xmlns"; xmlns:p="..." has local name "p"
        return declaration.getLocalName();
    }

    private static InvalidMessageException refused(String why) {
        return new InvalidMessageException("SOAP envelope", List.of(ValidationError.of(why)));
    }
}
