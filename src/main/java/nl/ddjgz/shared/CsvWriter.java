package nl.ddjgz.shared;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Writes every CSV file the module hands out (the session's print.csv, the recall list, Vaccinnet's group file), so a
 * name from an imported list can never become a spreadsheet formula or a new line:
 *
 * <ul>
 *   <li>a line break (CR, LF and the other Unicode line separators) inside a cell becomes a space;
 *   <li>a cell a spreadsheet would read as a formula or command — starting with {@code = + - @}, their full-width
 *       forms, a tab or a carriage return — gets a leading apostrophe (OWASP "CSV injection");
 *   <li>a cell holding the separator or a quote is quoted, quotes doubled (RFC 4180).
 * </ul>
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private final String separator;
    private final String lineEnding;
    private final StringBuilder text = new StringBuilder();

    private CsvWriter(String separator, String lineEnding) {
        if (separator == null || separator.isEmpty()) {
            throw new IllegalArgumentException("empty separator");
        }
        this.separator = separator;
        this.lineEnding = lineEnding;
    }

    /** A file with this separator and line ending ("\r\n" or "\n"). */
    public static CsvWriter of(String separator, String lineEnding) {
        return new CsvWriter(separator, lineEnding);
    }

    /** Semicolon-separated with CRLF line endings, as Dutch and Belgian spreadsheet programs read it. */
    public static CsvWriter semicolons() {
        return of(";", "\r\n");
    }

    /** Adds one line; null cells are empty. */
    public CsvWriter row(String... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    /** Adds one line; null cells are empty. */
    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(separator);
            }
            text.append(cell(cells.get(i)));
        }
        text.append(lineEnding);
        return this;
    }

    /** The lines written so far. */
    public String text() {
        return text.toString();
    }

    /** The file's bytes in this character set, with a byte order mark first when asked (Excel reads UTF-8 then). */
    public byte[] bytes(Charset charset, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes("\uFEFF".getBytes(charset));
        }
        out.writeBytes(text().getBytes(charset));
        return out.toByteArray();
    }

    /** One cell as written: line breaks flattened, formulas neutralised, quoted when needed. */
    String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cell = value.replaceAll("\\R", " ");
        if (FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.contains(separator) || cell.contains("\"")) {
            cell = "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
