package nl.ddjgz.shared.xml;

import java.util.List;

/**
 * XML that is not well-formed, carries a DOCTYPE, is not the expected envelope or does not validate. The exception's
 * own message says only how many errors and where the first is, never content; the (masked) errors are in
 * {@link #errors()}.
 */
public class XmlRefusedException extends RuntimeException {

    private final List<XmlError> errors;

    public XmlRefusedException(String what, List<XmlError> errors) {
        super(summary(what, errors));
        this.errors = List.copyOf(errors);
    }

    private static String summary(String what, List<XmlError> errors) {
        StringBuilder summary = new StringBuilder(what == null ? "XML" : what).append(" refused: ");
        summary.append(errors.size() == 1 ? "1 error" : errors.size() + " errors");
        if (!errors.isEmpty() && errors.get(0).hasPosition()) {
            summary.append(", the first at line ")
                    .append(errors.get(0).line())
                    .append(", column ")
                    .append(errors.get(0).column());
        }
        return summary.toString();
    }

    public List<XmlError> errors() {
        return errors;
    }
}
