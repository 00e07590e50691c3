package nl.ddjgz.shared.xml;

import java.time.LocalDate;
import java.time.LocalTime;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * {@code xs:date} and {@code xs:time} values of JAXB-generated classes from and to java.time, without time zone (a
 * zone in a document read is ignored: the day and the wall-clock time are what count).
 */
public final class XmlDates {

    private static final DatatypeFactory FACTORY = DatatypeFactory.newDefaultInstance();

    private XmlDates() {}

    /** An {@code xs:date} (yyyy-MM-dd); null for null. */
    public static XMLGregorianCalendar date(LocalDate date) {
        return date == null
                ? null
                : FACTORY.newXMLGregorianCalendarDate(
                        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
    }

    /** An {@code xs:time} to the second (HH:mm:ss); null for null. */
    public static XMLGregorianCalendar time(LocalTime time) {
        return time == null
                ? null
                : FACTORY.newXMLGregorianCalendarTime(
                        time.getHour(),
                        time.getMinute(),
                        time.getSecond(),
                        DatatypeConstants.FIELD_UNDEFINED,
                        DatatypeConstants.FIELD_UNDEFINED);
    }

    /** The day of an {@code xs:date}; null for null. */
    public static LocalDate localDate(XMLGregorianCalendar date) {
        return date == null ? null : LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    }

    /** The time of an {@code xs:time}, to the second; null for null. */
    public static LocalTime localTime(XMLGregorianCalendar time) {
        return time == null ? null : LocalTime.of(time.getHour() % 24, time.getMinute(), time.getSecond());
    }
}
