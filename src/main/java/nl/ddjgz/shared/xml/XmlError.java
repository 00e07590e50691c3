package nl.ddjgz.shared.xml;

/**
 * One thing an XML parser or schema validator refused: its own text and where, counted from 1; 0 when there is no
 * position. The text has already been masked by whoever collected it (see {@link XmlErrors#maskDigitRuns}).
 */
public record XmlError(int line, int column, String message) {

    public static XmlError at(int line, int column, String message) {
        return new XmlError(Math.max(line, 0), Math.max(column, 0), message);
    }

    public static XmlError of(String message) {
        return new XmlError(0, 0, message);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    @Override
    public String toString() {
        return hasPosition() ? "line " + line + ", column " + column + ": " + message : message;
    }
}
