package nl.ddjgz.simulator.vaccinnet;

import java.util.List;
import java.util.function.UnaryOperator;
import nl.ddjgz.shared.xml.ClasspathSchema;
import nl.ddjgz.shared.xml.XmlError;
import org.w3c.dom.Element;

/**
 * One of the registry's schemas, checked on the DOM the registry has already parsed (so each message it receives is
 * parsed once, not once for the check and again for the reading). The errors carry no line numbers (a DOM has none);
 * their texts are masked.
 */
final class RegisterSchema {

    private final ClasspathSchema schema;

    private final UnaryOperator<String> mask;

    RegisterSchema(String location, String file, UnaryOperator<String> mask) {
        this.schema = ClasspathSchema.compile(location, file);
        this.mask = mask;
    }

    /** Every schema error of the element and its content; empty when valid. */
    List<XmlError> validate(Element element) {
        return schema.validate(element, mask).errors();
    }
}
