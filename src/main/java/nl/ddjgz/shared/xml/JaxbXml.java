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
import java.util.Optional;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A JAXB context of generated classes (create one per schema, once: it is thread-safe and expensive) with reading
 * through the secure parser ({@link SecureXml}) and writing as UTF-8, optionally checked against a schema while it is
 * written. Marshallers and unmarshallers are made per call (cheap, not thread-safe), except for {@link
 * #writeIfValid}, which serves thousands of messages in a row with one marshaller per thread.
 */
public final class JaxbXml {

    private final JAXBContext context;

    /** For {@link #writeIfValid}: UTF-8, not indented; its schema is set per call. */
    private final ThreadLocal<Marshaller> checking;

    private JaxbXml(JAXBContext context) {
        this.context = context;
        this.checking = ThreadLocal.withInitial(() -> {
            try {
                Marshaller marshaller = context.createMarshaller();
                marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
                marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, false);
                return marshaller;
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create a marshaller", e);
            }
        });
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

    /**
     * Writes a root element as UTF-8 (not indented) and checks it against {@code schema} in the same pass: the
     * marshaller feeds the schema's validator while it writes, so the document is not parsed again. The answer is
     * only whether it is valid; a caller that needs the validator's errors with line and column writes the document
     * and checks its bytes instead (the slow way, for the rare document that fails). Uses this thread's marshaller.
     *
     * @return the document, or empty when it breaks the schema or holds a control character, U+FFFE/U+FFFF or a
     *     surrogate (the marshaller writes those as they are, where a parser refuses or normalises them: such a
     *     document is for the slow way to judge)
     */
    public Optional<byte[]> writeIfValid(Object root, Schema schema) {
        Marshaller marshaller = checking.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            marshaller.setSchema(schema);
            marshaller.marshal(root, out);
        } catch (MarshalException e) {
            // the first schema error stops the marshaller; start the next document with a fresh one
            checking.remove();
            return Optional.empty();
        } catch (JAXBException e) {
            checking.remove();
            throw new IllegalStateException("cannot write XML", e);
        } finally {
            marshaller.setSchema(null);
        }
        byte[] xml = out.toByteArray();
        return onlyXmlCharacters(xml) ? Optional.of(xml) : Optional.empty();
    }

    /**
     * Whether UTF-8 bytes hold only characters that reach a validator the same way whether it is fed by the
     * marshaller or by a parser of the bytes: no C0 control character at all (a parser refuses most and normalises
     * tab, line feed and carriage return; the unindented output has none of its own), no U+FFFE or U+FFFF, no
     * (encoded) surrogate.
     */
    static boolean onlyXmlCharacters(byte[] utf8) {
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i] & 0xff;
            if (b < 0x20) {
                return false;
            } else if (b == 0xed && i + 1 < utf8.length && (utf8[i + 1] & 0xff) >= 0xa0) {
                return false; // U+D800..U+DFFF
            } else if (b == 0xef
                    && i + 2 < utf8.length
                    && (utf8[i + 1] & 0xff) == 0xbf
                    && ((utf8[i + 2] & 0xff) == 0xbe || (utf8[i + 2] & 0xff) == 0xbf)) {
                return false; // U+FFFE, U+FFFF
            }
        }
        return true;
    }
}
