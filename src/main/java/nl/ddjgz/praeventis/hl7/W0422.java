package nl.ddjgz.praeventis.hl7;

import java.util.Map;

/**
 * The W0422 code list "soort vaccinatie" (code system 2.16.840.1.113883.2.4.4.40.76) with the display names the
 * official value set gives (Nictiz JGZ 7.1, W0422_HL7 of 2016-12-09, unchanged since). Where a message needs a
 * displayName (the batch list's vaccine type), it is this one. A vaccine type without a W0422 code (the RSV
 * immunisation) has none and is sent as nullFlavor OTH with its name.
 */
public final class W0422 {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("01", "DKTP"),
            Map.entry("02", "DTP"),
            Map.entry("03", "Hib"),
            Map.entry("04", "BMR"),
            Map.entry("05", "Hepatitis B"),
            Map.entry("06", "MenC"),
            Map.entry("07", "BCG"),
            Map.entry("08", "Pneu"),
            Map.entry("09", "HPV"),
            Map.entry("10", "DKTP-Hib"),
            Map.entry("11", "DKTP-Hib-Hepatitis B"),
            Map.entry("12", "D"),
            Map.entry("13", "DKT"),
            Map.entry("14", "DT"),
            Map.entry("15", "aK (acellulair kinkhoest vaccin)"),
            Map.entry("16", "DaKT"),
            Map.entry("17", "DaKTP"),
            Map.entry("18", "DP"),
            Map.entry("19", "T"),
            Map.entry("20", "P"),
            Map.entry("21", "B"),
            Map.entry("22", "M"),
            Map.entry("23", "R"),
            Map.entry("24", "BM"),
            Map.entry("25", "MR"),
            Map.entry("26", "DKTP-Hepatitis B"),
            Map.entry("27", "DKTP booster"),
            Map.entry("28", "MenACWY"),
            Map.entry("29", "Rota"),
            Map.entry("30", "MatGriep"));

    private W0422() {}

    /** The official display name, or null for a code outside the list. */
    public static String displayName(String code) {
        return code == null ? null : NAMES.get(code);
    }

    public static boolean isCode(String code) {
        return code != null && NAMES.containsKey(code);
    }
}
