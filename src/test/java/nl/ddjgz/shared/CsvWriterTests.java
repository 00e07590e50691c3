package nl.ddjgz.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=HYPERLINK(\"http://evil.example\";\"klik\")|`\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klik\"\")\"`",
                "+31 6 1234|'+31 6 1234",
                "-2+3+cmd|'-2+3+cmd",
                "@SUM(A1:A9)|'@SUM(A1:A9)",
                "＝1+1|'＝1+1",
                "de Vries|de Vries",
                "Jansen-de Boer|Jansen-de Boer"
            })
    void aCellThatASpreadsheetWouldRunIsNeutralised(String name, String written) {
        assertThat(CsvWriter.semicolons().row(name).text()).isEqualTo(written + "\r\n");
    }

    @Test
    void aTabOrCarriageReturnAtTheStartIsNeutralisedToo() {
        assertThat(CsvWriter.semicolons().row("\t=1+1").text()).isEqualTo("'\t=1+1\r\n");
        assertThat(CsvWriter.semicolons().row("\r=1+1").text()).isEqualTo(" =1+1\r\n");
    }

    @Test
    void aLineBreakInANameNeverStartsANewLine() {
        String text = CsvWriter.semicolons()
                .row("Emma\r\n=cmd|'/c calc'!A1", "Jansen\nde Boer", "x\u2028y")
                .row("2", "b", "c")
                .text();
        assertThat(text.split("\r\n")).hasSize(2);
        assertThat(text).startsWith("Emma =cmd|'/c calc'!A1;Jansen de Boer;x y\r\n");
        assertThat(text).endsWith("\r\n2;b;c\r\n");
    }

    @Test
    void theSeparatorAndQuotesAreQuoted() {
        assertThat(CsvWriter.semicolons().row("a;b", "zei \"hoi\"", null).text())
                .isEqualTo("\"a;b\";\"zei \"\"hoi\"\"\";\r\n");
    }

    @Test
    void theBomComesFirstWhenAsked() {
        byte[] bytes = CsvWriter.of(";", "\n").row("é").bytes(StandardCharsets.UTF_8, true);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFé\n");
    }
}
