package nl.ddjgz.praeventis.hl7;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.validation.Schema;
import nl.ddjgz.shared.xml.ClasspathSchema;
import org.w3c.dom.Element;

/**
 * Our HL7v3 schema set ({@code classpath:xsd/hl7v3/}), compiled once into one {@link Schema} that knows every
 * interaction (see {@link ClasspathSchema}). A {@code Schema} is thread-safe and the rest of its state is per thread,
 * so one instance ({@link #get()}) serves the whole application.
 *
 * <p>Validation parses without DOCTYPE or external entities (see {@link nl.ddjgz.shared.xml.SecureXml}) and collects
 * the parser's errors with their line and column instead of stopping at the first. Parser and validator are kept per
 * thread (one check at a time on a thread, never nested), so checking thousands of messages in a row costs little
 * more than the checks.
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

    private final ClasspathSchema schema;

    private Hl7Schemas() {
        this.schema = ClasspathSchema.compile(LOCATION, ALL_INTERACTIONS);
    }

    /** The one compiled schema set (compiled on first use). */
    public static Hl7Schemas get() {
        return Holder.INSTANCE;
    }

    public Schema schema() {
        return schema.schema();
    }

    /**
     * The same schema for a JAXB marshaller that checks while it writes: the validator handler it asks for is this
     * thread's, made once, instead of a new one per message (see {@link ClasspathSchema#forWriting()}).
     */
    public Schema forWriting() {
        return schema.forWriting();
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
        return errors(schema.validate(xml, ParserErrors.MASK), interactions);
    }

    /**
     * Checks a message already parsed securely (e.g. the element {@link Soap#bodyElement} takes out of an envelope)
     * as {@link #validate(byte[], Collection)} does, walking its DOM instead of parsing it again; the errors carry no
     * line or column.
     */
    public List<ValidationError> validate(Element message, Collection<String> interactions) {
        return errors(schema.validate(message, ParserErrors.MASK), interactions);
    }

    private static List<ValidationError> errors(
            ClasspathSchema.Validation validation, Collection<String> interactions) {
        List<ValidationError> found = new ArrayList<>();
        if (interactions != null
                && validation.root() != null
                && interactions.stream().noneMatch(i -> validation.rootIs(NAMESPACE, i))) {
            found.add(ValidationError.at(
                    validation.rootLine(),
                    validation.rootColumn(),
                    "The root element is '" + validation.describeRoot() + "'; expected "
                            + interactions.stream()
                                    .map(i -> "'{" + NAMESPACE + "}" + i + "'")
                                    .collect(Collectors.joining(" or "))
                            + "."));
        }
        found.addAll(ParserErrors.toErrors(validation.errors()));
        return List.copyOf(found);
    }

    private static final class Holder {
        static final Hl7Schemas INSTANCE = new Hl7Schemas();
    }
}
