package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.Gender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A child without BSN at the mass desk: entered by name, birth date and sex, a dossier without BSN is opened and the
 * child registered in the session; the session page lists it for the RIVM form, the approval registers it without a
 * message (the RIVM-form path of the consultation desk) and the print page links its RIVM form.
 */
@IntegrationTest
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class ChildWithoutBsnIntegrationTests extends MassVaccinationServices {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private MassVaccinationSession hpvSession() {
        Long location = jdbc.queryForObject("select min(id) from location", Long.class);
        return sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.AFTERWARDS,
                List.of(new SessionSetup.Setup.Vaccine("09", MassVaccinationsIntegrationTests.HPV_BATCH)),
                false,
                false));
    }

    private Visitor loggedIn(String user) {
        Visitor visitor = new Visitor(port);
        visitor.login(user, "demo-wachtwoord");
        return visitor;
    }

    @Test
    void theDeskRegistersAChildWithoutBsnByNameAndTheApprovalPutsItOnTheRivmForm() {
        MassVaccinationSession session = hpvSession();
        Visitor desk = loggedIn("assistent");
        desk.get("/massvaccination/" + session.getId() + "/desk?balie=3");
        UUID scanId = UUID.randomUUID();
        String birth = today.minusYears(10).minusDays(40).toString();
        HttpResponse<String> posted = desk.post(
                "/massvaccination/" + session.getId() + "/desk/no-bsn",
                Map.of(
                        "balie", "3",
                        "scanId", scanId.toString(),
                        "familyName", "Zonderbsn",
                        "givenNames", "Noor",
                        "birthDate", birth,
                        "gender", "F"));
        assertThat(posted.statusCode()).isEqualTo(302);
        // the same form posted again (a double click) registers the child once
        desk.post(
                "/massvaccination/" + session.getId() + "/desk/no-bsn",
                Map.of(
                        "balie", "3",
                        "scanId", scanId.toString(),
                        "familyName", "Zonderbsn",
                        "givenNames", "Noor",
                        "birthDate", birth,
                        "gender", "F"));

        assertThat(desk.get("/massvaccination/" + session.getId() + "/desk?balie=3")
                        .body())
                .contains("Noor Zonderbsn")
                .contains("zonder BSN geregistreerd");
        Map<String, Object> scan = jdbc.queryForMap(
                "select s.outcome, s.counted, s.identifier, d.bsn, d.gender from mass_scan s"
                        + " join child_dossier d on d.id = s.dossier_id where s.session_id = ?",
                session.getId());
        assertThat(scan)
                .containsEntry("outcome", "WITHOUT_BSN")
                .containsEntry("counted", true)
                .containsEntry("identifier", null)
                .containsEntry("bsn", null)
                .containsEntry("gender", "F");
        assertThat(desk.get("/massvaccination/" + session.getId()).body())
                .contains("Voor het RIVM-formulier: 1 kinderen zonder BSN")
                .contains("Noor Zonderbsn");

        assertThat(sessionApproval.approve(session.getId())).isEqualTo(1);

        UUID moment = jdbc.queryForObject(
                "select contact_moment_id from mass_scan where session_id = ?", UUID.class, session.getId());
        assertThat(jdbc.queryForObject("select rivm_form from contact_moment where id = ?", String.class, moment))
                .isEqualTo("NEEDED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from registry_message where contact_moment_id = ?", Integer.class, moment))
                .as("Praeventis cannot receive a child without BSN")
                .isZero();
        assertThat(loggedIn("arts")
                        .get("/massvaccination/" + session.getId() + "/print")
                        .body())
                .contains("Noor Zonderbsn")
                .contains("/contactmoments/" + moment + "/rivm-form");
    }

    @Test
    void aChildWithoutBsnNeedsANameABirthDateAndASex() {
        MassVaccinationSession session = hpvSession();

        assertThatThrownBy(() -> scanDesk.registerWithoutBsn(
                        session.getId(),
                        UUID.randomUUID(),
                        "1",
                        new ScanDesk.ChildWithoutBsn("Zonderbsn", "Noor", null, Gender.F)))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dossier.birthDate.required"));
        assertThatThrownBy(() -> scanDesk.registerWithoutBsn(
                        session.getId(),
                        UUID.randomUUID(),
                        "1",
                        new ScanDesk.ChildWithoutBsn("Zonderbsn", "Noor", today.minusYears(10), null)))
                .isInstanceOfSatisfying(
                        SessionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dossier.gender.required"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_scan where session_id = ?", Integer.class, session.getId()))
                .isZero();
    }
}
