package nl.ddjgz.shared.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@link SecureXml#serialize} writes the same bytes as a fresh identity transformer writing UTF-8 to a stream (the
 * serialiser before it kept its buffer and wrote XML without looking for HTML first), one document after another on a
 * thread.
 */
class SecureXmlTests {

    private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";

    @Test
    void awkwardTextAttributesNamespacesAndNodeKindsComeOutAsTheTransformerWroteThem() throws Exception {
        Document document = awkward();

        assertSameBytes(document);
        assertSameBytes(document.getDocumentElement());
        assertSameBytes(document.getDocumentElement().getLastChild());
    }

    @Test
    void theProjectsXmlFilesComeOutAsTheTransformerWroteThem() throws Exception {
        List<Path> files;
        try (Stream<Path> found =
                Stream.concat(Files.walk(Path.of("src/test/resources")), Files.walk(Path.of("src/main/resources")))) {
            files = found.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            Document parsed = SecureXml.parse(Files.readAllBytes(file), file.toString(), UnaryOperator.identity());
            assertThat(SecureXml.serialize(parsed)).as(file.toString()).isEqualTo(reference(parsed));
        }
    }

    @Test
    void oneDocumentAfterAnotherOnAThreadLargeOnesIncludedEachComesOutWhole() throws Exception {
        Document small = awkward();
        Document large = SecureXml.newDocument();
        Element root = large.createElementNS("urn:large", "l:list");
        for (int i = 0; i < 20_000; i++) {
            Element entry = large.createElementNS("urn:large", "l:entry");
            entry.setTextContent("partij " + i + " é");
            root.appendChild(entry);
        }
        large.appendChild(root);

        for (Document document : List.of(small, large, small, large, small)) {
            assertSameBytes(document);
        }
    }

    /** Built by hand: prefixes without declarations, a default namespace, every escaped character, other nodes. */
    private static Document awkward() throws IOException {
        Document document = SecureXml.newDocument();
        Element envelope = document.createElementNS(SOAP, "soap:Envelope");
        envelope.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:soap", SOAP);
        envelope.appendChild(document.createElementNS(SOAP, "soap:Header"));
        Element body = document.createElementNS(SOAP, "soap:Body");
        Element message = document.createElementNS("urn:hl7-org:v3", "REPC_IN002140NL");
        message.setAttribute("ITSVersion", "XML_1.0");
        Element text = document.createElementNS("urn:hl7-org:v3", "text");
        text.setAttribute("value", "a\"b'c<d>e&f\ng\th\ri é 😀");
        text.setTextContent("<&> \"quoted\" 'single' \r\n\t é ü € ß 😀 \u0085 \u0080 \u009f \u2028 \u007f end");
        message.appendChild(text);
        Element prefixed = document.createElementNS("urn:other", "o:unDeclared");
        prefixed.setAttributeNS("urn:attr", "a:flag", "true");
        prefixed.appendChild(document.createCDATASection("in <cdata> & ]] > é"));
        prefixed.appendChild(document.createComment(" a comment é "));
        prefixed.appendChild(document.createProcessingInstruction("target", "data é"));
        prefixed.appendChild(document.createElementNS("urn:other", "o:empty"));
        message.appendChild(prefixed);
        message.appendChild(document.createTextNode("   "));
        body.appendChild(message);
        envelope.appendChild(body);
        document.appendChild(envelope);
        // and the same once more after a parse of what the reference writes
        byte[] written = reference(document);
        Document reparsed = SecureXml.parse(written, "test", UnaryOperator.identity());
        envelope.appendChild(document.importNode(reparsed.getDocumentElement().getLastChild(), true));
        return document;
    }

    private static void assertSameBytes(Node node) throws IOException {
        assertThat(SecureXml.serialize(node)).isEqualTo(reference(node));
    }

    /** The serialiser as it was: a fresh identity transformer, UTF-8 and standalone="no", to a byte stream. */
    private static byte[] reference(Node node) throws IOException {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toByteArray();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
    }
}
