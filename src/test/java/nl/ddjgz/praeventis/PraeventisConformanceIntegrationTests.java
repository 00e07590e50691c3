package nl.ddjgz.praeventis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Consent;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.massvaccination.MassVaccinationServices;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.SessionMode;
import nl.ddjgz.massvaccination.SessionSetup;
import nl.ddjgz.organisation.Organisation;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.praeventis.hl7.OfficialNictiz;
import nl.ddjgz.registry.UnsendableRegistrationException;
import nl.ddjgz.schedule.ContactActivity;
import nl.ddjgz.simulator.SimulatedRegister;
import nl.ddjgz.vaccination.ContactMoment;
import nl.ddjgz.vaccination.ContactMoments;
import nl.ddjgz.vaccination.Corrections;
import nl.ddjgz.vaccination.DeskApproval;
import nl.ddjgz.vaccination.Vaccination;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What the module sends in a default run, made by the real code paths (desk approval, correction, mass session,
 * status query) with the demo organisation's settings and taken from the outbox as it would leave, passes the
 * OFFICIAL Nictiz JGZ 7.1 XSD and schematron. And an approval whose message would lack the organisation's data is
 * refused, naming the setting, with nothing queued.
 */
@IntegrationTest
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class PraeventisConformanceIntegrationTests extends MassVaccinationServices {

    static final String DKTP_BATCH = "VX241A";

    static final String PNEU_BATCH = "PR241A";

    @Autowired
    ContactMoments contactMoments;

    @Autowired
    Corrections corrections;

    @Autowired
    DeskApproval deskApproval;

    @Autowired
    Dossiers dossiers;

    @Autowired
    StatusQueries statusQueries;

    @Autowired
    SimulatedRegister simulatedRegister;

    @Autowired
    OrganisationSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @BeforeEach
    void official() {
        OfficialNictiz.assumeAvailable();
    }

    private ChildDossier baby(boolean consent) {
        var data = Children.born(today.minusMonths(3).minusDays(2));
        return dossiers.open(consent ? data : Children.withConsent(data, Consent.unknown()));
    }

    /** DKTP-Hib-HepB and Pneu given, anything else proposed refused on principle. */
    private ContactMoment registered(ChildDossier child) {
        ContactMoment moment =
                contactMoments.start(child.getId(), ContactActivity.CONTACT_2_WEEKS_6_MONTHS, today, null);
        for (Vaccination line : contactMoments.get(moment.getId()).getLines()) {
            switch (line.getVaccineType()) {
                case "11" -> contactMoments.registerBatch(moment.getId(), line.getId(), DKTP_BATCH, false, false, null);
                case "08" -> contactMoments.registerBatch(moment.getId(), line.getId(), PNEU_BATCH, false, false, null);
                default -> contactMoments.removeLine(moment.getId(), line.getId());
            }
        }
        return contactMoments.get(moment.getId());
    }

    private List<String> queued(UUID contactMomentId) {
        return jdbc.queryForList(
                "select payload from registry_message where contact_moment_id = ? and state = 'QUEUED'",
                String.class,
                contactMomentId);
    }

    private static void conforms(String xml, String what) {
        OfficialNictiz.assertConforms(xml.getBytes(StandardCharsets.UTF_8), what);
    }

    @Test
    void theDeskSendsWhatTheStandardAllowsWithAndWithoutConsent() {
        for (boolean consent : List.of(true, false)) {
            ContactMoment moment = registered(baby(consent));

            assertThat(deskApproval.approve(moment.getId(), moment.getVersion()))
                    .isTrue();

            assertThat(queued(moment.getId())).singleElement().satisfies(xml -> {
                assertThat(xml).contains(consent ? "REPC_IN002140NL" : "REPC_IN002145NL");
                conforms(xml, "desk approval " + (consent ? "with consent" : "without consent"));
            });
        }
    }

    /**
     * The official rules of Bericht 4 refuse the performing person ("overdracht van BDS element 1410 Naam uitvoerende
     * persoon en dus gebruik van element assignedPerson niet gedefinieerd"), and the vaccination has no injection site:
     * the vaccinator and the site are kept in the module, and the message stays as the standard defines it.
     */
    @Test
    void theVaccinatorAndTheInjectionSiteStayHereBecauseBericht4HasNoPlaceForThem() {
        ContactMoment moment = registered(baby(true));
        contactMoments.recordVaccinator(moment.getId(), "J. de Vries", nl.ddjgz.vaccination.InjectionSite.LEFT_THIGH);
        ContactMoment withVaccinator = contactMoments.get(moment.getId());

        deskApproval.approve(withVaccinator.getId(), withVaccinator.getVersion());

        assertThat(contactMoments.get(moment.getId()).getVaccinator()).isEqualTo("J. de Vries");
        assertThat(contactMoments.get(moment.getId()).getApprovedBy()).isEqualTo("arts");
        assertThat(queued(moment.getId())).singleElement().satisfies(xml -> {
            assertThat(xml).doesNotContain("J. de Vries").doesNotContain("assignedPerson");
            conforms(xml, "desk approval of a contact moment with a vaccinator");
        });
    }

    @Test
    void aCorrectionsNewMessagePassesTheOfficialRules() {
        ContactMoment moment = registered(baby(true));
        deskApproval.approve(moment.getId(), moment.getVersion());
        corrections.correct(moment.getId());
        ContactMoment reopened = contactMoments.get(moment.getId());
        reopened.getLines().stream()
                .filter(l -> "08".equals(l.getVaccineType()))
                .forEach(l -> contactMoments.removeLine(moment.getId(), l.getId()));
        ContactMoment corrected = contactMoments.get(moment.getId());

        deskApproval.approve(corrected.getId(), corrected.getVersion());

        assertThat(queued(moment.getId())).singleElement().satisfies(xml -> {
            assertThat(xml).contains(DKTP_BATCH).doesNotContain(PNEU_BATCH);
            conforms(xml, "the correction's new message");
        });
    }

    @Test
    void aMassSessionsMessagesPassTheOfficialRules() {
        Long location = jdbc.queryForObject("select min(id) from location", Long.class);
        MassVaccinationSession session = sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.AFTERWARDS,
                List.of(new SessionSetup.Setup.Vaccine("09", "CX241A")),
                false,
                false));
        List<ChildDossier> children = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            children.add(dossiers.open(Children.born(today.minusYears(10).minusDays(3 + i))));
        }
        sessionSetup.setVaccinator(session.getId(), "1", "P. Prikker", nl.ddjgz.vaccination.InjectionSite.LEFT_ARM);
        for (ChildDossier child : children) {
            scanDesk.scan(
                    session.getId(), UUID.randomUUID(), "1", child.getBsn().value(), false);
        }

        assertThat(sessionApproval.approve(session.getId())).isEqualTo(3);

        List<String> messages = jdbc.queryForList("""
                select m.payload from registry_message m join mass_scan s on s.contact_moment_id = m.contact_moment_id
                where s.session_id = ? and m.state = 'QUEUED'
                """, String.class, session.getId());
        assertThat(messages).hasSize(3).allSatisfy(xml -> {
            assertThat(xml).doesNotContain("P. Prikker");
            conforms(xml, "mass session message");
        });
    }

    @Test
    void theStatusQueryAndTheSimulatorsAnswerPassTheOfficialRules() {
        ChildDossier child = baby(true);

        StatusReport report = statusQueries.ask(child.getBsn().value(), null);

        assertThat(report.outcome()).isIn(StatusReport.Outcome.FOUND, StatusReport.Outcome.NOT_FOUND);
        SimulatedRegister.Exchange exchange = simulatedRegister.statusQueries().get(0);
        OfficialNictiz.assertConforms(exchange.query(), "status query");
        OfficialNictiz.assertConforms(exchange.answer(), "the simulator's status answer");
    }

    @Test
    void anApprovalWhoseMessageWouldLackTheOrganisationsDataIsRefusedNamingTheSetting() {
        Organisation before = settings.organisation();
        ContactMoment moment = registered(baby(true));
        try {
            settings.update(
                    before.getName(),
                    before.getUra(),
                    before.getAgb(),
                    before.getCity(),
                    before.getApplicationId(),
                    null,
                    before.getDossierOid(),
                    before.getContactMomentOid());

            assertThatThrownBy(() -> deskApproval.approve(moment.getId(), moment.getVersion()))
                    .isInstanceOfSatisfying(
                            UnsendableRegistrationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("registry.praeventis.setup.serverCertificate"));
            assertThat(jdbc.queryForObject(
                            "select count(*) from registry_message where contact_moment_id = ?",
                            Integer.class,
                            moment.getId()))
                    .isZero();
            assertThat(statusQueries.ask(baby(true).getBsn().value(), null).outcome())
                    .isEqualTo(StatusReport.Outcome.NOT_SET_UP);
            settings.update(
                    before.getName(),
                    null,
                    "12345678",
                    before.getCity(),
                    before.getApplicationId(),
                    before.getServerCertificateId(),
                    before.getDossierOid(),
                    before.getContactMomentOid());
            assertThatThrownBy(() -> deskApproval.approve(moment.getId(), moment.getVersion()))
                    .as("an AGB code alone does not identify the sender in the official control act")
                    .isInstanceOfSatisfying(
                            UnsendableRegistrationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("registry.praeventis.setup.organisationId"));
        } finally {
            settings.update(
                    before.getName(),
                    before.getUra(),
                    before.getAgb(),
                    before.getCity(),
                    before.getApplicationId(),
                    before.getServerCertificateId(),
                    before.getDossierOid(),
                    before.getContactMomentOid());
        }
        ContactMoment again = contactMoments.get(moment.getId());
        assertThat(deskApproval.approve(again.getId(), again.getVersion())).isTrue();
        assertThat(queued(moment.getId())).hasSize(1);
    }
}
