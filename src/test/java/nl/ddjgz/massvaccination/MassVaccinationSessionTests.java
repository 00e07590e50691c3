package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session's states: open, approved (messages held, children can still be taken out), closed (final). */
class MassVaccinationSessionTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-12T09:30:00Z"), ZoneId.of("Europe/Amsterdam"));

    private MassVaccinationSession session() {
        return MassVaccinationSession.setUp(
                LocalDate.of(2026, 5, 12),
                1L,
                SessionMode.BEFOREHAND,
                List.of(new SessionVaccine("09", "CX241A", LocalDate.of(2027, 1, 1), true, "Gardasil 9")),
                "arts",
                clock);
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void anOpenSessionIsNotClosedBeforeItsApproval() {
        MassVaccinationSession session = session();
        refused(() -> session.close("arts", clock), "mass.close.notApproved");
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void anApprovedSessionAwaitsClosingAndStillTakesChildrenOutUntilItIsClosed() {
        MassVaccinationSession session = session();
        session.approve("arts", clock);
        assertThat(session.isAwaitingClose()).isTrue();
        session.requireNotClosed();
        refused(session::requireOpen, "mass.session.approved");

        session.close("verpleegkundige", clock);

        assertThat(session.isClosed()).isTrue();
        assertThat(session.getClosedBy()).isEqualTo("verpleegkundige");
        assertThat(session.getClosedAt()).isEqualTo(clock.instant());
        refused(session::requireNotClosed, "mass.session.closed");
        refused(() -> session.close("arts", clock), "mass.session.closed");
    }
}
