package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a keyboard-wedge scanner types, read as a BSN or refused (rules.md §7). */
class ScanReaderTests {

    private final ScanReader plain = new ScanReader("", "");
    private final ScanReader withPrefixAndSuffix = new ScanReader("]C0", "#");

    @Test
    void nineDigitsThatPassTheElfproefAreABsn() {
        ScanReader.Reading reading = plain.read("111222333");
        assertThat(reading.kind()).isEqualTo(ScanReader.Kind.BSN);
        assertThat(reading.bsn().value()).isEqualTo("111222333");
    }

    @Test
    void spacesAroundAndInsideAndTheEnterAreTolerated() {
        assertThat(plain.read("  111 222 333 \r\n").bsn().value()).isEqualTo("111222333");
        assertThat(plain.read("\t123456782\n").bsn().value()).isEqualTo("123456782");
    }

    @Test
    void theConfiguredPrefixAndSuffixAreTakenOff() {
        assertThat(withPrefixAndSuffix.read("]C0111222333#").bsn().value()).isEqualTo("111222333");
        assertThat(withPrefixAndSuffix.read("111222333").bsn().value()).isEqualTo("111222333");
    }

    @Test
    void anOldEightDigitNumberGetsItsLeadingZero() {
        // 012345672 passes the elfproef; its eight-digit form is 12345672
        assertThat(plain.read("12345672").bsn().value()).isEqualTo("012345672");
    }

    @Test
    void aRepeatedEnterIsNothingToAnswer() {
        assertThat(plain.read("").kind()).isEqualTo(ScanReader.Kind.EMPTY);
        assertThat(plain.read("\r\n").kind()).isEqualTo(ScanReader.Kind.EMPTY);
        assertThat(plain.read(null).kind()).isEqualTo(ScanReader.Kind.EMPTY);
        assertThat(withPrefixAndSuffix.read("]C0#").kind()).isEqualTo(ScanReader.Kind.EMPTY);
    }

    @Test
    void nineDigitsFailingTheElfproefAreAnInvalidBsn() {
        assertThat(plain.read("123456789").kind()).isEqualTo(ScanReader.Kind.INVALID_BSN);
        assertThat(plain.read("000000000").kind()).isEqualTo(ScanReader.Kind.INVALID_BSN);
    }

    @Test
    void anotherBarcodeOrScannerGarbageIsNotABsn() {
        assertThat(plain.read("8712345678906").kind()).isEqualTo(ScanReader.Kind.NOT_A_BSN); // an EAN-13
        assertThat(plain.read("0108712345678906").kind()).isEqualTo(ScanReader.Kind.NOT_A_BSN); // GS1 pack
        assertThat(plain.read("ABC123").kind()).isEqualTo(ScanReader.Kind.NOT_A_BSN);
        assertThat(plain.read("1112223").kind()).isEqualTo(ScanReader.Kind.NOT_A_BSN);
        assertThat(plain.read("111222333111222333").kind()).isEqualTo(ScanReader.Kind.NOT_A_BSN); // two in a row
    }

    /** A valid INSZ of a child born 15 January 2010 (check digits with the "2" prefix for births from 2000). */
    static final String INSZ = "10011512361";

    @Test
    void elevenDigitsWithValidCheckDigitsAreAnInszForABelgianOrganisation() {
        ScanReader.Reading reading = plain.read(INSZ, IdentifierKind.INSZ);
        assertThat(reading.kind()).isEqualTo(ScanReader.Kind.INSZ);
        assertThat(reading.insz().value()).isEqualTo(INSZ);
        assertThat(reading.identifier()).isEqualTo(INSZ);
        assertThat(reading.bsn()).isNull();
        assertThat(plain.readInsz("85073101219\r\n").insz().value()).isEqualTo("85073101219"); // born before 2000
        assertThat(withPrefixAndSuffix.readInsz("]C0" + INSZ + "#").insz().value())
                .isEqualTo(INSZ);
    }

    @Test
    void theInszAsPrintedOnTheIdentityCardIsReadToo() {
        assertThat(plain.readInsz("10.01.15-123.61").insz().value()).isEqualTo(INSZ);
        assertThat(plain.readInsz(" 10.01.15 - 123.61 \n").insz().value()).isEqualTo(INSZ);
        assertThat(plain.readInsz("100115-12361").insz().value()).isEqualTo(INSZ);
    }

    @Test
    void wrongCheckDigitsAreAnInvalidInsz() {
        assertThat(plain.readInsz("10011512362").kind()).isEqualTo(ScanReader.Kind.INVALID_INSZ);
        assertThat(plain.readInsz("10.01.15-123.62").kind()).isEqualTo(ScanReader.Kind.INVALID_INSZ);
        assertThat(plain.readInsz("10011512362").insz()).isNull();
    }

    @Test
    void aBsnOrAnotherBarcodeIsNotAnInsz() {
        assertThat(plain.readInsz("111222333").kind()).isEqualTo(ScanReader.Kind.NOT_AN_INSZ);
        assertThat(plain.readInsz("8712345678906").kind()).isEqualTo(ScanReader.Kind.NOT_AN_INSZ);
        assertThat(plain.readInsz("10.01.15-123.6A").kind()).isEqualTo(ScanReader.Kind.NOT_AN_INSZ);
        assertThat(plain.readInsz("").kind()).isEqualTo(ScanReader.Kind.EMPTY);
    }

    @Test
    void aDutchOrganisationStillReadsTheBsn() {
        assertThat(plain.read("111222333", IdentifierKind.BSN).bsn().value()).isEqualTo("111222333");
        assertThat(plain.read(INSZ, IdentifierKind.BSN).kind()).isEqualTo(ScanReader.Kind.NOT_A_BSN);
    }
}
