package nl.ddjgz.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The send window: 0 to 240 minutes after the approval (or the closing of a session), 15 by default. */
class SendWindowTests {

    private final Instant approved = Instant.parse("2026-05-12T09:30:00Z");

    @Test
    void aMessageIsDueTheWindowAfterItsApproval() {
        assertThat(SendWindow.DEFAULT.dueAfter(approved)).isEqualTo(Instant.parse("2026-05-12T09:45:00Z"));
        assertThat(new SendWindow(0).dueAfter(approved)).isEqualTo(approved);
        assertThat(new SendWindow(240).dueAfter(approved)).isEqualTo(Instant.parse("2026-05-12T13:30:00Z"));
    }

    @Test
    void aWindowOutsideZeroToFourHoursDoesNotExist() {
        assertThatThrownBy(() -> new SendWindow(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendWindow(241)).isInstanceOf(IllegalArgumentException.class);
    }
}
