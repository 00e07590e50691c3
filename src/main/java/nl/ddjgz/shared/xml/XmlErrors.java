package nl.ddjgz.shared.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Collects what a parser or validator reports, at most {@value #MAX} errors; a fatal error (not well-formed) also ends
 * the parse. Warnings do not refuse a message. Every text goes through a mask first, so that personal numbers quoted
 * by the parser (a BSN, an INSZ) never reach a log or a screen.
 */
public final class XmlErrors implements ErrorHandler {

    /** At most this many errors are kept. */
    public static final int MAX = 100;

    private final UnaryOperator<String> mask;

    private final List<XmlError> errors = new ArrayList<>();

    private boolean fatal;

    public XmlErrors(UnaryOperator<String> mask) {
        this.mask = mask;
    }

    /**
     * A mask that replaces every run of {@code min} to {@code max} digits (not part of a longer run) with asterisks of
     * the same length; null text becomes "".
     */
    public static UnaryOperator<String> maskDigitRuns(int min, int max) {
        Pattern digits = Pattern.compile(
                "(?<![0-9])[0-9]{" + min + "," + (max == Integer.MAX_VALUE ? "" : String.valueOf(max)) + "}(?![0-9])");
        return text -> text == null
                ? ""
                : digits.matcher(text)
                        .replaceAll(match -> "*".repeat(match.group().length()));
    }

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

    public void add(XmlError error) {
        if (errors.size() < MAX) {
            errors.add(error);
        }
    }

    public boolean sawFatal() {
        return fatal;
    }

    public List<XmlError> errors() {
        return List.copyOf(errors);
    }

    public String mask(String text) {
        return mask.apply(text);
    }

    public XmlError toError(SAXParseException e) {
        return XmlError.at(e.getLineNumber(), e.getColumnNumber(), mask(e.getMessage()));
    }
}
