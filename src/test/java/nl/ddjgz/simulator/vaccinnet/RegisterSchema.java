package nl.ddjgz.simulator.vaccinnet;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Validator;
import nl.ddjgz.shared.xml.ClasspathSchema;
import nl.ddjgz.shared.xml.XmlError;
import nl.ddjgz.shared.xml.XmlErrors;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * One of the registry's schemas, checked on the DOM the registry has already parsed (so each message it receives is
 * parsed once, not once for the check and again for the reading). A validator per thread, reset after each check.
 * The errors carry no line numbers (a DOM has none); their texts are masked.
 */
final class RegisterSchema {

    private final ClasspathSchema schema;

    private final UnaryOperator<String> mask;

    private final ThreadLocal<Validator> validators;

    RegisterSchema(String location, String file, UnaryOperator<String> mask) {
        this.schema = ClasspathSchema.compile(location, file);
        this.mask = mask;
        this.validators = ThreadLocal.withInitial(() -> secure(schema.schema().newValidator()));
    }

    /** Every schema error of the element and its content; empty when valid. */
    List<XmlError> validate(Element element) {
        XmlErrors errors = new XmlErrors(mask);
        Validator validator = validators.get();
        validator.setErrorHandler(errors);
        try {
            validator.validate(new DOMSource(element));
        } catch (SAXException e) {
            if (errors.errors().isEmpty()) {
                errors.add(XmlError.of(errors.mask(e.getMessage())));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read from memory", e);
        } finally {
            validator.setErrorHandler(null);
            validator.reset();
        }
        return errors.errors();
    }

    /**
     * A DOM check uses only the compiled schema (no DOCTYPE to resolve: the secure parser refused it). The JDK's DOM
     * validation fails with the access properties or secure processing set on the validator (a NullPointerException
     * in its reset), so none is set here; the schema itself was compiled with them.
     */
    private static Validator secure(Validator validator) {
        return validator;
    }
}
