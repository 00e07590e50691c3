package nl.ddjgz.praeventis.hl7;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL7 TS values: {@code YYYY[MM[DD[HH[MM[SS[.S...]]]]]][+|-ZZ[zz]]}. A value without offset is local time of the sender;
 * every party in these exchanges is in the Netherlands, so that is Europe/Amsterdam. A value of lower precision means
 * the start of the period it names (20250301 is 1 March 2025 00:00), except for expiry dates ({@link #lastDay}).
 */
final class Hl7Time {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private static final Pattern TS = Pattern.compile(
            "(\\d{4})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:\\.(\\d+))?)?)?)?)?)?([+-]\\d{2}(?:\\d{2})?)?");

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");

    private Hl7Time() {}

    /** The instant a TS value names; offset-less values are read in {@code zone}. */
    static Instant instant(String value, ZoneId zone) {
        Matcher m = match(value);
        LocalDateTime local = LocalDateTime.of(
                Integer.parseInt(m.group(1)),
                number(m.group(2), 1),
                number(m.group(3), 1),
                number(m.group(4), 0),
                number(m.group(5), 0),
                number(m.group(6), 0),
                nanos(m.group(7)));
        String offset = m.group(8);
        if (offset == null) {
            return local.atZone(zone).toInstant();
        }
        int sign = offset.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(offset.substring(1, 3));
        int minutes = offset.length() > 3 ? Integer.parseInt(offset.substring(3, 5)) : 0;
        return local.atOffset(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes))
                .toInstant();
    }

    /**
     * The last day a TS value covers, as the sender wrote it (an offset is ignored: an expiry date is a calendar date
     * on the vial): 20261231 and 20261231120000 give 31 December 2026, 202612 gives 31 December 2026 (a month on the
     * package means through that month), 2026 gives 31 December 2026.
     */
    static LocalDate lastDay(String value) {
        Matcher m = match(value);
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return LocalDate.of(year, 12, 31);
        }
        YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
        return m.group(3) == null ? month.atEndOfMonth() : month.atDay(Integer.parseInt(m.group(3)));
    }

    /**
     * The calendar day of a TS value that is precise to at least the day (a vaccination or birth date): 20250312 and
     * 20250312101500 give 12 March 2025 (an offset is ignored: the day as the sender wrote it). The whole value must be
     * a real point in time.
     *
     * @throws DateTimeException when the value is not a TS, names no day (2025, 202503) or no real date (20250230)
     */
    static LocalDate day(String value) {
        Matcher m = match(value);
        if (m.group(3) == null) {
            throw new DateTimeException("not precise to the day");
        }
        instant(value, NETHERLANDS);
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** Local time in {@code zone} to the second, without offset, as the Dutch rules write it. */
    static String format(Instant instant, ZoneId zone) {
        return SECONDS.format(instant.atZone(zone));
    }

    static String format(LocalDate date) {
        return DAY.format(date);
    }

    private static Matcher match(String value) {
        Matcher m = value == null ? null : TS.matcher(value);
        if (m == null || !m.matches()) {
            throw new DateTimeException("not an HL7 point in time");
        }
        return m;
    }

    private static int number(String digits, int absent) {
        return digits == null ? absent : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String nine = (fraction + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }
}
