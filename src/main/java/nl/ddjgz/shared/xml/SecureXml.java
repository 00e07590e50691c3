package nl.ddjgz.shared.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parsers that refuse a DOCTYPE (so no external or internal entities, no entity expansion attacks), never fetch
 * anything and do no XInclude. Always the JDK's built-in implementation. JAXP factories are not thread-safe, so a
 * parser is made per call ({@link #reader}, {@link #documentBuilder}), or kept per thread ({@link #threadReader}, and
 * the DOM builder and serialiser behind {@link #parse}, {@link #newDocument} and {@link #serialize}): making a parser
 * or a serialiser costs about as much as parsing a small message, and the dispatcher and the writers handle
 * thousands of messages in a row.
 */
public final class SecureXml {

    public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /**
     * The parser features of both the SAX reader and the DOM builder: secure processing, no DOCTYPE, no external
     * entities or DTDs (one list, so the two parsers cannot drift apart).
     */
    private static final Map<String, Boolean> FEATURES = features();

    private static final ThreadLocal<XMLReader> PER_THREAD = ThreadLocal.withInitial(SecureXml::reader);

    private static final DefaultHandler NOTHING = new DefaultHandler();

    /** For {@link #parse} and {@link #newDocument}: one parse at a time on a thread (a parse calls no user code). */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SecureXml::documentBuilder);

    /** For {@link #serialize}: an identity transformer and its text buffer, reused one document at a time. */
    private static final ThreadLocal<Serializer> SERIALIZERS = ThreadLocal.withInitial(Serializer::new);

    private SecureXml() {}

    /**
     * This thread's secure reader, for one parse at a time (never nested); a Xerces parser resets itself at the
     * start of every parse. Call {@link #release} when done, so the reader keeps no handler (and no message) alive.
     */
    public static XMLReader threadReader() {
        return PER_THREAD.get();
    }

    /** Detaches the caller's handlers from this thread's reader. */
    public static void release(XMLReader reader) {
        reader.setContentHandler(NOTHING);
        reader.setErrorHandler(NOTHING);
    }

    /** A new secure, namespace-aware SAX reader. */
    public static XMLReader reader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultNSInstance();
            factory.setXIncludeAware(false);
            factory.setValidating(false);
            for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
                factory.setFeature(feature.getKey(), feature.getValue());
            }
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("no secure XML parser", e);
        }
    }

    /**
     * Parses into a namespace-aware DOM.
     *
     * @param mask applied to every parser text (see {@link XmlErrors#maskDigitRuns})
     * @throws XmlRefusedException when the bytes are not well-formed XML or carry a DOCTYPE
     */
    public static Document parse(byte[] xml, String what, UnaryOperator<String> mask) {
        DocumentBuilder builder = BUILDERS.get();
        builder.reset();
        XmlErrors errors = new XmlErrors(mask);
        builder.setErrorHandler(errors);
        try {
            return builder.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            throw new XmlRefusedException(what, List.of(errors.toError(e)));
        } catch (SAXException e) {
            throw new XmlRefusedException(what, List.of(XmlError.of(errors.mask(e.getMessage()))));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read from memory", e);
        } finally {
            builder.setErrorHandler(null);
        }
    }

    /** A new empty document (of this thread's DOM builder). */
    public static Document newDocument() {
        return BUILDERS.get().newDocument();
    }

    /** A new secure, namespace-aware DOM builder. */
    public static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setValidating(false);
            for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
                factory.setFeature(feature.getKey(), feature.getValue());
            }
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure DOM parser", e);
        }
    }

    /** Serialises a document or element as UTF-8 with an XML declaration. */
    public static byte[] serialize(Node node) {
        Serializer serializer = SERIALIZERS.get();
        try {
            return serializer.write(node);
        } catch (TransformerException e) {
            SERIALIZERS.remove();
            throw new IllegalStateException("cannot serialise XML", e);
        } finally {
            if (!serializer.keep()) {
                SERIALIZERS.remove();
            }
        }
    }

    /**
     * A thread's identity transformer with a text buffer kept between documents. The output method is set to XML, so
     * the transformer writes XML at once instead of holding back the first element to see whether it is HTML (it
     * never is here: an envelope, an HL7 or a KMEHR message); it writes into the kept buffer instead of making a 16 KiB
     * output buffer per call, and the text is encoded as UTF-8, the encoding the declaration names. The bytes are the
     * same as the transformer's own UTF-8 stream ({@code SecureXmlTests}).
     */
    private static final class Serializer {

        /** A buffer grown beyond this (an unusually large document) is not kept for the next one. */
        private static final int KEPT = 256 * 1024;

        private final Transformer transformer = serializer();
        private final StringWriter text = new StringWriter(4096);

        byte[] write(Node node) throws TransformerException {
            text.getBuffer().setLength(0);
            transformer.transform(new DOMSource(node), new StreamResult(text));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        boolean keep() {
            return text.getBuffer().capacity() <= KEPT;
        }
    }

    private static Transformer serializer() {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "no");
            return transformer;
        } catch (TransformerException e) {
            throw new IllegalStateException("no XML serialiser", e);
        }
    }

    private static Map<String, Boolean> features() {
        Map<String, Boolean> features = new LinkedHashMap<>();
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        features.put(DISALLOW_DOCTYPE, true);
        features.put("http://xml.org/sax/features/external-general-entities", false);
        features.put("http://xml.org/sax/features/external-parameter-entities", false);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return Collections.unmodifiableMap(features);
    }
}
