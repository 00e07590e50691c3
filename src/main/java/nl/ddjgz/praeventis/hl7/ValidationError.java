package nl.ddjgz.praeventis.hl7;

/**
 * Why a message was refused: the XML parser's or schema validator's own text and where in the message, counted from 1;
 * 0 when there is no position (e.g. an unreadable time stamp). The JDK has no Dutch texts, so on a server with a Dutch
 * or English locale the text is English (the UI adds its own Dutch words around it). Values that look like a BSN
 * (nine digits in a row) are masked.
 */
@org.springframework.modulith.NamedInterface("hl7")
public record ValidationError(int line, int column, String message) {

    public static ValidationError at(int line, int column, String message) {
        return new ValidationError(Math.max(line, 0), Math.max(column, 0), message);
    }

    public static ValidationError of(String message) {
        return new ValidationError(0, 0, message);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** Plain text, e.g. {@code line 12, column 7: cvc-complex-type.4: Attribute 'extension' must appear ...}. */
    @Override
    public String toString() {
        return hasPosition() ? "line " + line + ", column " + column + ": " + message : message;
    }
}
