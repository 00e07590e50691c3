package nl.ddjgz.batch;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What can still be checked of a batch number typed as "overig" (not in the register's list), rules.md §5 and JGZ-2
 * UC1: the scanned pack's own expiry (GS1 AI 17), and whether the register's list is valid on the vaccination date.
 *
 * <p>An expired pack is refused: JGZ-2 says an expired vial is replaced by a valid one. A date outside the list's
 * validity period is a warning the professional may confirm: the list is not current, and JGZ-2 has a vaccine that
 * was not in the previous list registered as "overig" by hand.
 */
public enum OtherNumberCheck {
    /** Nothing against it (beyond the "overig" confirmation itself). */
    ACCEPTABLE,
    /** The scanned pack expired before the vaccination date: cannot be registered. */
    PACK_EXPIRED,
    /** The current list is not valid on the vaccination date: registered only after the professional confirms. */
    OUTSIDE_LIST_VALIDITY;

    /**
     * @param packExpiry the expiry the scanned pack carries, or null (typed by hand, or no AI 17)
     * @param list the current list, or null when none was ever received
     */
    public static OtherNumberCheck of(LocalDate vaccinationDate, LocalDate packExpiry, BatchListInfo list) {
        if (packExpiry != null && packExpiry.isBefore(vaccinationDate)) {
            return PACK_EXPIRED;
        }
        if (list != null && !covers(list, vaccinationDate)) {
            return OUTSIDE_LIST_VALIDITY;
        }
        return ACCEPTABLE;
    }

    /** Whether the list's validity period (from inclusive, to exclusive; open where absent) covers the day. */
    static boolean covers(BatchListInfo list, LocalDate date) {
        LocalDateTime from = list.validFrom();
        LocalDateTime to = list.validTo();
        boolean started = from == null || !date.isBefore(from.toLocalDate());
        boolean notEnded = to == null || date.atStartOfDay().isBefore(to);
        return started && notEnded;
    }
}
