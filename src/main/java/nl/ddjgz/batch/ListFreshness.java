package nl.ddjgz.batch;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Whether the current batch list is today's. When no list arrived today the numbers are not current and the last
 * list received (normally yesterday's) is used; the desk shows a banner.
 */
public record ListFreshness(State state, BatchListInfo list) {

    public enum State {
        /** A list arrived today. */
        CURRENT,
        /** No list today: yesterday's list is used. */
        YESTERDAY,
        /** The newest list is older than yesterday. */
        STALE,
        /** No list was ever received: batch numbers can only be typed by hand ("overig"). */
        NONE
    }

    static ListFreshness of(BatchListInfo list, LocalDate today, ZoneId zone) {
        if (list == null) {
            return new ListFreshness(State.NONE, null);
        }
        LocalDate received = list.receivedAt().atZone(zone).toLocalDate();
        State state = received.equals(today)
                ? State.CURRENT
                : received.equals(today.minusDays(1)) ? State.YESTERDAY : State.STALE;
        return new ListFreshness(state, list);
    }

    public boolean isCurrent() {
        return state == State.CURRENT;
    }
}
