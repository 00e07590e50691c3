package nl.ddjgz.vaccination;

import java.time.LocalDate;

/** One earlier vaccination as the professional enters it (or takes it over from Praeventis). */
public record EarlierEntry(LocalDate date, String vaccineType, String place, String batchNumber) {

    /** A row of the form left empty. */
    public boolean isEmpty() {
        return date == null && blank(vaccineType) && blank(place) && blank(batchNumber);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
