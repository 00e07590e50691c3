package nl.ddjgz.praeventis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.registry.Disclosure;
import nl.ddjgz.registry.OutgoingRegistration;

/**
 * Test data ("mother") for the conformance tests: an approved registration of a three-month-old with consent, made
 * by an organisation whose data the administrator entered in the official formats (URA and AGB 8 digits, UZI server
 * certificate number 9 digits, a numeric application id).
 */
final class PraeventisConformance {

    /** Every vaccine type of our reference data (db/migration/V5): code, W0422 code (null: none), name. */
    static final List<String[]> VACCINE_TYPES = List.of(
            new String[] {"01", "01", "DKTP"},
            new String[] {"02", "02", "DTP"},
            new String[] {"03", "03", "Hib"},
            new String[] {"04", "04", "BMR"},
            new String[] {"05", "05", "Hepatitis B"},
            new String[] {"06", "06", "MenC"},
            new String[] {"07", "07", "BCG"},
            new String[] {"08", "08", "Pneu"},
            new String[] {"09", "09", "HPV"},
            new String[] {"10", "10", "DKTP-Hib"},
            new String[] {"11", "11", "DKTP-Hib-Hepatitis B"},
            new String[] {"12", "12", "D"},
            new String[] {"13", "13", "DKT"},
            new String[] {"14", "14", "DT"},
            new String[] {"15", "15", "aK"},
            new String[] {"16", "16", "DaKT"},
            new String[] {"17", "17", "DaKTP"},
            new String[] {"18", "18", "DP"},
            new String[] {"19", "19", "T"},
            new String[] {"20", "20", "P"},
            new String[] {"21", "21", "B"},
            new String[] {"22", "22", "M"},
            new String[] {"23", "23", "R"},
            new String[] {"24", "24", "BM"},
            new String[] {"25", "25", "MR"},
            new String[] {"26", "26", "DKTP-Hepatitis B"},
            new String[] {"27", "27", "DKTP booster"},
            new String[] {"28", "28", "MenACWY"},
            new String[] {"29", "29", "Rota"},
            new String[] {"30", "30", "MatGriep"},
            new String[] {"RSV", null, "RSV-immunisatie (nirsevimab)"});

    private PraeventisConformance() {}

    static PraeventisProperties properties() {
        return new PraeventisProperties(
                "", "1", Duration.ofSeconds(5), Duration.ofSeconds(20), new PraeventisProperties.Tls("", "", "", ""));
    }

    /** The organisation's settings in the official formats (as the demo and the administrator's page have them). */
    static PraeventisSender sender() {
        return new PraeventisSender(
                "900001234",
                new nl.ddjgz.praeventis.hl7.SendingSystem("900012345", "00012345", "GGD Regio Utrecht, JGZ", "Zeist"),
                new nl.ddjgz.praeventis.hl7.II("2.16.528.1.1007.3.3", "00012345"),
                "GGD Regio Utrecht, JGZ",
                "2.16.840.1.113883.2.4.3.8.1000.1",
                "2.16.840.1.113883.2.4.3.8.1000.2");
    }

    static OutgoingRegistration registration() {
        LocalDate day = PraeventisConformanceTests.DAY;
        return new OutgoingRegistration(
                UUID.fromString("6f1c2a9e-3b7d-4f0a-9d51-0c8e2b7a4d11"),
                UUID.fromString("0b7e4a1c-2d3f-4e5a-8b9c-1d2e3f4a5b6c"),
                4711,
                Disclosure.IDENTIFIED,
                new OutgoingRegistration.Child(
                        "111222333",
                        null,
                        "Sanne Maria",
                        "van der",
                        "Berg",
                        day.minusMonths(3),
                        "F",
                        "Oudegracht",
                        112,
                        "A",
                        "3511 AB",
                        "Utrecht",
                        "02"),
                new OutgoingRegistration.Organisation(
                        "GGD Regio Utrecht, JGZ", "00012345", null, "Zeist", "900012345", null, null),
                new OutgoingRegistration.ContactMoment("37", day, 1L, "Consultatiebureau Utrecht Noord"),
                List.of(
                        PraeventisConformanceTests.given("11", "DKTP-Hib-Hepatitis B", "VX241A"),
                        PraeventisConformanceTests.given("08", "Pneu", "PR241A"),
                        PraeventisConformanceTests.objection("29", "Rota", "2")),
                new OutgoingRegistration.Professional("arts", "Anna Arts", null));
    }
}
