package nl.ddjgz.praeventis.hl7;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.MarshalException;
import java.util.List;
import nl.ddjgz.praeventis.hl7.v3.ObjectFactory;
import nl.ddjgz.shared.xml.JaxbXml;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

/**
 * The JAXB context of the generated HL7v3 classes (see {@link JaxbXml}), created once (it is thread-safe and
 * expensive).
 */
final class Jaxb {

    private static final JaxbXml XML = JaxbXml.of(ObjectFactory.class);

    private Jaxb() {}

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
        return XML.read(xml, type);
    }

    /**
     * Reads a message already parsed securely (the element {@link Soap#bodyElement} takes out of an envelope): our
     * schema's validator checks the DOM, and only a message that validates and is {@code interaction} is then
     * unmarshalled from the same DOM. One parse instead of three (serialising the element, parsing it to validate,
     * parsing it again to unmarshal); what is accepted and refused is the same.
     *
     * @throws InvalidMessageException with the validator's errors
     */
    static <T> T read(Element xml, String interaction, Class<T> type) {
        List<ValidationError> errors = Hl7Schemas.get().validate(xml, List.of(interaction));
        if (!errors.isEmpty()) {
            throw new InvalidMessageException(interaction, errors);
        }
        return XML.read(xml, type);
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
        return XML.read(xml);
    }

    /**
     * Writes a message as UTF-8 without checking it: for writers that validate the result themselves and report what
     * is wrong as an {@link InvalidMessageException} (data from users can be wrong; a message that fails never
     * leaves).
     */
    static byte[] marshalUnchecked(JAXBElement<?> message, boolean indented) {
        try {
            return XML.write(message, indented, null, null);
        } catch (MarshalException e) {
            throw new IllegalStateException("cannot write " + message.getName().getLocalPart(), e);
        }
    }

    /**
     * Writes a message as UTF-8, checked against our schema while it is written: a message we would send that does
     * not validate is a programming error (IllegalArgumentException with the validator's text). {@code indented}
     * for people reading it; large messages go without. The check uses this thread's validator handler ({@link
     * Hl7Schemas#forWriting()}), not a new one per message.
     */
    static byte[] marshal(JAXBElement<?> message, boolean indented) {
        try {
            return XML.write(message, indented, Hl7Schemas.get().forWriting(), null);
        } catch (MarshalException e) {
            throw new IllegalArgumentException(
                    message.getName().getLocalPart() + " would not validate: " + reason(e), e);
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
