package nl.ddjgz.praeventis.hl7;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
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
 * Our HL7v3 schema set ({@code classpath:xsd/hl7v3/}), compiled once into one {@link Schema} that knows every
 * interaction. A {@code Schema} is thread-safe and the rest of its state is per thread, so one instance ({@link #get()})
 * serves the whole application.
 *
 * <p>Validation parses without DOCTYPE or external entities (see {@link SecureXml}) and collects the parser's errors
 * with their line and column instead of stopping at the first. Parser and validator are kept per thread (one check at a
 * time on a thread, never nested), so checking thousands of messages in a row costs little more than the checks.
 */
public final class Hl7Schemas {

    /** The HL7v3 namespace of every message. */
    public static final String NAMESPACE = "urn:hl7-org:v3";

    /** Where the schema files are on the classpath. */
    public static final String LOCATION = "xsd/hl7v3/";

    /**
     * The schema that includes every interaction schema; each of those includes {@code wrapper.xsd}, which includes
     * {@code datatypes.xsd}.
     */
    static final String ALL_INTERACTIONS = "hl7v3.xsd";

    private final Schema schema;

    /** A validator per thread: making one costs about a tenth of checking a registration message. */
    private final ThreadLocal<ValidatorHandler> validators;

    private Hl7Schemas() {
        this.schema = compile();
        this.validators = ThreadLocal.withInitial(() -> {
            ValidatorHandler validator = schema.newValidatorHandler();
            secure(validator);
            return validator;
        });
    }

    /** The one compiled schema set (compiled on first use). */
    public static Hl7Schemas get() {
        return Holder.INSTANCE;
    }

    public Schema schema() {
        return schema;
    }

    /** Checks a message against the schema set; any of our interactions is accepted as root. */
    public List<ValidationError> validate(byte[] xml) {
        return validate(xml, (Collection<String>) null);
    }

    /**
     * Checks a message against the schema set and that its root element is {@code interaction} in the HL7v3
     * namespace (e.g. {@code PRMM_IN010043NL}); null accepts any root the schema knows. An empty list means valid.
     */
    public List<ValidationError> validate(byte[] xml, String interaction) {
        return validate(xml, interaction == null ? null : List.of(interaction));
    }

    /**
     * Checks a message against the schema set and that its root element is one of {@code interactions} in the HL7v3
     * namespace; null accepts any root the schema knows. An empty list means valid.
     */
    public List<ValidationError> validate(byte[] xml, Collection<String> interactions) {
        ParserErrors errors = new ParserErrors();
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
                errors.add(ValidationError.of(ParserErrors.mask(e.getMessage())));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read from memory", e);
        } finally {
            SecureXml.release(reader);
            validator.setErrorHandler(null);
            validator.setContentHandler(null);
        }
        List<ValidationError> found = new ArrayList<>();
        if (interactions != null && root.seen() && interactions.stream().noneMatch(i -> root.is(NAMESPACE, i))) {
            found.add(ValidationError.at(
                    root.line,
                    root.column,
                    "The root element is '" + root.describe() + "'; expected "
                            + interactions.stream()
                                    .map(i -> "'{" + NAMESPACE + "}" + i + "'")
                                    .collect(Collectors.joining(" or "))
                            + "."));
        }
        found.addAll(errors.errors());
        return List.copyOf(found);
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

    private static Schema compile() {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK schema factory refuses secure processing", e);
        }
        factory.setResourceResolver(new ClasspathResolver());
        StreamSource source = new StreamSource(open(ALL_INTERACTIONS));
        source.setSystemId(systemId(ALL_INTERACTIONS));
        try {
            return factory.newSchema(source);
        } catch (SAXException e) {
            throw new IllegalStateException("our HL7v3 schema does not compile", e);
        }
    }

    private static String systemId(String file) {
        return "classpath:/" + LOCATION + file;
    }

    private static InputStream open(String file) {
        InputStream in = Hl7Schemas.class.getClassLoader().getResourceAsStream(LOCATION + file);
        if (in == null) {
            throw new IllegalStateException("missing schema file " + LOCATION + file);
        }
        return in;
    }

    private static final class Holder {
        static final Hl7Schemas INSTANCE = new Hl7Schemas();
    }

    /** Resolves {@code xs:include} of our own files from the classpath, and nothing else. */
    private static final class ClasspathResolver implements LSResourceResolver {

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

        private String namespace;

        private String name;

        private int line;

        private int column;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (name == null) {
                namespace = uri;
                name = localName;
                if (locator != null) {
                    line = locator.getLineNumber();
                    column = locator.getColumnNumber();
                }
            }
        }

        boolean seen() {
            return name != null;
        }

        boolean is(String expectedNamespace, String expectedName) {
            return expectedNamespace.equals(namespace) && expectedName.equals(name);
        }

        String describe() {
            return namespace == null || namespace.isEmpty() ? name : "{" + namespace + "}" + name;
        }
    }
}
