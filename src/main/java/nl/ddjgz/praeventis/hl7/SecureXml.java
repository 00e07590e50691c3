package nl.ddjgz.praeventis.hl7;

import javax.xml.parsers.DocumentBuilder;
import nl.ddjgz.shared.xml.XmlRefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.XMLReader;

/**
 * This package's view of {@link nl.ddjgz.shared.xml.SecureXml} (no DOCTYPE, no external entities, no XInclude):
 * refusals become {@link InvalidMessageException}s with BSN-shaped numbers masked.
 */
final class SecureXml {

    static final String DISALLOW_DOCTYPE = nl.ddjgz.shared.xml.SecureXml.DISALLOW_DOCTYPE;

    private SecureXml() {}

    static XMLReader threadReader() {
        return nl.ddjgz.shared.xml.SecureXml.threadReader();
    }

    static void release(XMLReader reader) {
        nl.ddjgz.shared.xml.SecureXml.release(reader);
    }

    static XMLReader reader() {
        return nl.ddjgz.shared.xml.SecureXml.reader();
    }

    /** Parses into a namespace-aware DOM; not-well-formed XML or a DOCTYPE raises InvalidMessageException. */
    static Document parse(byte[] xml, String what) {
        try {
            return nl.ddjgz.shared.xml.SecureXml.parse(xml, what, ParserErrors.MASK);
        } catch (XmlRefusedException e) {
            throw new InvalidMessageException(what, ParserErrors.toErrors(e.errors()));
        }
    }

    static DocumentBuilder documentBuilder() {
        return nl.ddjgz.shared.xml.SecureXml.documentBuilder();
    }

    /** Serialises a document or element as UTF-8 with an XML declaration. */
    static byte[] serialize(Node node) {
        return nl.ddjgz.shared.xml.SecureXml.serialize(node);
    }
}
