package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Consent;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.organisation.RegisterSwitch;
import nl.ddjgz.schedule.ContactActivity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What an approval queues for a Belgian register: RIVM's consent does not apply; Vaccicard takes objections
 * ({@code not-done}), Vaccinnet only administered vaccinations.
 */
@IntegrationTest
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class BelgianRegistrationsIntegrationTests {

    @Autowired
    ContactMoments contactMoments;

    @Autowired
    DeskApproval deskApproval;

    @Autowired
    Dossiers dossiers;

    @Autowired
    OrganisationSettings organisation;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private RegisterSwitch register;

    @BeforeEach
    void remember() {
        register = RegisterSwitch.remember(organisation);
    }

    @AfterEach
    void restore() {
        register.restore();
    }

    private void reportTo(String registry) {
        register.to(registry);
    }

    /** A three-month-old Belgian child without RIVM consent: DKTP-Hib-HepB given, Pneu refused on principle. */
    private ContactMoment givenAndRefused(boolean give) {
        ChildDossier child = dossiers.open(Children.withConsent(
                Children.belgian(today.minusMonths(3).minusDays(2)),
                new Consent(false, "03", today.minusMonths(3), "01", null)));
        ContactMoment moment =
                contactMoments.start(child.getId(), ContactActivity.CONTACT_2_WEEKS_6_MONTHS, today, null);
        for (Vaccination line : moment.getLines()) {
            switch (line.getVaccineType()) {
                case "11" -> {
                    if (give) {
                        contactMoments.registerBatch(moment.getId(), line.getId(), "VX241A", false, false, null);
                    } else {
                        contactMoments.removeLine(moment.getId(), line.getId());
                    }
                }
                case "08" ->
                    contactMoments.registerObjection(
                            moment.getId(), line.getId(), ObjectionReason.PRINCIPLED, ObjectionScope.TODAY, false);
                default -> contactMoments.removeLine(moment.getId(), line.getId());
            }
        }
        moment = contactMoments.get(moment.getId());
        deskApproval.approve(moment.getId(), moment.getVersion());
        return contactMoments.get(moment.getId());
    }

    private List<Map<String, Object>> messagesOf(UUID contactMomentId) {
        return jdbc.queryForList(
                "select registry, kind, content::text as content, payload from registry_message"
                        + " where contact_moment_id = ?",
                contactMomentId);
    }

    @Test
    void vaccicardGetsTheObjectionAsNotDoneAlsoWithoutRivmConsent() {
        reportTo("VACCICARD");
        ContactMoment moment = givenAndRefused(true);

        assertThat(messagesOf(moment.getId())).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("registry", "VACCICARD").containsEntry("kind", "WITH_BSN");
            assertThat((String) m.get("payload")).contains("\"completed\"").contains("\"not-done\"");
        });
    }

    @Test
    void vaccinnetGetsOnlyTheGivenVaccination() {
        reportTo("VACCINNET_DIRECT");
        ContactMoment moment = givenAndRefused(true);

        assertThat(messagesOf(moment.getId())).singleElement().satisfies(m -> {
            assertThat(m).containsEntry("registry", "VACCINNET_DIRECT");
            assertThat((String) m.get("content")).contains("VX241A").doesNotContain("\"objectionReason\": \"2\"");
        });
    }

    @Test
    void onlyAnObjectionIsApprovedForVaccinnetAndKeptInTheDossierWithoutAMessage() {
        reportTo("VACCINNET_BATCH");
        ContactMoment moment = givenAndRefused(false);

        assertThat(moment.getState()).isEqualTo(RegistrationState.APPROVED);
        assertThat(messagesOf(moment.getId())).isEmpty();
    }
}
