package nl.ddjgz.vaccinnet;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The layout of Vaccinnet's CSV group upload. The registry does not publish it, so every part of it is configuration;
 * the defaults are our best reading.
 *
 * @param columns the columns in order, each {@code header:FIELD}; FIELD one of {@link VaccinnetGroupFile.Field}
 * @param separator the cell separator
 * @param dateFormat the pattern of the birth and vaccination dates ({@link java.time.format.DateTimeFormatter})
 * @param charset the file's character set
 * @param bom whether the file starts with a byte order mark (spreadsheet programs then read the accents)
 * @param lineEnding CRLF or LF
 */
@ConfigurationProperties("ddjgz.massvaccination.group-file")
public record GroupFileProperties(
        @DefaultValue({
            "INSZ:INSZ",
            "Naam:FAMILY_NAME",
            "Voornaam:GIVEN_NAMES",
            "Geboortedatum:BIRTH_DATE",
            "Vaccinatiedatum:VACCINATION_DATE",
            "CNK:CNK",
            "Vaccin:VACCINE",
            "Lotnummer:LOT"
        })
        List<String> columns,

        @DefaultValue(";") String separator,
        @DefaultValue("dd/MM/yyyy") String dateFormat,
        @DefaultValue("UTF-8") String charset,
        @DefaultValue("true") boolean bom,
        @DefaultValue("CRLF") LineEnding lineEnding) {

    /** The documented default layout. */
    public static GroupFileProperties defaults() {
        return new GroupFileProperties(
                List.of(
                        "INSZ:INSZ",
                        "Naam:FAMILY_NAME",
                        "Voornaam:GIVEN_NAMES",
                        "Geboortedatum:BIRTH_DATE",
                        "Vaccinatiedatum:VACCINATION_DATE",
                        "CNK:CNK",
                        "Vaccin:VACCINE",
                        "Lotnummer:LOT"),
                ";",
                "dd/MM/yyyy",
                "UTF-8",
                true,
                LineEnding.CRLF);
    }

    /** How lines end. */
    public enum LineEnding {
        CRLF("\r\n"),
        LF("\n");

        private final String text;

        LineEnding(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
