package nl.ddjgz.praeventis.hl7;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.MarshalException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.transform.sax.SAXSource;
import nl.ddjgz.praeventis.hl7.v3.ObjectFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The JAXB context of the generated classes, created once (it is thread-safe and expensive); marshallers and
 * unmarshallers are made per call (cheap, not thread-safe).
 */
final class Jaxb {

    private static final JAXBContext CONTEXT = context();

    private Jaxb() {}

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create the JAXB context of the HL7v3 classes", e);
        }
    }

    /**
     * Reads a message: first our schema's validator checks it (through the secure parser), and only a message that
     * validates and is {@code interaction} is then unmarshalled (again through the secure parser). Two passes cost
     * less than validating inside JAXB's unmarshaller, and nothing of an invalid message is ever built.
     *
     * @throws InvalidMessageException with the validator's errors
     */
    static <T> T read(byte[] xml, String interaction, Class<T> type) {
        List<ValidationError> errors = Hl7Schemas.get().validate(xml, interaction);
        if (!errors.isEmpty()) {
            throw new InvalidMessageException(interaction, errors);
        }
        XMLReader reader = SecureXml.threadReader();
        try {
            Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
            SAXSource source = new SAXSource(reader, new InputSource(new ByteArrayInputStream(xml)));
            return unmarshaller.unmarshal(source, type).getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException("a validated message could not be read", e);
        } finally {
            SecureXml.release(reader);
        }
    }

    /**
     * Reads a message that may be any of {@code interactions} (e.g. REPC_IN002140NL or REPC_IN002145NL), validated as
     * in {@link #read(byte[], String, Class)}; the caller tells the generated message classes apart.
     *
     * @throws InvalidMessageException with the validator's errors (the interaction named is the first of the list)
     */
    static Object read(byte[] xml, List<String> interactions) {
        List<ValidationError> errors = Hl7Schemas.get().validate(xml, interactions);
        if (!errors.isEmpty()) {
            throw new InvalidMessageException(String.join("/", interactions), errors);
        }
        XMLReader reader = SecureXml.threadReader();
        try {
            Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
            SAXSource source = new SAXSource(reader, new InputSource(new ByteArrayInputStream(xml)));
            Object read = unmarshaller.unmarshal(source);
            return read instanceof JAXBElement<?> element ? element.getValue() : read;
        } catch (JAXBException e) {
            throw new IllegalStateException("a validated message could not be read", e);
        } finally {
            SecureXml.release(reader);
        }
    }

    /**
     * Writes a message as UTF-8 without checking it: for writers that validate the result themselves and report what
     * is wrong as an {@link InvalidMessageException} (data from users can be wrong; a message that fails never
     * leaves).
     */
    static byte[] marshalUnchecked(JAXBElement<?> message, boolean indented) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, indented);
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            marshaller.marshal(message, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + message.getName().getLocalPart(), e);
        }
    }

    /**
     * Writes a message as UTF-8, checked against our schema while it is written: a message we would send that does
     * not validate is a programming error (IllegalArgumentException with the validator's text). {@code indented}
     * for people reading it; large messages go without.
     */
    static byte[] marshal(JAXBElement<?> message, boolean indented) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, indented);
            marshaller.setSchema(Hl7Schemas.get().schema());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            marshaller.marshal(message, out);
            return out.toByteArray();
        } catch (MarshalException e) {
            throw new IllegalArgumentException(
                    message.getName().getLocalPart() + " would not validate: " + reason(e), e);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + message.getName().getLocalPart(), e);
        }
    }

    private static String reason(MarshalException e) {
        Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
        if (cause instanceof SAXParseException parse) {
            return ParserErrors.mask(parse.getMessage());
        }
        return cause == null ? String.valueOf(e.getMessage()) : ParserErrors.mask(cause.getMessage());
    }
}
