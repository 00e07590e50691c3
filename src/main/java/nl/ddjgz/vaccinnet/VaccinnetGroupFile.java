package nl.ddjgz.vaccinnet;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.ddjgz.registry.GroupFileExport;
import nl.ddjgz.shared.CsvWriter;
import nl.ddjgz.vaccinecodes.VaccineCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes Vaccinnet's CSV group upload: the persons who had the same vaccine, with the same lot, on the same day. The
 * layout comes from {@link GroupFileProperties}; the cells are written by the module's {@link CsvWriter} (formulas and
 * line breaks neutralised, the separator and quotes quoted). The pack's CNK code and name come from the codes for the
 * Belgian registers ({@link VaccineCodes}); a vaccine type without a CNK code gets no file.
 */
@Component
public final class VaccinnetGroupFile implements GroupFileExport {

    private final List<Column> columns;
    private final String separator;
    private final DateTimeFormatter dates;
    private final Charset charset;
    private final boolean bom;
    private final String lineEnding;
    private final Function<String, Optional<Pack>> packs;

    /**
     * @throws IllegalArgumentException when the configured layout cannot be used (unknown field, no columns, bad date
     *     pattern or character set); the message names the configuration, never data
     */
    @Autowired
    public VaccinnetGroupFile(GroupFileProperties properties, VaccineCodes codes) {
        this(properties, type -> codes.of(type).map(c -> new Pack(c.getCnk(), c.getProductName())));
    }

    /**
     * @param packs the pack (CNK code and name) of a vaccine type, if it has one
     * @throws IllegalArgumentException as {@link #VaccinnetGroupFile(GroupFileProperties, VaccineCodes)}
     */
    VaccinnetGroupFile(GroupFileProperties properties, Function<String, Optional<Pack>> packs) {
        this.packs = packs;
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

    /**
     * The file's bytes: the header line, then one line per person. The vaccine is the pack's name in the codes, else
     * the session's product name, else our name of the type.
     *
     * @throws Refused {@code mass.groupfile.noCnk} when the vaccine type has no CNK code
     */
    @Override
    public byte[] write(Batch batch, List<Person> persons) {
        Pack pack = packs.apply(batch.vaccineType())
                .filter(p -> p.cnk() != null && !p.cnk().isBlank())
                .orElseThrow(() -> new Refused("mass.groupfile.noCnk", batch.vaccineName()));
        String vaccine = pack.name() != null && !pack.name().isBlank()
                ? pack.name()
                : batch.productName() != null ? batch.productName() : batch.vaccineName();
        CsvWriter csv = CsvWriter.of(separator, lineEnding);
        csv.row(columns.stream().map(Column::header).toList());
        for (Person person : persons) {
            List<String> cells = new ArrayList<>(columns.size());
            for (Column column : columns) {
                cells.add(value(column.field(), batch, pack.cnk(), vaccine, person));
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

    private String value(Field field, Batch batch, String cnk, String vaccine, Person person) {
        return switch (field) {
            case INSZ -> person.insz();
            case FAMILY_NAME -> person.familyName();
            case GIVEN_NAMES -> person.givenNames();
            case BIRTH_DATE -> person.birthDate() == null ? "" : dates.format(person.birthDate());
            case VACCINATION_DATE -> dates.format(batch.date());
            case CNK -> cnk;
            case VACCINE -> vaccine;
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

    /** A vaccine type's pack in the codes for the Belgian registers: its CNK code and name (either may be null). */
    record Pack(String cnk, String name) {}
}
