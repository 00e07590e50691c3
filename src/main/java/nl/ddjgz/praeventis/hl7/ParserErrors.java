package nl.ddjgz.praeventis.hl7;

import java.util.List;
import java.util.function.UnaryOperator;
import nl.ddjgz.shared.xml.XmlError;
import nl.ddjgz.shared.xml.XmlErrors;

/**
 * How this package turns what a parser or validator reports ({@link XmlError}, collected by {@link XmlErrors}, at most
 * {@value #MAX}) into {@link ValidationError}s, with anything shaped like a BSN masked.
 */
final class ParserErrors {

    static final int MAX = XmlErrors.MAX;

    /** Masks anything shaped like a BSN (nine digits in a row). */
    static final UnaryOperator<String> MASK = XmlErrors.maskDigitRuns(9, 9);

    private ParserErrors() {}

    static ValidationError toError(XmlError error) {
        return ValidationError.at(error.line(), error.column(), error.message());
    }

    static List<ValidationError> toErrors(List<XmlError> errors) {
        return errors.stream().map(ParserErrors::toError).toList();
    }

    /** Masks anything shaped like a BSN, so an error text can be shown and logged. */
    static String mask(String message) {
        return MASK.apply(message);
    }
}
