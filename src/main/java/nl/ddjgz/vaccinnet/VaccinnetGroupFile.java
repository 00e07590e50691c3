package nl.ddjgz.vaccinnet;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ddjgz.registry.GroupFileExport;
import nl.ddjgz.shared.CsvWriter;
import org.springframework.stereotype.Component;

/**
 * Writes Vaccinnet's CSV group upload: the persons who had the same vaccine, with the same lot, on the same day. The
 * layout comes from {@link GroupFileProperties}; the cells are written by the module's {@link CsvWriter} (formulas and
 * line breaks neutralised, the separator and quotes quoted).
 */
@Component
public final class VaccinnetGroupFile implements GroupFileExport {

    private final List<Column> columns;
    private final String separator;
    private final DateTimeFormatter dates;
    private final Charset charset;
    private final boolean bom;
    private final String lineEnding;

    /**
     * @throws IllegalArgumentException when the configured layout cannot be used (unknown field, no columns, bad date
     *     pattern or character set); the message names the configuration, never data
     */
    public VaccinnetGroupFile(GroupFileProperties properties) {
        if (properties.columns() == null || properties.columns().isEmpty()) {
            throw new IllegalArgumentException("ddjgz.massvaccination.group-file.columns is empty");
        }
        List<Column> parsed = new ArrayList<>();
        for (String column : properties.columns()) {
            int colon = column.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(
                        "ddjgz.massvaccination.group-file.columns: expected header:FIELD, got " + column);
            }
            String field = column.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
            try {
                parsed.add(new Column(column.substring(0, colon).strip(), Field.valueOf(field)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "ddjgz.massvaccination.group-file.columns: unknown field " + field, e);
            }
        }
        this.columns = List.copyOf(parsed);
        this.separator =
                properties.separator() == null || properties.separator().isEmpty() ? ";" : properties.separator();
        this.dates = DateTimeFormatter.ofPattern(properties.dateFormat(), Locale.ROOT);
        this.charset = Charset.forName(properties.charset());
        this.bom = properties.bom();
        this.lineEnding = properties.lineEnding().text();
    }

    /** The file's bytes: the header line, then one line per person. */
    @Override
    public byte[] write(Batch batch, List<Person> persons) {
        CsvWriter csv = CsvWriter.of(separator, lineEnding);
        csv.row(columns.stream().map(Column::header).toList());
        for (Person person : persons) {
            List<String> cells = new ArrayList<>(columns.size());
            for (Column column : columns) {
                cells.add(value(column.field(), batch, person));
            }
            csv.row(cells);
        }
        return csv.bytes(charset, bom);
    }

    /** The character set of the file (for the download's content type). */
    @Override
    public Charset charset() {
        return charset;
    }

    @Override
    public String fileName(LocalDate sessionDate, String vaccineType) {
        return "vaccinnet-groep-" + sessionDate + "-" + vaccineType + ".csv";
    }

    private String value(Field field, Batch batch, Person person) {
        return switch (field) {
            case INSZ -> person.insz();
            case FAMILY_NAME -> person.familyName();
            case GIVEN_NAMES -> person.givenNames();
            case BIRTH_DATE -> person.birthDate() == null ? "" : dates.format(person.birthDate());
            case VACCINATION_DATE -> dates.format(batch.date());
            case CNK -> batch.cnk();
            case VACCINE -> batch.vaccineName();
            case LOT -> batch.lot();
            case EMPTY -> "";
        };
    }

    /** What a column holds. */
    public enum Field {
        /** The person's INSZ, eleven digits. */
        INSZ,
        /** Family name (with the prefix, as on the dossier). */
        FAMILY_NAME,
        GIVEN_NAMES,
        BIRTH_DATE,
        /** Per file: the session's date. */
        VACCINATION_DATE,
        /** Per file: the pack's CNK code from the codes for the Belgian registers. */
        CNK,
        /** Per file: the pack's name. */
        VACCINE,
        /** Per file: the lot number (partijnummer) of the session. */
        LOT,
        /** An empty column (a column of the registry's layout we have nothing for). */
        EMPTY
    }

    private record Column(String header, Field field) {}
}
