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
import java.util.Optional;
import java.util.Set;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;

/**
 * Reads a list of expected children (docs/mass-vaccination.md): a header line {@code bsn;achternaam;voornamen;
 * geboortedatum} (for a Belgian organisation {@code insz;achternaam;voornamen;geboortedatum}, the INSZ as eleven digits
 * or as printed on the card), then one child a line; separated by semicolons or commas; UTF-8 or Windows-1252. Every
 * refused line is reported with its number and reason; the rest can be imported.
 */
public final class ExpectedListCsv {

    static final List<String> COLUMNS = List.of("bsn", "achternaam", "voornamen", "geboortedatum");
    static final List<String> INSZ_COLUMNS = List.of("insz", "achternaam", "voornamen", "geboortedatum");

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** ISO 8601 as spreadsheets and registers write it: 2013-05-30. */
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private ExpectedListCsv() {}

    /**
     * Reads a file with BSNs.
     *
     * @param alreadyExpected the BSNs already on the session's expected list (refused as duplicates)
     */
    public static Result read(byte[] content, Set<String> alreadyExpected, LocalDate today) {
        return read(content, alreadyExpected, IdentifierKind.BSN, today);
    }

    /**
     * Reads the file.
     *
     * @param alreadyExpected the BSNs or INSZs already on the session's expected list (refused as duplicates)
     * @param kind the number the organisation identifies children by: the first column must be that number
     */
    public static Result read(byte[] content, Set<String> alreadyExpected, IdentifierKind kind, LocalDate today) {
        return read(content, alreadyExpected, kind, Integer.MAX_VALUE, today);
    }

    /**
     * Reads the file, refusing it as a whole ({@code mass.import.tooManyRows}) when it has more than {@code maxRows}
     * children, before any line is checked.
     *
     * @param today a birth date after it is refused on its line ({@code mass.import.row.date.future})
     */
    public static Result read(
            byte[] content, Set<String> alreadyExpected, IdentifierKind kind, int maxRows, LocalDate today) {
        boolean insz = kind == IdentifierKind.INSZ;
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
        if (!columns.equals(insz ? INSZ_COLUMNS : COLUMNS)) {
            return new Result(List.of(), List.of(), insz ? "mass.import.columns.insz" : "mass.import.columns");
        }
        long rows = lines.subList(first + 1, lines.size()).stream()
                .filter(l -> !l.isBlank())
                .count();
        if (rows > maxRows) {
            return new Result(List.of(), List.of(), "mass.import.tooManyRows");
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
            Optional<Bsn> bsn = insz ? Optional.empty() : Bsn.parse(cells.get(0));
            Optional<Insz> inszValue = insz ? Insz.parse(cells.get(0)) : Optional.empty();
            if (bsn.isEmpty() && inszValue.isEmpty()) {
                refused.add(new Refusal(lineNo, insz ? "mass.import.row.insz" : "mass.import.row.bsn"));
                continue;
            }
            if (cells.get(1).isEmpty()) {
                refused.add(new Refusal(lineNo, "mass.import.row.familyName"));
                continue;
            }
            Optional<LocalDate> parsed = birthDate(cells.get(3));
            if (parsed.isEmpty()) {
                refused.add(new Refusal(lineNo, "mass.import.row.date"));
                continue;
            }
            LocalDate birthDate = parsed.get();
            if (birthDate.isAfter(today)) {
                refused.add(new Refusal(lineNo, "mass.import.row.date.future"));
                continue;
            }
            String identifier = insz ? inszValue.get().value() : bsn.get().value();
            if (!seen.add(identifier)) {
                refused.add(new Refusal(lineNo, insz ? "mass.import.row.duplicate.insz" : "mass.import.row.duplicate"));
                continue;
            }
            accepted.add(
                    new Row(lineNo, bsn.orElse(null), inszValue.orElse(null), cells.get(1), cells.get(2), birthDate));
        }
        return new Result(accepted, refused, null);
    }

    /** A birth date as dd-mm-jjjj (d-m-jjjj too) or ISO (jjjj-mm-dd). */
    static Optional<LocalDate> birthDate(String cell) {
        for (DateTimeFormatter format : List.of(DATE, ISO_DATE)) {
            try {
                return Optional.of(LocalDate.parse(cell.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
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

    /**
     * A child from the file.
     *
     * @param bsn the child's BSN (a file with BSNs), else null
     * @param insz the child's INSZ (a file with INSZs), else null
     */
    public record Row(int lineNo, Bsn bsn, Insz insz, String familyName, String givenNames, LocalDate birthDate) {

        /** The digits of the BSN or INSZ. Never for logs. */
        public String identifier() {
            return bsn != null ? bsn.value() : insz.value();
        }

        public IdentifierKind identifierKind() {
            return bsn != null ? IdentifierKind.BSN : IdentifierKind.INSZ;
        }
    }

    /** A refused line: its number and the message key of the reason. */
    public record Refusal(int lineNo, String reasonKey) {}

    /**
     * What was read.
     *
     * @param fileError the message key when the whole file is refused (empty, wrong columns), else null
     */
    public record Result(List<Row> accepted, List<Refusal> refused, String fileError) {}
}
