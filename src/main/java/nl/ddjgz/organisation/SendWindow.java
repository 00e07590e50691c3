package nl.ddjgz.organisation;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an approved registration waits before it leaves for the register, so that a mistake noticed just after the
 * approval can still be corrected or withdrawn (JGZ-2 use case 2). A contact moment records no end, so the wait counts
 * from the approval; a mass vaccination session's messages wait until the session is closed and then count from the
 * closing.
 *
 * @param minutes 0 (at once) to {@value #MAX_MINUTES}
 */
public record SendWindow(int minutes) {

    public static final int MAX_MINUTES = 240;

    /** The default: a quarter of an hour after the approval. */
    public static final SendWindow DEFAULT = new SendWindow(15);

    public SendWindow {
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("send window out of range: " + minutes);
        }
    }

    /** When a message approved (or released) at this moment is due. */
    public Instant dueAfter(Instant from) {
        return from.plus(Duration.ofMinutes(minutes));
    }
}
