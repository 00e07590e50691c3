package nl.ddjgz.vaccinnet.kmehr;

import java.time.LocalDate;
import java.util.List;

/**
 * One vaccine given (CD-ITEM vaccine): the pack's CNK code (7 digits) and product name, the indications
 * (CD-VACCINEINDICATION codes such as "measles" or "covid19", possibly none), the administration date, the lot number
 * (mandatory for COVID-19, otherwise optional) and optionally the quantity.
 */
public record Item(
        String cnk, String productName, List<String> indications, LocalDate date, String lot, Quantity quantity) {

    public Item {
        indications = indications == null ? List.of() : List.copyOf(indications);
    }

    /** An item without quantity. */
    public Item(String cnk, String productName, List<String> indications, LocalDate date, String lot) {
        this(cnk, productName, indications, date, lot, null);
    }
}
