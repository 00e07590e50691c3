package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.vaccination.ContactMoment;
import nl.ddjgz.vaccination.ContactMoments;
import nl.ddjgz.vaccination.Corrections;
import nl.ddjgz.vaccination.DeskApproval;
import nl.ddjgz.vaccination.RegistrationRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Nothing of a session leaves before it is closed, also when a child's registration is corrected in between (UC2 on
 * a session's contact moment): the corrected registration's new message is held as the first one was, and the
 * closing releases it with the others. After closing a correction goes after the send window as at the desk.
 */
@IntegrationTest
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class SessionCorrectionIntegrationTests extends MassVaccinationServices {

    @Autowired
    ContactMoments contactMoments;

    @Autowired
    Corrections corrections;

    @Autowired
    DeskApproval deskApproval;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private UUID approvedSessionWithOneChild() {
        Long location = jdbc.queryForObject("select min(id) from location", Long.class);
        MassVaccinationSession session = sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.AFTERWARDS,
                List.of(new SessionSetup.Setup.Vaccine("09", MassVaccinationsIntegrationTests.HPV_BATCH)),
                false,
                false));
        ChildDossier child = dossiers.open(Children.born(today.minusYears(10).minusDays(3)));
        scanDesk.scan(session.getId(), UUID.randomUUID(), "1", child.getBsn().value(), false);
        sessionApproval.approve(session.getId());
        return session.getId();
    }

    private UUID contactMomentOf(UUID sessionId) {
        return jdbc.queryForObject(
                "select contact_moment_id from mass_scan where session_id = ? and counted", UUID.class, sessionId);
    }

    /** The live (not withdrawn) message of the contact moment: state and due moment (null while held). */
    private Map<String, Object> liveMessage(UUID contactMomentId) {
        return jdbc.queryForMap(
                "select state, next_attempt_at from registry_message where contact_moment_id = ? and state <> 'WITHDRAWN'",
                contactMomentId);
    }

    private void correctAndApproveAgain(UUID contactMomentId) {
        corrections.correct(contactMomentId);
        ContactMoment reopened = contactMoments.get(contactMomentId);
        deskApproval.approve(reopened.getId(), reopened.getVersion());
    }

    @Test
    void aChildCorrectedBeforeTheSessionIsClosedStaysHeldUntilTheClosing() {
        UUID sessionId = approvedSessionWithOneChild();
        UUID moment = contactMomentOf(sessionId);
        assertThat(liveMessage(moment)).containsEntry("state", "QUEUED").containsEntry("next_attempt_at", null);

        correctAndApproveAgain(moment);

        assertThat(jdbc.queryForObject(
                        "select count(*) from registry_message where contact_moment_id = ? and state = 'WITHDRAWN'",
                        Integer.class,
                        moment))
                .as("the first message was taken out of the queue")
                .isEqualTo(1);
        assertThat(liveMessage(moment))
                .as("the corrected registration's message is held by the session too")
                .containsEntry("state", "QUEUED")
                .containsEntry("next_attempt_at", null);
        assertThat(contactMoments.get(moment).isHeldBySession()).isTrue();
        assertThatThrownBy(() -> deskApproval.sendNow(moment))
                .isInstanceOfSatisfying(
                        RegistrationRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registration.sendNow.held"));

        assertThat(sessionApproval.close(sessionId)).isEqualTo(1);

        assertThat(liveMessage(moment).get("next_attempt_at"))
                .as("due after closing")
                .isNotNull();
        assertThat(contactMoments.get(moment).isHeldBySession()).isFalse();
    }

    @Test
    void aChildCorrectedAfterTheSessionIsClosedGoesAfterTheSendWindowAsAtTheDesk() {
        UUID sessionId = approvedSessionWithOneChild();
        UUID moment = contactMomentOf(sessionId);
        sessionApproval.close(sessionId);

        correctAndApproveAgain(moment);

        assertThat(liveMessage(moment).get("next_attempt_at")).isNotNull();
    }
}
