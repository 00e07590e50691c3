package nl.ddjgz.simulator.vaccinnet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.ddjgz.shared.xml.SecureXml;
import nl.ddjgz.shared.xml.Soap11;
import nl.ddjgz.shared.xml.XmlError;
import nl.ddjgz.shared.xml.XmlErrors;
import nl.ddjgz.shared.xml.XmlRefusedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One Vaccinnet web-service contract as the simulated registry handles it, on a plain DOM by the contract's element
 * names: a request is taken out of its SOAP 1.1 envelope and checked against the contract's schema before it is read;
 * a reply is built element by element, checked against the same schema and put in an envelope. The envelope is
 * parsed once: the schema check runs on the request's DOM, and a reply is checked as built, before it is written
 * once. Independent of the sender's JAXB classes ({@code vaccinnet.ws}). Texts have digit runs of nine or more masked
 * (an INSZ). Thread-safe (a validator per thread).
 */
final class RegisterSoap {

    static final UnaryOperator<String> MASK = XmlErrors.maskDigitRuns(9, Integer.MAX_VALUE);

    private final String namespace;
    private final RegisterSchema schema;

    RegisterSoap(String namespace, String file) {
        this.namespace = namespace;
        this.schema = new RegisterSchema("xsd/vaccinnet/", file, MASK);
    }

    /**
     * The request element {@code name} out of the envelope, checked against the schema.
     *
     * @throws XmlRefusedException when the envelope, the element or a value is refused
     */
    Element read(byte[] envelope, String name) {
        return read(Soap11.bodyElement(envelope, MASK), name);
    }

    /**
     * The request element {@code name} (the content of a Body, as {@link Soap11#bodyElement} gives it), checked
     * against the schema.
     *
     * @throws XmlRefusedException when the element or a value is refused
     */
    Element read(Element request, String name) {
        if (!namespace.equals(request.getNamespaceURI()) || !name.equals(request.getLocalName())) {
            String seen = request.getNamespaceURI() == null
                    ? request.getLocalName()
                    : "{" + request.getNamespaceURI() + "}" + request.getLocalName();
            throw new XmlRefusedException(
                    name,
                    List.of(XmlError.of("The body holds '" + seen + "'; expected '{" + namespace + "}" + name + "'.")));
        }
        List<XmlError> errors = schema.validate(request);
        if (!errors.isEmpty()) {
            throw new XmlRefusedException(name, errors);
        }
        return request;
    }

    /** The texts of the children {@code name}, in order. */
    List<String> texts(Element parent, String name) {
        List<String> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e.getTextContent().strip());
            }
        }
        return found;
    }

    /** The text of the (required, so present after the schema check) child {@code name}. */
    String text(Element parent, String name) {
        return texts(parent, name).get(0);
    }

    /** A new reply element {@code name}, the root of a document of its own. */
    Element reply(String name) {
        Document document = SecureXml.newDocument();
        Element root = document.createElementNS(namespace, name);
        document.appendChild(root);
        return root;
    }

    /** Adds a child element, with the text when it is not null; returns the child. */
    Element add(Element parent, String name, String text) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, name);
        if (text != null) {
            child.setTextContent(text);
        }
        parent.appendChild(child);
        return child;
    }

    /** Adds {@code fout{foutCode, foutOmschrijving}} (foutCode and foutOmschrijving as direct children with {@code nested} false). */
    void fault(Element parent, String code, String description, boolean nested) {
        Element into = nested ? add(parent, "fout", null) : parent;
        add(into, "foutCode", code);
        if (description != null) {
            add(into, "foutOmschrijving", description);
        }
    }

    /**
     * The reply in a SOAP envelope, after checking it against the schema.
     *
     * @throws IllegalStateException when the simulator built a reply its own contract refuses
     */
    byte[] write(Element reply) {
        List<XmlError> errors = schema.validate(reply);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(
                    "the simulated registry built an invalid " + reply.getLocalName() + ": " + errors);
        }
        return Soap11.envelope(reply);
    }
}
