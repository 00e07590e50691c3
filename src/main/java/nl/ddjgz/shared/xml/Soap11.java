package nl.ddjgz.shared.xml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * SOAP 1.1 envelopes with plain JAXP/DOM: taking the first element out of {@code soap:Body} ({@link #bodyElement})
 * and putting a message into an envelope ({@link #envelope}). Parsing goes through {@link SecureXml}: no DOCTYPE, no
 * external entities.
 */
public final class Soap11 {

    /** The SOAP 1.1 envelope namespace. */
    public static final String NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";

    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private static final String WHAT = "SOAP envelope";

    private Soap11() {}

    /**
     * The first element inside {@code soap:Body}, as an element of a document of its own; namespace declarations it
     * inherited from the envelope are copied onto it, so prefixes used in attribute values (xsi:type) still resolve.
     *
     * @throws XmlRefusedException when the bytes are not XML, not a SOAP 1.1 envelope or the body is empty
     */
    public static Element bodyElement(byte[] envelope, UnaryOperator<String> mask) {
        Document document = SecureXml.parse(envelope, WHAT, mask);
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
        Document own = SecureXml.newDocument();
        Element copy = (Element) own.importNode(content, true);
        inheritNamespaces(content, copy);
        own.appendChild(copy);
        return copy;
    }

    /** The first element inside {@code soap:Body} as UTF-8 bytes with an XML declaration. */
    public static byte[] body(byte[] envelope, UnaryOperator<String> mask) {
        return SecureXml.serialize(bodyElement(envelope, mask).getOwnerDocument());
    }

    /**
     * Wraps a message (UTF-8 or with its own XML declaration) in a SOAP 1.1 envelope with an empty header.
     *
     * @throws XmlRefusedException when the message is not well-formed XML
     */
    public static byte[] envelope(byte[] message, UnaryOperator<String> mask) {
        return envelope(SecureXml.parse(message, "message", mask).getDocumentElement());
    }

    /**
     * Wraps a message this module wrote itself (UTF-8 from a marshaller and checked against its schema, so
     * well-formed) in a SOAP 1.1 envelope with an empty header, without parsing it: its XML declaration is left out
     * and its root element goes into the Body byte for byte. What does not start with the root element after the
     * declaration (a comment, a DOCTYPE) is parsed and wrapped as {@link #envelope(byte[], UnaryOperator)} does.
     *
     * @throws XmlRefusedException when the message has to be parsed and is not well-formed XML
     */
    public static byte[] envelopeWritten(byte[] utf8Message) {
        int start = 0;
        if (startsWith(utf8Message, 0, XML_DECLARATION)) {
            int end = indexOf(utf8Message, DECLARATION_END, XML_DECLARATION.length);
            start = end < 0 ? utf8Message.length : end + DECLARATION_END.length;
            while (start < utf8Message.length && isSpace(utf8Message[start])) {
                start++;
            }
        }
        if (start + 1 >= utf8Message.length
                || utf8Message[start] != '<'
                || utf8Message[start + 1] == '!'
                || utf8Message[start + 1] == '?') {
            return envelope(utf8Message, UnaryOperator.identity());
        }
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(ENVELOPE_START.length + utf8Message.length - start + ENVELOPE_END.length);
        out.writeBytes(ENVELOPE_START);
        out.write(utf8Message, start, utf8Message.length - start);
        out.writeBytes(ENVELOPE_END);
        return out.toByteArray();
    }

    private static final byte[] XML_DECLARATION = "<?xml".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] DECLARATION_END = "?>".getBytes(StandardCharsets.US_ASCII);

    /** What {@link #envelope(Element)} writes before the message (the serialiser's declaration and start tags). */
    private static final byte[] ENVELOPE_START = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
                    + "<soap:Envelope xmlns:soap=\"" + NAMESPACE + "\"><soap:Header/><soap:Body>")
            .getBytes(StandardCharsets.UTF_8);

    private static final byte[] ENVELOPE_END = "</soap:Body></soap:Envelope>".getBytes(StandardCharsets.UTF_8);

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (bytes.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = from; i <= bytes.length - part.length; i++) {
            if (startsWith(bytes, i, part)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    /** Wraps an element in a SOAP 1.1 envelope with an empty header. */
    public static byte[] envelope(Element message) {
        Document document = SecureXml.newDocument();
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
                // xmlns="..." has local name "xmlns"; xmlns:p="..." has local name "p"
                if (XMLNS.equals(attribute.getNamespaceURI())
                        && !copy.hasAttributeNS(XMLNS, attribute.getLocalName())) {
                    copy.setAttributeNS(XMLNS, attribute.getName(), attribute.getValue());
                }
            }
        }
    }

    private static XmlRefusedException refused(String why) {
        return new XmlRefusedException(WHAT, List.of(XmlError.of(why)));
    }
}
