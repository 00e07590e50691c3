package nl.ddjgz.registry;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import nl.ddjgz.shared.RefusedException;

/**
 * An export beyond the messages that a register takes from a mass vaccination session: a group file of the persons who
 * had the same vaccine, with the same lot, on the same day (Vaccinnet's CSV group upload). Offered where the
 * organisation's {@link RegisterProfile#offersGroupFile()}; written by the adapter's module, which adds what its
 * register asks of the vaccine (Vaccinnet: the pack's CNK code and name).
 */
public interface GroupFileExport {

    /**
     * The file's bytes.
     *
     * @throws Refused when the register cannot take a file of this vaccine type (Vaccinnet: it has no CNK code); the
     *     caller then stores nothing
     */
    byte[] write(Batch batch, List<Person> persons);

    /** The character set of the file (for the download's content type). */
    Charset charset();

    /** The name the file is downloaded under. */
    String fileName(LocalDate sessionDate, String vaccineType);

    /**
     * What is the same for every line: the day, the vaccine type and the lot.
     *
     * @param vaccineName our name of the vaccine type (for the texts)
     * @param productName the session's product name of the type, or null
     */
    record Batch(LocalDate date, String vaccineType, String vaccineName, String productName, String lot) {}

    /** One person of the file. */
    record Person(String insz, String familyName, String givenNames, LocalDate birthDate) {}

    /** The register cannot take a file of this vaccine type; the key and arguments give the user's text. */
    class Refused extends RefusedException {

        public Refused(String messageKey, Object... args) {
            super(null, messageKey, args);
        }
    }
}
