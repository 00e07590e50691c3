package nl.ddjgz.simulator.praeventis;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * How the simulated register reads what arrives, on its own: a namespace-aware DOM without DTDs, walked by the
 * official element names of the HL7v3 namespace (Nictiz JGZ 7.1 XSDs, praeventis-messages.md), and the register's
 * own refusals. Nothing here uses the sender's classes, so a misreading of the standard that the sender makes is not
 * made again when the register reads it. Stateless, apart from one parser and one serialiser per thread.
 */
final class RegisterReading {

    static final String HL7 = "urn:hl7-org:v3";
    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    // the OIDs as the official material names them (praeventis-messages.md §2, §3, §7)
    static final String INTERACTION_OID = "2.16.840.1.113883.1.6";
    static final String APPLICATION_OID = "2.16.840.1.113883.2.4.6.6";
    static final String BSN_OID = "2.16.840.1.113883.2.4.6.3";
    static final String UZI_SERVER_OID = "2.16.528.1.1007.3.2";
    static final String URA_OID = "2.16.528.1.1007.3.3";
    static final String ATTENTION_KEYWORD_OID = "2.16.840.1.113883.2.4.15.1";
    static final String VACCINE_TYPE_OID = "2.16.840.1.113883.2.4.4.40.76";
    static final String OBJECTION_REASON_OID = "2.16.840.1.113883.2.4.4.40.394";
    static final String DKTP_SCHEDULE_OID = "2.16.840.1.113883.2.4.4.40.426";
    static final String BDS_ELEMENT_OID = "2.16.840.1.113883.2.4.4.40.267";

    /** W0422 (praeventis-messages.md §7): the vaccine types the register knows. */
    static final Set<String> VACCINE_TYPES = Set.of(
            "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30");

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} [A-Z]{2}");

    private static final Pattern TIME = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})?(\\d{2})?(?:\\.(\\d{1,9}))?)?([+-]\\d{2}(?:\\d{2})?)?");

    private RegisterReading() {}

    /**
     * Each thread's parser (no DTD, no external entities): a parser is made once per thread, not per message, as a
     * register's server would; it is reset before each use.
     */
    private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultNSInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            // every message is walked whole: build the tree at once rather than node by node on first access
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    /**
     * Each thread's serialiser of what the register files, with its text buffer: made once per thread and reused, so
     * that filing a message allocates little more than the filed bytes (written to a stream, the serialiser makes a
     * 16 KiB output buffer per call; written to an {@code OutputStreamWriter}, a char buffer per piece of text).
     */
    private static final ThreadLocal<Serialiser> SERIALISERS = ThreadLocal.withInitial(Serialiser::new);

    /** A thread's serialiser: the transformer and a text buffer that keeps its size between messages. */
    private static final class Serialiser {

        /** A buffer grown beyond this (an unusually large message) is not kept for the next one. */
        private static final int KEPT = 256 * 1024;

        private final Transformer transformer;
        private final StringWriter text = new StringWriter(16 * 1024);

        Serialiser() {
            try {
                TransformerFactory factory = TransformerFactory.newDefaultInstance();
                factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
                transformer = factory.newTransformer();
            } catch (TransformerException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The element as UTF-8 bytes: the declaration names UTF-8, the transformer's default output encoding. */
        byte[] write(Element message) throws TransformerException {
            transformer.reset();
            text.getBuffer().setLength(0);
            transformer.transform(new DOMSource(message), new StreamResult(text));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        boolean keep() {
            return text.getBuffer().capacity() <= KEPT;
        }
    }

    /** The document, or a refusal: no DTD, no external entities. */
    static Document parse(byte[] xml) {
        DocumentBuilder parser = PARSERS.get();
        try {
            parser.reset();
            return parser.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new RefusedMessage(
                    null, List.of(Refusal.of(Refusal.NOT_XML, "Het bericht is geen goed gevormde XML")));
        }
    }

    /** The message as bytes (UTF-8), as the register files it. */
    static byte[] bytes(Element message) {
        Serialiser serialiser = SERIALISERS.get();
        try {
            return serialiser.write(message);
        } catch (TransformerException e) {
            SERIALISERS.remove();
            throw new IllegalStateException(e);
        } finally {
            if (!serialiser.keep()) {
                SERIALISERS.remove();
            }
        }
    }

    /** The first child element in the HL7 namespace with this name, or null. */
    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && HL7.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** Down a path of child elements; null when a step is missing. */
    static Element path(Element from, String... names) {
        Element at = from;
        for (String name : names) {
            at = child(at, name);
        }
        return at;
    }

    /** Every child element in the HL7 namespace with this name, in order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && HL7.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** An attribute's value, or null when absent or blank. */
    static String attribute(Element element, String name) {
        if (element == null || !element.hasAttribute(name)) {
            return null;
        }
        String value = element.getAttribute(name).strip();
        return value.isEmpty() ? null : value;
    }

    /** The element's text, trimmed, or null when absent or blank. */
    static String text(Element element) {
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    /** The extension of the first {@code id} child with this root, or null. */
    static String idWithRoot(Element parent, String root) {
        for (Element id : children(parent, "id")) {
            if (root.equals(attribute(id, "root")) && attribute(id, "extension") != null) {
                return attribute(id, "extension");
            }
        }
        return null;
    }

    /** Whether the element has this xsi:type (with any prefix), e.g. "II". */
    static boolean hasType(Element element, String type) {
        String value = element.getAttributeNS(XSI, "type");
        return value.equals(type) || value.endsWith(":" + type);
    }

    /** The elfproef of a BSN as the register runs it: nine digits, 9*d1 + ... + 2*d8 - d9 divisible by 11, not 0. */
    static boolean elfproef(String bsn) {
        if (bsn == null || !bsn.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return sum != 0 && sum % 11 == 0;
    }

    static boolean postcode(String value) {
        return value != null && POSTCODE.matcher(value).matches();
    }

    /** The day of a TS value (at least YYYYMMDD, a real day), or null when it is not one. */
    static LocalDate day(String value) {
        Matcher m = value == null ? null : TIME.matcher(value);
        if (m == null || !m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The moment a TS value names (local time in {@code zone} without offset), or null when it names none. */
    static Instant instant(String value, ZoneId zone) {
        Matcher m = value == null ? null : TIME.matcher(value);
        if (m == null || !m.matches()) {
            return null;
        }
        try {
            String fraction = m.group(7) == null ? "0" : (m.group(7) + "000000000").substring(0, 9);
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    Integer.parseInt(fraction));
            String offset = m.group(8);
            if (offset == null) {
                return local.atZone(zone).toInstant();
            }
            int sign = offset.charAt(0) == '-' ? -1 : 1;
            int minutes = offset.length() > 3 ? Integer.parseInt(offset.substring(3, 5)) : 0;
            return local.atOffset(
                            ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(offset.substring(1, 3)), sign * minutes))
                    .toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
