package nl.ddjgz.shared.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.MarshalException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEventHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A JAXB context of generated classes (create one per schema, once: it is thread-safe and expensive) with reading
 * through the secure parser ({@link SecureXml}) and writing as UTF-8, optionally checked against a schema while it is
 * written. Marshallers and unmarshallers are made per call (cheap, not thread-safe).
 */
public final class JaxbXml {

    private final JAXBContext context;

    private JaxbXml(JAXBContext context) {
        this.context = context;
    }

    /** The context of the generated classes of one or more {@code ObjectFactory} classes. */
    public static JaxbXml of(Class<?>... objectFactories) {
        try {
            return new JaxbXml(JAXBContext.newInstance(objectFactories));
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create a JAXB context", e);
        }
    }

    public JAXBContext context() {
        return context;
    }

    /**
     * Unmarshals a document the caller has already checked against its schema (so any failure is a programming
     * error), through this thread's secure parser.
     */
    public <T> T read(byte[] xml, Class<T> type) {
        XMLReader reader = SecureXml.threadReader();
        try {
            Unmarshaller unmarshaller = context.createUnmarshaller();
            SAXSource source = new SAXSource(reader, new InputSource(new ByteArrayInputStream(xml)));
            return unmarshaller.unmarshal(source, type).getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException("a validated document could not be read", e);
        } finally {
            SecureXml.release(reader);
        }
    }

    /**
     * Unmarshals a DOM node (parsed through {@link SecureXml}) the caller has already checked against its schema, so
     * any failure is a programming error.
     */
    public <T> T read(Node node, Class<T> type) {
        try {
            return context.createUnmarshaller().unmarshal(node, type).getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException("a validated document could not be read", e);
        }
    }

    /** As {@link #read(byte[], Class)} for a document whose root the caller tells apart; JAXBElements unwrapped. */
    public Object read(byte[] xml) {
        XMLReader reader = SecureXml.threadReader();
        try {
            Unmarshaller unmarshaller = context.createUnmarshaller();
            SAXSource source = new SAXSource(reader, new InputSource(new ByteArrayInputStream(xml)));
            Object read = unmarshaller.unmarshal(source);
            return read instanceof JAXBElement<?> element ? element.getValue() : read;
        } catch (JAXBException e) {
            throw new IllegalStateException("a validated document could not be read", e);
        } finally {
            SecureXml.release(reader);
        }
    }

    /**
     * Writes a root element (a JAXBElement or an {@code @XmlRootElement} object) as UTF-8.
     *
     * @param schema checked while writing, or null for no check
     * @param events told about every schema error (return true to go on and collect them all), or null for JAXB's
     *     default (stop at the first)
     * @throws MarshalException when the schema check fails
     */
    public byte[] write(Object root, boolean indented, Schema schema, ValidationEventHandler events)
            throws MarshalException {
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, indented);
            if (schema != null) {
                marshaller.setSchema(schema);
            }
            if (events != null) {
                marshaller.setEventHandler(events);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            marshaller.marshal(root, out);
            return out.toByteArray();
        } catch (MarshalException e) {
            throw e;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }
}
