package nl.ddjgz.vaccinnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.ddjgz.registry.GroupFileExport;
import org.junit.jupiter.api.Test;

/** Vaccinnet's CSV group upload: the documented default layout, a configured layout, and formula neutralising. */
class VaccinnetGroupFileTests {

    private static final GroupFileExport.Batch HPV =
            new GroupFileExport.Batch(LocalDate.of(2026, 3, 9), "09", "HPV", "Gardasil 9", "CX241A");

    /** The codes of the Belgian registers: HPV has a CNK code (and no pack name), the rest none. */
    private static final Function<String, Optional<VaccinnetGroupFile.Pack>> CODES =
            type -> "09".equals(type) ? Optional.of(new VaccinnetGroupFile.Pack("3456789", null)) : Optional.empty();

    private static final List<GroupFileExport.Person> TWO = List.of(
            new GroupFileExport.Person("10011512361", "Peeters", "Lotte", LocalDate.of(2010, 1, 15)),
            new GroupFileExport.Person("15010512378", "Van den Broeck", "Léa Marie", LocalDate.of(2015, 1, 5)));

    @Test
    void theDefaultLayoutIsSemicolonsDayMonthYearUtf8WithBomAndCrlf() {
        byte[] file = new VaccinnetGroupFile(GroupFileProperties.defaults(), CODES).write(HPV, TWO);

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("INSZ;Naam;Voornaam;Geboortedatum;Vaccinatiedatum;CNK;Vaccin;Lotnummer\r\n"
                        + "10011512361;Peeters;Lotte;15/01/2010;09/03/2026;3456789;Gardasil 9;CX241A\r\n"
                        + "15010512378;Van den Broeck;Léa Marie;05/01/2015;09/03/2026;3456789;Gardasil 9;CX241A\r\n");
    }

    @Test
    void theLayoutIsConfiguration() {
        GroupFileProperties configured = new GroupFileProperties(
                List.of("Rijksregisternummer:INSZ", "Datum:VACCINATION_DATE", "Opmerking:EMPTY", "Lot:LOT"),
                ",",
                "yyyy-MM-dd",
                "windows-1252",
                false,
                GroupFileProperties.LineEnding.LF);

        byte[] file = new VaccinnetGroupFile(configured, CODES).write(HPV, TWO);

        assertThat(file[0]).isEqualTo((byte) 'R');
        assertThat(new String(file, Charset.forName("windows-1252")))
                .isEqualTo("Rijksregisternummer,Datum,Opmerking,Lot\n"
                        + "10011512361,2026-03-09,,CX241A\n"
                        + "15010512378,2026-03-09,,CX241A\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreNeutralised() {
        List<GroupFileExport.Person> hostile = List.of(
                new GroupFileExport.Person("10011512361", "=HYPERLINK(\"x\")", "+Lotte", LocalDate.of(2010, 1, 15)),
                new GroupFileExport.Person("15010512378", "-2+3", "@SUM(A1)", LocalDate.of(2015, 1, 5)));

        String text = text(new VaccinnetGroupFile(GroupFileProperties.defaults(), CODES)
                .write(
                        new GroupFileExport.Batch(LocalDate.of(2026, 3, 9), "09", "HPV", "Vaccin; \"A\"", "-1"),
                        hostile));

        assertThat(text.split("\r\n"))
                .containsExactly(
                        "INSZ;Naam;Voornaam;Geboortedatum;Vaccinatiedatum;CNK;Vaccin;Lotnummer",
                        "10011512361;\"'=HYPERLINK(\"\"x\"\")\";'+Lotte;15/01/2010;09/03/2026;3456789;\"Vaccin; \"\"A\"\"\";'-1",
                        "15010512378;'-2+3;'@SUM(A1);05/01/2015;09/03/2026;3456789;\"Vaccin; \"\"A\"\"\";'-1");
    }

    @Test
    void anUnknownFieldIsRefusedWithTheConfigurationName() {
        GroupFileProperties wrong = new GroupFileProperties(
                List.of("INSZ:INSZ", "Geslacht:GENDER"),
                ";",
                "dd/MM/yyyy",
                "UTF-8",
                true,
                GroupFileProperties.LineEnding.CRLF);
        assertThatThrownBy(() -> new VaccinnetGroupFile(wrong, CODES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ddjgz.massvaccination.group-file.columns")
                .hasMessageContaining("GENDER");
    }

    @Test
    void anEmptySessionGivesTheHeaderOnly() {
        String text = text(new VaccinnetGroupFile(GroupFileProperties.defaults(), CODES).write(HPV, List.of()));
        assertThat(text).isEqualTo("INSZ;Naam;Voornaam;Geboortedatum;Vaccinatiedatum;CNK;Vaccin;Lotnummer\r\n");
    }

    @Test
    void thePacksNameInTheCodesComesBeforeTheSessionsProductName() {
        VaccinnetGroupFile writer = new VaccinnetGroupFile(
                GroupFileProperties.defaults(),
                type -> Optional.of(new VaccinnetGroupFile.Pack("3187094", "Gardasil 9")));

        String text = text(writer.write(
                new GroupFileExport.Batch(LocalDate.of(2026, 3, 9), "09", "HPV", "HPV-vaccin", "CX241A"), TWO));

        assertThat(text.split("\r\n")[1])
                .isEqualTo("10011512361;Peeters;Lotte;15/01/2010;09/03/2026;3187094;Gardasil 9;CX241A");
    }

    @Test
    void aVaccineTypeWithoutCnkCodeGetsNoFileAndTheUserIsToldWhichType() {
        VaccinnetGroupFile writer = new VaccinnetGroupFile(GroupFileProperties.defaults(), CODES);
        GroupFileExport.Batch menc =
                new GroupFileExport.Batch(LocalDate.of(2026, 3, 9), "07", "MenC", "NeisVac-C", "MC1");

        assertThatThrownBy(() -> writer.write(menc, TWO)).isInstanceOfSatisfying(GroupFileExport.Refused.class, e -> {
            assertThat(e.messageKey()).isEqualTo("mass.groupfile.noCnk");
            assertThat(e.args()).containsExactly("MenC");
        });
    }

    private static String text(byte[] file) {
        return new String(file, StandardCharsets.UTF_8).substring(1);
    }
}
