package nl.ddjgz.praeventis.hl7;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data: valid PRMM_IN010043NL batch lists of any size, written by {@link BatchListWriter}. Vaccine types cycle
 * over the W0422 codes of the RVP (11, 08, 29, 04, 28, 09, 13, 02) with batch numbers as printed on the packages;
 * every seventh entry has no expiry date and every tenth an uncoded product (nullFlavor OTH with originalText). Dates
 * are fixed, never today's. For tests, benchmarks and demo data.
 */
public final class BatchListXml {

    /** The register's application id (sender of the list). */
    public static final II PRAEVENTIS = II.application("1");

    /** Our application id (receiver of the list). */
    public static final II DD_JGZ = II.application("900001234");

    /** The register's control act author, as the simulator writes it. */
    public static final SendingSystem RIVM = new SendingSystem(
            "900000001", "00000001", "RIVM Dienst Vaccinvoorziening en Preventieprogramma's", "Bilthoven");

    /** Product codes of the fixtures, in an example OID arc (2.999): the rules name no product code system. */
    public static final String PRODUCT_CODE_SYSTEM = "2.999.1";

    public static final Instant CREATED = Instant.parse("2026-03-01T01:30:00Z");

    public static final Instant VALID_FROM = Instant.parse("2026-03-01T01:00:00Z");

    public static final Instant VALID_TO = Instant.parse("2026-03-02T01:00:00Z");

    private static final LocalDate FIRST_EXPIRY = LocalDate.of(2026, 6, 30);

    private static final List<Kind> KINDS = List.of(
            new Kind("11", "DKTP", "VAX11", "Vaxelis"),
            new Kind("08", "PCV", "PNE13", "Prevenar 13"),
            new Kind("29", "ROT", "ROT01", "Rotarix"),
            new Kind("04", "BMR", "BMR01", "M-M-RvaxPro"),
            new Kind("28", "MACWY", "MEN01", "Nimenrix"),
            new Kind("09", "HPV", "HPV02", "Cervarix"),
            new Kind("13", "DKT", "DKT01", "Boostrix"),
            new Kind("02", "DTP", "DTP01", "Revaxis"));

    private BatchListXml() {}

    /** A valid PRMM_IN010043NL with {@code n} entries. */
    public static byte[] withEntries(int n) {
        return write(message(n));
    }

    public static byte[] write(BatchListMessage message) {
        return new BatchListWriter(RIVM, PRODUCT_CODE_SYSTEM).write(message);
    }

    /** A list with {@code n} entries, addressed from Praeventis to us. */
    public static BatchListMessage message(int n) {
        return message(entries(n));
    }

    public static BatchListMessage message(List<BatchListMessage.Entry> entries) {
        return new BatchListMessage(
                new II("2.16.840.1.113883.2.4.3.8.1000.1", "PRMM-20260301-0001"),
                CREATED,
                PRAEVENTIS,
                DD_JGZ,
                VALID_FROM,
                VALID_TO,
                entries);
    }

    /** {@code n} distinct entries: types cycling, realistic batch numbers, some without expiry, some uncoded. */
    public static List<BatchListMessage.Entry> entries(int n) {
        List<BatchListMessage.Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            entries.add(entry(i));
        }
        return entries;
    }

    /** The {@code i}-th entry (from 0). */
    public static BatchListMessage.Entry entry(int i) {
        Kind kind = KINDS.get(i % KINDS.size());
        String batchNumber =
                kind.prefix() + (char) ('A' + (i / 7) % 26) + String.format("%05d", i) + (i % 3 == 0 ? "AB" : "");
        LocalDate expiry = i % 7 == 6
                ? null
                : FIRST_EXPIRY
                        .plusMonths(i % 30)
                        .withDayOfMonth(1)
                        .plusMonths(1)
                        .minusDays(1);
        boolean uncoded = i % 10 == 9;
        return new BatchListMessage.Entry(
                batchNumber,
                expiry,
                kind.code(),
                uncoded ? null : kind.productCode(),
                uncoded ? kind.productName() + " (import)" : kind.productName());
    }

    private record Kind(String code, String prefix, String productCode, String productName) {}
}
