package nl.ddjgz.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.ddjgz.batch.PackScan.Warning;
import nl.ddjgz.batch.PackScanRefusal.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading vaccine pack scans. {@code <GS>} in a test string is ASCII 29 (the {@link #gs} helper puts it in); the GTINs
 * used have valid check digits: 08708150001237, 05400314000997, 08765432109876 (08765432109875 is one off).
 */
class PackScanReaderTests {

    private static final String GS = "\u001D";

    private final PackScanReader reader = new PackScanReader();

    // --- the made-up examples of gs1-pack-scan.md ---

    @Test
    void readsTheFirstExample() {
        PackScan scan = scan(gs("]d20108708150001237172612311023A45B<GS>21SN0001"));

        assertThat(scan.gtin()).isEqualTo("08708150001237");
        assertThat(scan.expiry()).contains(LocalDate.of(2026, 12, 31));
        assertThat(scan.batch()).isEqualTo("23A45B");
        assertThat(scan.serial()).contains("SN0001");
        assertThat(scan.warnings()).isEmpty();
    }

    @Test
    void readsTheSecondExampleWhereDayZeroIsTheLastDayOfTheMonth() {
        PackScan scan = scan(gs("010540031400099721XK77YZ<GS>10B123<GS>17270600"));

        assertThat(scan.gtin()).isEqualTo("05400314000997");
        assertThat(scan.serial()).contains("XK77YZ");
        assertThat(scan.batch()).isEqualTo("B123");
        assertThat(scan.expiry()).contains(LocalDate.of(2027, 6, 30));
        assertThat(scan.warnings()).isEmpty();
    }

    @Test
    void readsTheThirdExampleWhereTheBatchIsLastAndNeedsNoSeparator() {
        PackScan scan = scan("0108765432109876172701151000X9");

        assertThat(scan.gtin()).isEqualTo("08765432109876");
        assertThat(scan.expiry()).contains(LocalDate.of(2027, 1, 15));
        assertThat(scan.batch()).isEqualTo("00X9");
        assertThat(scan.serial()).isEmpty();
        assertThat(scan.warnings()).as("no other AI can start inside 00X9").isEmpty();
    }

    @Test
    void refusesTheFourthExampleForItsGtinCheckDigit() {
        assertThat(refusal("0108765432109875172701151000X9")).isEqualTo(Reason.BAD_GTIN_CHECK_DIGIT);
    }

    // --- what the scanner adds around the data ---

    @ParameterizedTest
    @ValueSource(strings = {"", "]d2", "]C1", "]Q3"})
    void theAimIdentifierIsOptional(String prefix) {
        PackScan scan = scan(gs(prefix + "0108708150001237172612311023A45B<GS>21SN0001"));

        assertThat(scan.gtin()).isEqualTo("08708150001237");
        assertThat(scan.batch()).isEqualTo("23A45B");
        assertThat(scan.serial()).contains("SN0001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"]d1", "]C0", "]Q1", "]e0", "]"})
    void otherSymbologiesAreNotGs1(String prefix) {
        assertThat(refusal(prefix + "0108708150001237172612311023A45B")).isEqualTo(Reason.NOT_GS1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r", "\n", "\r\n\r\n"})
    void ignoresTheEnterAtTheEnd(String enter) {
        PackScan scan = scan(gs("]d20108708150001237172612311023A45B<GS>21SN0001") + enter);

        assertThat(scan.serial()).as("Enter is not part of the serial").contains("SN0001");
    }

    @Test
    void ignoresASeparatorBeforeTheFirstElementAndAfterAFixedLengthOne() {
        PackScan scan = scan(gs("<GS>0108708150001237<GS>17261231<GS>1023A45B<GS>21SN0001<GS>"));

        assertThat(scan.gtin()).isEqualTo("08708150001237");
        assertThat(scan.expiry()).contains(LocalDate.of(2026, 12, 31));
        assertThat(scan.batch()).isEqualTo("23A45B");
        assertThat(scan.serial()).contains("SN0001");
    }

    // --- separators ---

    @ParameterizedTest
    @ValueSource(strings = {"|", "^", "~", "<GS>"})
    void takesAConfiguredSubstituteAsTheSeparator(String substitute) {
        PackScanReader configured = new PackScanReader(List.of(substitute));

        PackScan scan = scan(configured, "010540031400099721XK77YZ" + substitute + "10B123" + substitute + "17270600");

        assertThat(scan.serial()).contains("XK77YZ");
        assertThat(scan.batch()).isEqualTo("B123");
        assertThat(scan.expiry()).contains(LocalDate.of(2027, 6, 30));
        assertThat(scan.warnings()).isEmpty();
    }

    @Test
    void stillTakesAsciiGroupSeparatorWhenSubstitutesAreConfigured() {
        PackScanReader configured = new PackScanReader(List.of("|", "<GS>"));

        PackScan scan = scan(configured, gs("010540031400099721XK77YZ<GS>10B123|17270600"));

        assertThat(scan.serial()).contains("XK77YZ");
        assertThat(scan.batch()).isEqualTo("B123");
    }

    @Test
    void aSubstituteThatIsNotConfiguredEndsUpInTheBatchAndIsRefused() {
        assertThat(refusal("0108708150001237172612311023A45B|21SN0001")).isEqualTo(Reason.BAD_CHARACTER);
    }

    @Test
    void refusesSubstitutesThatCouldBeData() {
        assertThatThrownBy(() -> new PackScanReader(List.of(""))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PackScanReader(List.of("029"))).isInstanceOf(IllegalArgumentException.class);
    }

    // --- no separators at all ---

    @Test
    void withoutSeparatorsSplitsOffTheSerialAndWarns() {
        PackScan scan = scan("0108708150001237172612311023A45B21SN0001");

        assertThat(scan.batch()).isEqualTo("23A45B");
        assertThat(scan.serial()).contains("SN0001");
        assertThat(scan.hasWarning(Warning.BATCH_UNCERTAIN)).isTrue();
    }

    @Test
    void withoutSeparatorsFindsTheBatchAfterTheSerialAndTheExpiryAfterTheBatch() {
        PackScan scan = scan("010540031400099721XK77YZ10B12317270600");

        assertThat(scan.serial()).contains("XK77YZ");
        assertThat(scan.batch()).isEqualTo("B123");
        assertThat(scan.expiry()).contains(LocalDate.of(2027, 6, 30));
        assertThat(scan.hasWarning(Warning.BATCH_UNCERTAIN)).isTrue();
    }

    @Test
    void withoutSeparatorsSplitsOffAnExpiryThatFollowsTheBatch() {
        PackScan scan = scan("010870815000123710LOT7X17261231");

        assertThat(scan.batch()).isEqualTo("LOT7X");
        assertThat(scan.expiry()).contains(LocalDate.of(2026, 12, 31));
        assertThat(scan.hasWarning(Warning.BATCH_UNCERTAIN)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "01087081500012371726123110A21B21C, A21B21C", // the serial could start at either "21"
        "010870815000123710AB1217261231, AB1217261231", // serial 7261231 after AB1, or expiry after AB12
    })
    void withoutSeparatorsAnAmbiguousRestIsTheBatchWithAWarning(String typed, String batch) {
        PackScan scan = scan(typed);

        assertThat(scan.batch()).isEqualTo(batch);
        assertThat(scan.serial()).isEmpty();
        assertThat(scan.hasWarning(Warning.BATCH_UNCERTAIN)).isTrue();
    }

    @Test
    void withoutSeparatorsABatchAtTheEndThatCouldHoldAnotherElementGetsAWarning() {
        // "91X" could be company-internal data after a batch "AB"
        PackScan scan = scan("01087081500012371726123110AB91X");

        assertThat(scan.batch()).isEqualTo("AB91X");
        assertThat(scan.hasWarning(Warning.BATCH_UNCERTAIN)).isTrue();
    }

    @Test
    void withoutSeparatorsARestLongerThanABatchCanBeIsRefused() {
        assertThat(refusal("0108708150001237172612311023ABCDEFGHIJKLMNOPQRSTUVW"))
                .isEqualTo(Reason.BATCH_TOO_LONG);
    }

    // --- element order ---

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0108708150001237172612311023A45B<GS>21SN0001", // 01 17 10 21
                "010870815000123721SN0001<GS>17261231" + "1023A45B", // 01 21 17 10
                "01087081500012371023A45B<GS>1726123121SN0001", // 01 10 17 21
                "172612310108708150001237" + "21SN0001<GS>1023A45B", // 17 01 21 10
                "21SN0001<GS>1023A45B<GS>0108708150001237" + "17261231", // 21 10 01 17
                "0108708150001237112501151726123110" + "23A45B<GS>21SN0001", // with production date 11
                "0108708150001237" + "7101234567<GS>172612311023A45B<GS>21SN0001", // with national number 710
            })
    void readsElementsInAnyOrder(String typed) {
        PackScan scan = scan(gs(typed));

        assertThat(scan.gtin()).isEqualTo("08708150001237");
        assertThat(scan.expiry()).contains(LocalDate.of(2026, 12, 31));
        assertThat(scan.batch()).isEqualTo("23A45B");
        assertThat(scan.serial()).contains("SN0001");
        assertThat(scan.warnings()).isEmpty();
    }

    @Test
    void skipsOtherKnownElementsByTheirLengths() {
        // variant 20 (2), net weight 3103 (6), additional id 240 (variable), internal 91 (variable)
        PackScan scan = scan(gs("0108708150001237" + "2001" + "3103000525" + "240ART-9<GS>" + "17261231"
                + "1023A45B<GS>" + "91INTERNAL<GS>" + "21SN0001"));

        assertThat(scan.batch()).isEqualTo("23A45B");
        assertThat(scan.serial()).contains("SN0001");
        assertThat(scan.expiry()).contains(LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0108708150001237" + "8006123<GS>1023A45B", // 8006: not in the table
                "01087081500012371023A45B<GS>" + "235XYZ", // 235: not in the table
                "01087081500012371023A45B<GS>" + "AB12", // letters where an AI should be
            })
    void refusesAnAiItDoesNotKnow(String typed) {
        assertThat(refusal(gs(typed))).isEqualTo(Reason.UNKNOWN_AI);
    }

    @Test
    void theAiTableNeverHasOneCodeStartingAnother() {
        for (String code : ApplicationIdentifier.codes()) {
            assertThat(ApplicationIdentifier.codes())
                    .as("AIs starting with %s", code)
                    .noneMatch(other -> !other.equals(code) && other.startsWith(code));
        }
    }

    // --- dates ---

    @ParameterizedTest
    @CsvSource({
        "261100, 2026-11-30",
        "261200, 2026-12-31",
        "240200, 2024-02-29", // leap year
        "250200, 2025-02-28",
        "240229, 2024-02-29",
        "270101, 2027-01-01",
        "991231, 2099-12-31", // YY is always 20YY
    })
    void readsTheExpiryDate(String yymmdd, LocalDate expected) {
        assertThat(scan("010870815000123717" + yymmdd + "10AB").expiry()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"261301", "260132", "260230", "260015", "250229", "260431"})
    void refusesAnExpiryDateThatDoesNotExist(String yymmdd) {
        assertThat(refusal("010870815000123717" + yymmdd + "10AB")).isEqualTo(Reason.BAD_DATE);
    }

    @Test
    void refusesAProductionDateThatDoesNotExist() {
        assertThat(refusal("010870815000123711261301" + "1726123110AB")).isEqualTo(Reason.BAD_DATE);
    }

    @Test
    void anExpiryIsNotRequired() {
        assertThat(scan("010870815000123710AB").expiry()).isEmpty();
    }

    // --- GTIN ---

    @ParameterizedTest
    @ValueSource(strings = {"08708150001238", "08708150001230", "05400314000990", "08765432109875"})
    void refusesAGtinWithAWrongCheckDigit(String gtin) {
        assertThat(refusal("01" + gtin + "1726123110AB")).isEqualTo(Reason.BAD_GTIN_CHECK_DIGIT);
    }

    @Test
    void refusesAGtinWithALetter() {
        assertThat(refusal("010870815000A237" + "1726123110AB")).isEqualTo(Reason.BAD_CHARACTER);
    }

    @Test
    void refusesAScanWithoutAGtin() {
        assertThat(refusal("]d21726123110AB")).isEqualTo(Reason.MISSING_GTIN);
    }

    // --- batch ---

    @Test
    void keepsLowercaseLettersInTheBatch() {
        assertThat(scan(gs("010870815000123710ab12-c/d<GS>21SN1")).batch()).isEqualTo("ab12-c/d");
    }

    @Test
    void acceptsABatchOfTwentyCharacters() {
        assertThat(scan(gs("010870815000123710ABCDEFGHIJ0123456789<GS>21SN1")).batch())
                .isEqualTo("ABCDEFGHIJ0123456789");
    }

    @Test
    void refusesABatchLongerThanTwentyCharacters() {
        assertThat(refusal(gs("010870815000123710ABCDEFGHIJ0123456789X<GS>21SN1")))
                .isEqualTo(Reason.BATCH_TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0108708150001237" + "17261231" + "21SN0001", // no AI 10
                "0108708150001237" + "10<GS>21SN0001", // AI 10 without data
            })
    void refusesAScanWithoutABatch(String typed) {
        assertThat(refusal(gs(typed))).isEqualTo(Reason.MISSING_BATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10A B<GS>21SN1", "10A\tB<GS>21SN1", "10AB#<GS>21SN1", "10AB<GS>21S\u0000N"})
    void refusesCharactersGs1DoesNotAllow(String elements) {
        assertThat(refusal(gs("0108708150001237" + elements))).isEqualTo(Reason.BAD_CHARACTER);
    }

    @Test
    void refusesTwoDifferentBatches() {
        assertThat(refusal(gs("010870815000123710AB<GS>10CD"))).isEqualTo(Reason.DUPLICATE_AI);
    }

    // --- serial ---

    @Test
    void readsTheSerialWhenThePackHasOne() {
        assertThat(scan(gs("010870815000123710AB<GS>21X7-99")).serial()).contains("X7-99");
    }

    @Test
    void theSerialIsOptional() {
        assertThat(scan("010870815000123710AB").serial()).isEmpty();
    }

    // --- not a (whole) pack scan ---

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"\r\n", "   "})
    void refusesAnEmptyScan(String typed) {
        assertThat(refusal(typed)).isEqualTo(Reason.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "]d2", // only the AIM identifier
                "010870815000", // GTIN cut short
                "0108708150001237172612", // expiry cut short
                "01087081500012371", // an AI cut short
            })
    void refusesATruncatedScan(String typed) {
        assertThat(refusal(typed)).isEqualTo(Reason.TRUNCATED);
    }

    @Test
    void refusesAScanLongerThanAnyPackCode() {
        assertThat(refusal(gs("010870815000123710AB<GS>91") + "X".repeat(PackScanReader.MAX_SCAN_LENGTH)))
                .isEqualTo(Reason.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"23A45B", "B123", "AB-1234", "X9 00"})
    void aTypedBatchNumberIsNotAPackScan(String typed) {
        assertThat(PackScanReader.looksLikePackScan(typed)).isFalse();
        assertThat(refusal(typed)).isEqualTo(Reason.NOT_GS1);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0123", "01087081500012", "1023A45B", "12345678901234567"})
    void shortOrPlainDigitsDoNotLookLikeAPackScan(String typed) {
        assertThat(PackScanReader.looksLikePackScan(typed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "]d20108708150001237172612311023A45B",
                "]C10108708150001237",
                "]Q3",
                "0108708150001237172612311023A45B",
                "0108765432109875", // looks like one; read() refuses it
                "0108708150001237\r\n",
            })
    void aScanStartingWithAnAimIdentifierOrAGtinLooksLikeAPackScan(String typed) {
        assertThat(PackScanReader.looksLikePackScan(typed)).isTrue();
    }

    // --- helpers ---

    /** The text with each {@code <GS>} replaced by ASCII 29. */
    private static String gs(String text) {
        return text.replace("<GS>", GS);
    }

    private PackScan scan(String typed) {
        return scan(reader, typed);
    }

    private static PackScan scan(PackScanReader reader, String typed) {
        PackScanResult result = reader.read(typed);
        assertThat(result).as("read of %s", typed).isInstanceOf(PackScan.class);
        return (PackScan) result;
    }

    private Reason refusal(String typed) {
        PackScanResult result = reader.read(typed);
        assertThat(result).as("read of %s", typed).isInstanceOf(PackScanRefusal.class);
        return ((PackScanRefusal) result).reason();
    }
}
