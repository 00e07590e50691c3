package nl.ddjgz.shared.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Element;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One of our own schema sets on the classpath (e.g. {@code xsd/kmehr/}), compiled once into a thread-safe {@link
 * Schema}. Includes and imports resolve only to files of the same folder, never to anything outside. Validation parses
 * through {@link SecureXml} and collects every error with its line and column instead of stopping at the first;
 * parser and validator are kept per thread (one check at a time on a thread, never nested).
 */
public final class ClasspathSchema {

    private final String location;

    private final Schema schema;

    private final ThreadLocal<ValidatorHandler> validators;

    private final ThreadLocal<Validator> domValidators;

    private final Schema forWriting;

    private ClasspathSchema(String location, String file) {
        this.location = location.endsWith("/") ? location : location + "/";
        this.schema = compile(file);
        this.validators = ThreadLocal.withInitial(() -> {
            ValidatorHandler validator = schema.newValidatorHandler();
            secure(validator);
            return validator;
        });
        this.domValidators = ThreadLocal.withInitial(() -> {
            Validator validator = schema.newValidator();
            secure(validator);
            return validator;
        });
        this.forWriting = new HandlerPerThread(schema);
    }

    /**
     * Compiles {@code location + file} (e.g. {@code "xsd/kmehr/", "kmehr-vaccination.xsd"}).
     *
     * @throws IllegalStateException when the schema is missing or does not compile (a programming error)
     */
    public static ClasspathSchema compile(String location, String file) {
        return new ClasspathSchema(location, file);
    }

    public Schema schema() {
        return schema;
    }

    /**
     * The schema for a JAXB marshaller that checks while it writes ({@code Marshaller.setSchema}): the same compiled
     * grammar, but the validator handler a marshaller asks for is this thread's, made once, instead of a new one per
     * message (making one was a fifth of writing a small message). A marshaller uses it for one document and a
     * validator resets itself at the start of each, so it is reused one marshalling at a time on a thread (never
     * nested); the handler keeps the last marshaller's error handler until the next document on that thread.
     */
    public Schema forWriting() {
        return forWriting;
    }

    /**
     * Checks a document against the schema; any root the schema declares is accepted (the result tells which root
     * was seen).
     *
     * @param mask applied to every parser and validator text
     */
    public Validation validate(byte[] xml, UnaryOperator<String> mask) {
        XmlErrors errors = new XmlErrors(mask);
        RootElement root = new RootElement();
        ValidatorHandler validator = validators.get();
        validator.setErrorHandler(errors);
        validator.setContentHandler(root);
        XMLReader reader = SecureXml.threadReader();
        reader.setErrorHandler(errors);
        reader.setContentHandler(validator);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (!errors.sawFatal()) {
                errors.add(XmlError.of(errors.mask(e.getMessage())));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read from memory", e);
        } finally {
            SecureXml.release(reader);
            validator.setErrorHandler(null);
            validator.setContentHandler(null);
        }
        boolean wellFormed = !errors.sawFatal();
        return new Validation(root.name, root.line, root.column, errors.errors(), wellFormed);
    }

    /**
     * Checks an element already parsed (through {@link SecureXml}) against the schema, walking the DOM instead of
     * parsing again; any root the schema declares is accepted. The element's namespace declarations must be on it or
     * its ancestors (as {@link Soap11#bodyElement} leaves them). The validator's texts carry no line or column: a DOM
     * has none.
     *
     * @param mask applied to every validator text
     */
    public Validation validate(Element element, UnaryOperator<String> mask) {
        XmlErrors errors = new XmlErrors(mask);
        Validator validator = domValidators.get();
        validator.setErrorHandler(errors);
        try {
            validator.validate(new DOMSource(element));
        } catch (SAXException e) {
            if (!errors.sawFatal()) {
                errors.add(XmlError.of(errors.mask(e.getMessage())));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read from memory", e);
        } finally {
            validator.setErrorHandler(null);
        }
        String namespace = element.getNamespaceURI();
        QName root = new QName(namespace == null ? "" : namespace, element.getLocalName());
        return new Validation(root, 0, 0, errors.errors(), true);
    }

    /**
     * The outcome of one check: the root element seen (null when the parse ended before it) with its position, the
     * errors (empty: valid), and whether the document was well-formed XML without DOCTYPE (false: the parser gave up).
     */
    public record Validation(QName root, int rootLine, int rootColumn, List<XmlError> errors, boolean wellFormed) {

        public boolean valid() {
            return errors.isEmpty();
        }

        /** Whether the root element is {@code {namespace}localName}. */
        public boolean rootIs(String namespace, String localName) {
            return root != null
                    && root.getNamespaceURI().equals(namespace)
                    && root.getLocalPart().equals(localName);
        }

        /** The root as {@code {namespace}name}, or just the name without namespace; "" when none was seen. */
        public String describeRoot() {
            if (root == null) {
                return "";
            }
            return root.getNamespaceURI().isEmpty()
                    ? root.getLocalPart()
                    : "{" + root.getNamespaceURI() + "}" + root.getLocalPart();
        }
    }

    /** A compiled schema whose validator handler is made once per thread; validators are new ones, as usual. */
    private static final class HandlerPerThread extends Schema {

        private final Schema schema;

        private final ThreadLocal<ValidatorHandler> handlers;

        HandlerPerThread(Schema schema) {
            this.schema = schema;
            this.handlers = ThreadLocal.withInitial(schema::newValidatorHandler);
        }

        @Override
        public Validator newValidator() {
            return schema.newValidator();
        }

        @Override
        public ValidatorHandler newValidatorHandler() {
            return handlers.get();
        }
    }

    private static void secure(Validator validator) {
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK validator refuses secure processing", e);
        }
    }

    private static void secure(ValidatorHandler validator) {
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK validator refuses secure processing", e);
        }
    }

    private Schema compile(String file) {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK schema factory refuses secure processing", e);
        }
        factory.setResourceResolver(new ClasspathResolver());
        StreamSource source = new StreamSource(open(file));
        source.setSystemId(systemId(file));
        try {
            return factory.newSchema(source);
        } catch (SAXException e) {
            throw new IllegalStateException("our schema " + location + file + " does not compile", e);
        }
    }

    private String systemId(String file) {
        return "classpath:/" + location + file;
    }

    private InputStream open(String file) {
        InputStream in = ClasspathSchema.class.getClassLoader().getResourceAsStream(location + file);
        if (in == null) {
            throw new IllegalStateException("missing schema file " + location + file);
        }
        return in;
    }

    /** Resolves {@code xs:include} and {@code xs:import} of our own files from the classpath, and nothing else. */
    private final class ClasspathResolver implements LSResourceResolver {

        @Override
        public LSInput resolveResource(
                String type, String namespaceURI, String publicId, String systemId, String baseURI) {
            if (systemId == null || systemId.contains(":") || systemId.contains("..")) {
                throw new IllegalStateException("our schema may only include its own files");
            }
            String file = systemId.substring(systemId.lastIndexOf('/') + 1);
            return new Input(systemId(file), open(file));
        }
    }

    private record Input(String systemId, InputStream byteStream) implements LSInput {

        @Override
        public InputStream getByteStream() {
            return byteStream;
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {}

        @Override
        public void setByteStream(InputStream byteStream) {}

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {}

        @Override
        public void setSystemId(String systemId) {}

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public void setPublicId(String publicId) {}

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {}

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {}
    }

    /** Remembers the root element and where it starts. */
    private static final class RootElement extends DefaultHandler {

        private Locator locator;

        private QName name;

        private int line;

        private int column;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (name == null) {
                name = new QName(uri == null ? "" : uri, localName);
                if (locator != null) {
                    line = locator.getLineNumber();
                    column = locator.getColumnNumber();
                }
            }
        }
    }
}
