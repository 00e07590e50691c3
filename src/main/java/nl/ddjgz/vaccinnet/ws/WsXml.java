package nl.ddjgz.vaccinnet.ws;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.MarshalException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.xml.ClasspathSchema;
import nl.ddjgz.shared.xml.JaxbXml;
import nl.ddjgz.shared.xml.Soap11;
import nl.ddjgz.shared.xml.XmlError;
import nl.ddjgz.shared.xml.XmlErrors;
import nl.ddjgz.shared.xml.XmlRefusedException;
import org.w3c.dom.Element;

/**
 * One web-service contract: its schema and JAXB context; writes an element checked against the schema into a SOAP
 * 1.1 envelope, and reads one out of an envelope, checked before anything is built (the envelope parsed once into a
 * DOM, which the schema check and JAXB both read).
 */
final class WsXml {

    static final String LOCATION = "xsd/vaccinnet/";

    /** Masks every run of 9 or more digits (an INSZ) in parser and validator texts. */
    static final UnaryOperator<String> MASK = XmlErrors.maskDigitRuns(9, Integer.MAX_VALUE);

    private final String namespace;

    private final ClasspathSchema schema;

    private final JaxbXml jaxb;

    WsXml(String namespace, String file, Class<?> objectFactory) {
        this.namespace = namespace;
        this.schema = ClasspathSchema.compile(LOCATION, file);
        this.jaxb = JaxbXml.of(objectFactory);
    }

    /**
     * The element (an {@code @XmlRootElement} object) in a SOAP envelope.
     *
     * @throws InvalidWsMessageException when it does not validate (e.g. a text too long)
     */
    byte[] write(Object element, String name) {
        List<XmlError> errors = new ArrayList<>();
        try {
            byte[] xml = jaxb.write(element, false, schema.forWriting(), event -> {
                errors.add(XmlError.of(MASK.apply(event.getMessage())));
                return true;
            });
            if (!errors.isEmpty()) {
                throw new InvalidWsMessageException(name, errors);
            }
            // written by JAXB and checked against the schema just now: wrapped as it is, not parsed again
            return Soap11.envelopeWritten(xml);
        } catch (MarshalException e) {
            if (errors.isEmpty()) {
                errors.add(XmlError.of("cannot be written"));
            }
            throw new InvalidWsMessageException(name, errors);
        }
    }

    /**
     * The element {@code name} out of a SOAP envelope, checked against the schema.
     *
     * @throws InvalidWsMessageException when the envelope or the element is refused
     */
    <T> T read(byte[] envelope, String name, Class<T> type) {
        // the envelope is parsed once; the schema check and JAXB both read that DOM
        Element body;
        try {
            body = Soap11.bodyElement(envelope, MASK);
        } catch (XmlRefusedException e) {
            throw new InvalidWsMessageException("SOAP envelope", e.errors());
        }
        if (!namespace.equals(body.getNamespaceURI()) || !name.equals(body.getLocalName())) {
            String seen =
                    body.getNamespaceURI() == null || body.getNamespaceURI().isEmpty()
                            ? body.getLocalName()
                            : "{" + body.getNamespaceURI() + "}" + body.getLocalName();
            throw new InvalidWsMessageException(
                    name,
                    List.of(XmlError.of("The body holds '" + seen + "'; expected '{" + namespace + "}" + name + "'.")));
        }
        List<XmlError> errors = validate(body);
        if (!errors.isEmpty()) {
            throw new InvalidWsMessageException(name, errors);
        }
        try {
            return jaxb.context().createUnmarshaller().unmarshal(body, type).getValue();
        } catch (JAXBException e) {
            throw new IllegalStateException("a validated document could not be read", e);
        }
    }

    /** Every schema error of the element and its content (empty: valid), checked on the DOM. */
    private List<XmlError> validate(Element element) {
        return schema.validate(element, MASK).errors();
    }

    /** The INSZ of a PatientId or insz element. */
    static Insz insz(String digits, String name) {
        return Insz.parse(digits)
                .orElseThrow(() -> new InvalidWsMessageException(name, List.of(XmlError.of("The INSZ is not valid."))));
    }
}
