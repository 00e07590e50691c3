package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The expected-list file: columns, separators, encodings, and every refused line with its reason. */
class ExpectedListCsvTests {

    /** The day the files are read (a birth date after it is refused). */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void readsSemicolonSeparatedUtf8() {
        ExpectedListCsv.Result result = read(
                "bsn;achternaam;voornamen;geboortedatum\n111222333;Vries;Émile;03-02-2015\n123456782;Bakker;Sem;1-12-2015\n",
                StandardCharsets.UTF_8);
        assertThat(result.fileError()).isNull();
        assertThat(result.refused()).isEmpty();
        assertThat(result.accepted())
                .extracting(r -> r.bsn().value(), ExpectedListCsv.Row::givenNames, ExpectedListCsv.Row::birthDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("111222333", "Émile", LocalDate.of(2015, 2, 3)),
                        org.assertj.core.groups.Tuple.tuple("123456782", "Sem", LocalDate.of(2015, 12, 1)));
    }

    @Test
    void readsCommaSeparatedWindows1252WithQuotes() {
        ExpectedListCsv.Result result = read(
                "BSN,Achternaam,Voornamen,Geboortedatum\r\n111222333,\"Jong, de\",Zoë,03-02-2015\r\n",
                Charset.forName("windows-1252"));
        assertThat(result.refused()).isEmpty();
        assertThat(result.accepted().get(0).familyName()).isEqualTo("Jong, de");
        assertThat(result.accepted().get(0).givenNames()).isEqualTo("Zoë");
    }

    @Test
    void reportsEveryBadLineWithItsReasonAndKeepsTheRest() {
        ExpectedListCsv.Result result = read("""
                bsn;achternaam;voornamen;geboortedatum
                111222333;Vries;Emma;03-02-2015
                123456789;Jansen;Noah;03-02-2015
                123456782;Bakker;Sem;31-02-2015
                111222333;Vries;Emma;03-02-2015
                123456782;Bakker
                123456782;;Sem;01-02-2015
                012345672;Smit;Lotte;2015/02/01
                """, StandardCharsets.UTF_8);
        assertThat(result.accepted()).extracting(r -> r.bsn().value()).containsExactly("111222333");
        assertThat(result.refused())
                .extracting(ExpectedListCsv.Refusal::lineNo, ExpectedListCsv.Refusal::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "mass.import.row.bsn"),
                        org.assertj.core.groups.Tuple.tuple(4, "mass.import.row.date"),
                        org.assertj.core.groups.Tuple.tuple(5, "mass.import.row.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(6, "mass.import.row.columns"),
                        org.assertj.core.groups.Tuple.tuple(7, "mass.import.row.familyName"),
                        org.assertj.core.groups.Tuple.tuple(8, "mass.import.row.date"));
    }

    @Test
    void aChildAlreadyOnTheListIsADuplicate() {
        ExpectedListCsv.Result result = ExpectedListCsv.read(
                "bsn;achternaam;voornamen;geboortedatum\n111222333;Vries;Emma;03-02-2015\n"
                        .getBytes(StandardCharsets.UTF_8),
                Set.of("111222333"),
                TODAY);
        assertThat(result.accepted()).isEmpty();
        assertThat(result.refused())
                .extracting(ExpectedListCsv.Refusal::reasonKey)
                .containsExactly("mass.import.row.duplicate");
    }

    @Test
    void wrongColumnsRefuseTheWholeFile() {
        ExpectedListCsv.Result result =
                read("naam;bsn;geboortedatum\nEmma;111222333;03-02-2015\n", StandardCharsets.UTF_8);
        assertThat(result.fileError()).isEqualTo("mass.import.columns");
        assertThat(result.accepted()).isEmpty();
        assertThat(read("\n\n", StandardCharsets.UTF_8).fileError()).isEqualTo("mass.import.empty");
    }

    @Test
    void aBelgianListHasAnInszColumnWithTheNumberAsDigitsOrAsPrinted() {
        ExpectedListCsv.Result result = ExpectedListCsv.read(
                "insz;achternaam;voornamen;geboortedatum\n10011512361;Peeters;Lotte;15-01-2010\n"
                        .concat("15.01.05-123.78;Dubois;Léa;05-01-2015\n")
                        .getBytes(StandardCharsets.UTF_8),
                Set.of(),
                IdentifierKind.INSZ,
                TODAY);
        assertThat(result.fileError()).isNull();
        assertThat(result.refused()).isEmpty();
        assertThat(result.accepted())
                .extracting(
                        ExpectedListCsv.Row::identifier,
                        ExpectedListCsv.Row::identifierKind,
                        ExpectedListCsv.Row::familyName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("10011512361", IdentifierKind.INSZ, "Peeters"),
                        org.assertj.core.groups.Tuple.tuple("15010512378", IdentifierKind.INSZ, "Dubois"));
        assertThat(result.accepted().get(0).bsn()).isNull();
    }

    @Test
    void aBelgianListRefusesWrongCheckDigitsAndDuplicatesLineByLine() {
        ExpectedListCsv.Result result = ExpectedListCsv.read(
                """
                insz;achternaam;voornamen;geboortedatum
                10011512361;Peeters;Lotte;15-01-2010
                10011512362;Janssens;Noor;15-01-2010
                10.01.15-123.61;Peeters;Lotte;15-01-2010
                15010512378;Dubois;Léa;05-01-2015
                """.getBytes(StandardCharsets.UTF_8), Set.of("15010512378"), IdentifierKind.INSZ, TODAY);
        assertThat(result.accepted())
                .extracting(ExpectedListCsv.Row::identifier)
                .containsExactly("10011512361");
        assertThat(result.refused())
                .extracting(ExpectedListCsv.Refusal::lineNo, ExpectedListCsv.Refusal::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "mass.import.row.insz"),
                        org.assertj.core.groups.Tuple.tuple(4, "mass.import.row.duplicate.insz"),
                        org.assertj.core.groups.Tuple.tuple(5, "mass.import.row.duplicate.insz"));
    }

    @Test
    void aBelgianOrganisationNeedsTheInszColumnAndADutchOneTheBsnColumn() {
        byte[] dutch = "bsn;achternaam;voornamen;geboortedatum\n111222333;Vries;Emma;03-02-2015\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] belgian = "insz;achternaam;voornamen;geboortedatum\n10011512361;Peeters;Lotte;15-01-2010\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(ExpectedListCsv.read(dutch, Set.of(), IdentifierKind.INSZ, TODAY)
                        .fileError())
                .isEqualTo("mass.import.columns.insz");
        assertThat(ExpectedListCsv.read(belgian, Set.of(), IdentifierKind.BSN, TODAY)
                        .fileError())
                .isEqualTo("mass.import.columns");
        assertThat(ExpectedListCsv.read(belgian, Set.of(), TODAY).fileError()).isEqualTo("mass.import.columns");
    }

    @Test
    void acceptsIsoDatesBesideDayMonthYear() {
        ExpectedListCsv.Result result = read(
                "bsn;achternaam;voornamen;geboortedatum\n111222333;Vries;Emma;2013-05-30\n123456782;Bakker;Sem;30-5-2013\n",
                StandardCharsets.UTF_8);
        assertThat(result.refused()).isEmpty();
        assertThat(result.accepted())
                .extracting(ExpectedListCsv.Row::birthDate)
                .containsExactly(LocalDate.of(2013, 5, 30), LocalDate.of(2013, 5, 30));
    }

    @Test
    void aBirthDateAfterTodayIsRefusedOnItsLineAndNotImported() {
        ExpectedListCsv.Result result = read("""
                bsn;achternaam;voornamen;geboortedatum
                111222333;Vries;Emma;01-01-2099
                123456782;Bakker;Sem;2026-06-02
                010000008;Smit;Lieke;2026-06-01
                """, StandardCharsets.UTF_8);
        assertThat(result.refused())
                .extracting(ExpectedListCsv.Refusal::lineNo, ExpectedListCsv.Refusal::reasonKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "mass.import.row.date.future"),
                        org.assertj.core.groups.Tuple.tuple(3, "mass.import.row.date.future"));
        assertThat(result.accepted())
                .extracting(ExpectedListCsv.Row::birthDate)
                .containsExactly(LocalDate.of(2026, 6, 1));
    }

    @Test
    void anIsoDateThatDoesNotExistIsABadDate() {
        ExpectedListCsv.Result result = read(
                "bsn;achternaam;voornamen;geboortedatum\n111222333;Vries;Emma;2013-02-30\n", StandardCharsets.UTF_8);
        assertThat(result.refused())
                .extracting(ExpectedListCsv.Refusal::reasonKey)
                .containsExactly("mass.import.row.date");
    }

    private static ExpectedListCsv.Result read(String text, Charset charset) {
        return ExpectedListCsv.read(text.getBytes(charset), Set.of(), TODAY);
    }

    @Test
    void aFileWithMoreChildrenThanTheCapIsRefusedAsAWhole() {
        StringBuilder csv = new StringBuilder("bsn;achternaam;voornamen;geboortedatum\n");
        for (int i = 0; i < 4; i++) {
            csv.append("111222333;Jansen;Emma;01-02-2015\n");
        }
        byte[] content = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ExpectedListCsv.Result refused =
                ExpectedListCsv.read(content, java.util.Set.of(), IdentifierKind.BSN, 3, TODAY);
        assertThat(refused.fileError()).isEqualTo("mass.import.tooManyRows");
        assertThat(refused.accepted()).isEmpty();
        assertThat(refused.refused()).isEmpty();

        ExpectedListCsv.Result read = ExpectedListCsv.read(content, java.util.Set.of(), IdentifierKind.BSN, 4, TODAY);
        assertThat(read.fileError()).isNull();
    }
}
