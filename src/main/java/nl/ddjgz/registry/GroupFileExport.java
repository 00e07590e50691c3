package nl.ddjgz.registry;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

/**
 * An export beyond the messages that a register takes from a mass vaccination session: a group file of the persons who
 * had the same vaccine, with the same lot, on the same day (Vaccinnet's CSV group upload). Offered where the
 * organisation's {@link RegisterProfile#offersGroupFile()}; written by the adapter's module.
 */
public interface GroupFileExport {

    /** The file's bytes. */
    byte[] write(Batch batch, List<Person> persons);

    /** The character set of the file (for the download's content type). */
    Charset charset();

    /** The name the file is downloaded under. */
    String fileName(LocalDate sessionDate, String vaccineType);

    /** What is the same for every line: the day, the vaccine and the lot. */
    record Batch(LocalDate date, String cnk, String vaccineName, String lot) {}

    /** One person of the file. */
    record Person(String insz, String familyName, String givenNames, LocalDate birthDate) {}
}
