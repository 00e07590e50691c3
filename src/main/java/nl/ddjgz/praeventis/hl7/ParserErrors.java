package nl.ddjgz.praeventis.hl7;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Collects what a parser or validator reports, at most {@value #MAX} errors (a list of 20,000 broken entries need not
 * produce 20,000 lines); a fatal error (not well-formed) also ends the parse. Warnings do not refuse a message.
 */
final class ParserErrors implements ErrorHandler {

    static final int MAX = 100;

    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");

    private final List<ValidationError> errors = new ArrayList<>();

    private boolean fatal;

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
        add(toError(e));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        add(toError(e));
        fatal = true;
        throw e;
    }

    void add(ValidationError error) {
        if (errors.size() < MAX) {
            errors.add(error);
        }
    }

    boolean sawFatal() {
        return fatal;
    }

    List<ValidationError> errors() {
        return errors;
    }

    static ValidationError toError(SAXParseException e) {
        return ValidationError.at(e.getLineNumber(), e.getColumnNumber(), mask(e.getMessage()));
    }

    /** Masks anything shaped like a BSN, so an error text can be shown and logged. */
    static String mask(String message) {
        return message == null ? "" : NINE_DIGITS.matcher(message).replaceAll("*********");
    }
}
