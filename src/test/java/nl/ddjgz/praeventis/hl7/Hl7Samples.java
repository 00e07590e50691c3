package nl.ddjgz.praeventis.hl7;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/** The hand-written sample messages in {@code src/test/resources/hl7/}, and XPath on message bytes. */
final class Hl7Samples {

    private Hl7Samples() {}

    static byte[] bytes(String name) {
        try (InputStream in = Hl7Samples.class.getResourceAsStream("/hl7/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] valid() {
        return bytes("PRMM_IN010043NL-valid.xml");
    }

    static byte[] invalid() {
        return bytes("PRMM_IN010043NL-invalid.xml");
    }

    /** The valid sample with one piece of text replaced (which must occur). */
    static byte[] validWith(String find, String replace) {
        String xml = new String(valid(), StandardCharsets.UTF_8);
        if (!xml.contains(find)) {
            throw new IllegalArgumentException("not in the sample: " + find);
        }
        return xml.replace(find, replace).getBytes(StandardCharsets.UTF_8);
    }

    /** Evaluates an XPath with prefix {@code hl7} for the HL7v3 namespace, as a string. */
    static String xpath(byte[] xml, String expression) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            XPath xpath = XPathFactory.newDefaultInstance().newXPath();
            xpath.setNamespaceContext(new Hl7Namespace());
            return xpath.evaluate(expression, document);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Hl7Namespace implements NamespaceContext {

        @Override
        public String getNamespaceURI(String prefix) {
            return switch (prefix) {
                case "hl7" -> Hl7Schemas.NAMESPACE;
                case "soap" -> Soap.NAMESPACE;
                default -> null;
            };
        }

        @Override
        public String getPrefix(String namespaceURI) {
            return null;
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceURI) {
            return null;
        }
    }
}
