package nl.ddjgz.massvaccination;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.ddjgz.shared.Bsn;

/**
 * Reads a list of expected children (docs/mass-vaccination.md): a header line {@code bsn;achternaam;voornamen;
 * geboortedatum}, then one child a line; separated by semicolons or commas; UTF-8 or Windows-1252. Every refused line
 * is reported with its number and reason; the rest can be imported.
 */
public final class ExpectedListCsv {

    static final List<String> COLUMNS = List.of("bsn", "achternaam", "voornamen", "geboortedatum");

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private ExpectedListCsv() {}

    /**
     * Reads the file.
     *
     * @param alreadyExpected the BSNs already on the session's expected list (refused as duplicates)
     */
    public static Result read(byte[] content, Set<String> alreadyExpected) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            return new Result(List.of(), List.of(), "mass.import.empty");
        }
        String header = lines.get(first);
        char separator = count(header, ';') >= count(header, ',') ? ';' : ',';
        List<String> columns = split(header, separator).stream()
                .map(c -> c.toLowerCase(Locale.ROOT))
                .toList();
        if (!columns.equals(COLUMNS)) {
            return new Result(List.of(), List.of(), "mass.import.columns");
        }
        List<Row> accepted = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>(alreadyExpected);
        for (int i = first + 1; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = split(line, separator);
            if (cells.size() != COLUMNS.size()) {
                refused.add(new Refusal(lineNo, "mass.import.row.columns"));
                continue;
            }
            var bsn = Bsn.parse(cells.get(0));
            if (bsn.isEmpty()) {
                refused.add(new Refusal(lineNo, "mass.import.row.bsn"));
                continue;
            }
            if (cells.get(1).isEmpty()) {
                refused.add(new Refusal(lineNo, "mass.import.row.familyName"));
                continue;
            }
            LocalDate birthDate;
            try {
                birthDate = LocalDate.parse(cells.get(3), DATE);
            } catch (DateTimeParseException e) {
                refused.add(new Refusal(lineNo, "mass.import.row.date"));
                continue;
            }
            if (!seen.add(bsn.get().value())) {
                refused.add(new Refusal(lineNo, "mass.import.row.duplicate"));
                continue;
            }
            accepted.add(new Row(lineNo, bsn.get(), cells.get(1), cells.get(2), birthDate));
        }
        return new Result(accepted, refused, null);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /** Splits a line; a cell may be in double quotes (then it may hold the separator; "" is a quote). */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** A child from the file. */
    public record Row(int lineNo, Bsn bsn, String familyName, String givenNames, LocalDate birthDate) {}

    /** A refused line: its number and the message key of the reason. */
    public record Refusal(int lineNo, String reasonKey) {}

    /**
     * What was read.
     *
     * @param fileError the message key when the whole file is refused (empty, wrong columns), else null
     */
    public record Result(List<Row> accepted, List<Refusal> refused, String fileError) {}
}
