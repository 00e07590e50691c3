package nl.ddjgz.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch numbers the simulated register hands out: a few per RVP vaccine type with fresh expiry dates, one expired
 * and one without expiry, so that every picker rule can be tried in the default run.
 */
public final class RegisterCatalogue {

    /** W0422 code (or RSV), product, batch prefix. */
    private static final String[][] PRODUCTS = {
        {"11", "Vaxelis", "VX"}, {"08", "Prevenar 13", "PR"}, {"29", "Rotarix", "RT"}, {"04", "M-M-RVAXPRO", "MM"},
        {"28", "Nimenrix", "NM"}, {"09", "Cervarix", "CX"}, {"13", "Boostrix", "BX"}, {"02", "Revaxis", "RV"},
        {"05", "HBVAXPRO", "HB"}, {"27", "Boostrix Polio", "BP"}, {"RSV", "Beyfortus", "BF"}
    };

    private RegisterCatalogue() {}

    /** One batch of the list. */
    public record Batch(String vaccineTypeCode, String batchNumber, LocalDate expiry, String productName) {}

    /** The list as the register would send it on this day. */
    public static List<Batch> on(LocalDate today) {
        List<Batch> batches = new ArrayList<>();
        for (String[] p : PRODUCTS) {
            for (int i = 1; i <= 3; i++) {
                batches.add(new Batch(p[0], p[2] + "24" + i + "A", today.plusMonths(6L * i), p[1]));
            }
            batches.add(new Batch(p[0], p[2] + "230X", today.minusMonths(1), p[1]));
        }
        batches.add(new Batch("11", "VX299N", null, "Vaxelis"));
        return batches;
    }
}
