package nl.ddjgz.batch;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ddjgz.batch.PackScanRefusal.Reason;

/**
 * A GS1 application identifier (AI) and the format of its data, from the GS1 General Specifications (section 3) and
 * GS1's Barcode Syntax Dictionary. The table is small on purpose: what vaccine packs carry, plus the common AIs a
 * reader must be able to skip. No code in it is the start of another, so an AI is found by trying 2, 3 and 4 digits.
 *
 * @param code the AI digits
 * @param content what the data must look like
 * @param length the exact length of a fixed-length AI's data, or the longest a variable-length one may be
 * @param fixedLength whether the data has a predefined length (no separator follows it)
 */
record ApplicationIdentifier(String code, Content content, int length, boolean fixedLength) {

    static final String GTIN = "01";
    static final String BATCH = "10";
    static final String EXPIRY = "17";
    static final String SERIAL = "21";

    /** GS1 character set 82: the only characters allowed in alphanumeric AI data. */
    private static final String CSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    private static final Map<String, ApplicationIdentifier> TABLE = table();

    /** What an AI's data must look like. */
    enum Content {
        DIGITS,
        /** 14 digits, the last one a mod-10 check digit. */
        GTIN,
        /** YYMMDD, day 00 meaning the last day of the month. */
        DATE,
        /** GS1 character set 82. */
        TEXT
    }

    private static Map<String, ApplicationIdentifier> table() {
        Map<String, ApplicationIdentifier> table = new HashMap<>();
        fixed(table, "00", Content.DIGITS, 18); // SSCC
        fixed(table, "01", Content.GTIN, 14);
        fixed(table, "02", Content.GTIN, 14); // GTIN of contained items
        for (String date : Set.of("11", "12", "13", "15", "16", "17")) {
            fixed(table, date, Content.DATE, 6); // production, due, packaging, best before, sell by, expiry
        }
        fixed(table, "20", Content.DIGITS, 2); // variant
        for (int measure = 310; measure <= 369; measure++) {
            boolean defined = measure <= 316
                    || (measure >= 320 && measure <= 337)
                    || (measure >= 340 && measure <= 357)
                    || measure >= 360;
            for (int decimals = 0; defined && decimals <= 5; decimals++) {
                fixed(table, measure + "" + decimals, Content.DIGITS, 6); // weights and measures, 31nn-36nn
            }
        }
        for (int location = 410; location <= 417; location++) {
            fixed(table, String.valueOf(location), Content.DIGITS, 13); // GLNs
        }
        variable(table, "10", Content.TEXT, 20); // batch
        variable(table, "21", Content.TEXT, 20); // serial
        variable(table, "22", Content.TEXT, 20); // consumer product variant
        variable(table, "240", Content.TEXT, 30); // additional product id
        variable(table, "241", Content.TEXT, 30); // customer part number
        variable(table, "250", Content.TEXT, 30); // secondary serial
        variable(table, "251", Content.TEXT, 30); // reference to source entity
        variable(table, "30", Content.DIGITS, 8); // variable count
        variable(table, "37", Content.DIGITS, 8); // count of trade items
        for (int national = 710; national <= 715; national++) {
            variable(table, String.valueOf(national), Content.TEXT, 20); // national healthcare reimbursement numbers
        }
        variable(table, "90", Content.TEXT, 30); // mutually agreed
        for (int internal = 91; internal <= 99; internal++) {
            variable(table, String.valueOf(internal), Content.TEXT, 90); // company internal
        }
        return Map.copyOf(table);
    }

    private static void fixed(Map<String, ApplicationIdentifier> table, String code, Content content, int length) {
        table.put(code, new ApplicationIdentifier(code, content, length, true));
    }

    private static void variable(Map<String, ApplicationIdentifier> table, String code, Content content, int max) {
        table.put(code, new ApplicationIdentifier(code, content, max, false));
    }

    /** Every AI in the table. */
    static Set<String> codes() {
        return TABLE.keySet();
    }

    /** The AI that starts at the position, if the table has it. */
    static Optional<ApplicationIdentifier> at(String text, int position) {
        for (int digits = 2; digits <= 4 && position + digits <= text.length(); digits++) {
            ApplicationIdentifier found = TABLE.get(text.substring(position, position + digits));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** Whether the data fits this AI; empty when it does. The length is checked by the reader. */
    Optional<Reason> problemWith(String data) {
        return switch (content) {
            case TEXT ->
                data.chars().allMatch(c -> CSET_82.indexOf(c) >= 0)
                        ? Optional.empty()
                        : Optional.of(Reason.BAD_CHARACTER);
            case DIGITS -> allDigits(data) ? Optional.empty() : Optional.of(Reason.BAD_CHARACTER);
            case GTIN ->
                !allDigits(data)
                        ? Optional.of(Reason.BAD_CHARACTER)
                        : hasValidCheckDigit(data) ? Optional.empty() : Optional.of(Reason.BAD_GTIN_CHECK_DIGIT);
            case DATE ->
                !allDigits(data)
                        ? Optional.of(Reason.BAD_CHARACTER)
                        : date(data).isPresent() ? Optional.empty() : Optional.of(Reason.BAD_DATE);
        };
    }

    static boolean allDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * GS1 mod-10: from the right, leaving out the check digit itself, the digits are weighted 3, 1, 3, 1, ...; the
     * check digit brings the sum up to a multiple of ten.
     */
    static boolean hasValidCheckDigit(String digits) {
        int sum = 0;
        int weight = 3;
        for (int i = digits.length() - 2; i >= 0; i--) {
            sum += (digits.charAt(i) - '0') * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10 == digits.charAt(digits.length() - 1) - '0';
    }

    /**
     * A GS1 YYMMDD date (six digits). Day 00 is the last day of the month (older packs still carry it). The year is
     * 20YY: GS1's sliding century window would need today's date and gives the same answer for any pack in use now.
     */
    static Optional<LocalDate> date(String yymmdd) {
        int year = 2000 + Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day == 0) {
            return Optional.of(yearMonth.atEndOfMonth());
        }
        return yearMonth.isValidDay(day) ? Optional.of(yearMonth.atDay(day)) : Optional.empty();
    }
}
