package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.dossier.ChildData;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Consent;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.registry.MessageState;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.schedule.ContactActivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Approval into the outbox in one transaction, and the correction flow, on the embedded PostgreSQL. */
@IntegrationTest
@WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
class ContactMomentsIntegrationTests {

    /** Demo batch numbers (the demo list is loaded in the tests): valid DKTP-Hib-HepB, valid Pneu. */
    static final String DKTP_BATCH = "VX241A";

    static final String PNEU_BATCH = "PR241A";

    @Autowired
    ContactMoments contactMoments;

    @Autowired
    Corrections corrections;

    @Autowired
    DeskApproval deskApproval;

    @Autowired
    VaccinationHistory vaccinationHistory;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

    private ChildDossier baby(ChildData data) {
        return dossiers.open(data);
    }

    private ChildDossier baby() {
        return baby(Children.born(today.minusMonths(3).minusDays(2)));
    }

    /** A three-month-old's contact moment with DKTP-Hib-HepB and Pneu registered. */
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

    private List<Map<String, Object>> messagesOf(UUID contactMomentId) {
        return jdbc.queryForList(
                "select state, kind, content::text as content from registry_message where contact_moment_id = ?"
                        + " order by queued_at",
                contactMomentId);
    }

    @Test
    void aContactMomentProposesTheVaccinationsThatBelongToIt() {
        ContactMoment moment =
                contactMoments.start(baby().getId(), ContactActivity.CONTACT_2_WEEKS_6_MONTHS, today, null);
        assertThat(moment.getLines()).extracting(Vaccination::getVaccineType).contains("11", "08");
        ContactMoment outside = contactMoments.start(baby().getId(), ContactActivity.ON_INDICATION, today, null);
        assertThat(outside.getLines()).isEmpty();
    }

    @Test
    void approvalStoresTheVaccinationsAndQueuesOneMessageTogether() {
        ChildDossier child = baby();
        ContactMoment moment = registered(child);

        assertThat(deskApproval.approve(moment.getId(), moment.getVersion())).isTrue();

        assertThat(contactMoments.get(moment.getId()).getState()).isEqualTo(RegistrationState.APPROVED);
        assertThat(messagesOf(moment.getId())).singleElement().satisfies(m -> {
            assertThat(m.get("state")).isEqualTo("QUEUED");
            assertThat(m.get("kind")).isEqualTo("WITH_BSN");
            assertThat((String) m.get("content"))
                    .contains(DKTP_BATCH, PNEU_BATCH, child.getBsn().value());
        });
        assertThat(vaccinationHistory.given(child.getId()))
                .extracting(g -> g.vaccineTypeCode())
                .containsExactlyInAnyOrder("11", "08");
    }

    @Test
    void aDoubleClickOrResubmittedApprovalCreatesNothingTwice() {
        ContactMoment moment = registered(baby());
        long version = moment.getVersion();
        assertThat(deskApproval.approve(moment.getId(), version)).isTrue();
        assertThat(deskApproval.approve(moment.getId(), version)).isFalse();
        assertThat(messagesOf(moment.getId())).hasSize(1);
    }

    @Test
    void theSameVaccineTwiceOnOneDayIsRefusedAndNothingIsStored() {
        ChildDossier child = baby();
        ContactMoment first = registered(child);
        deskApproval.approve(first.getId(), first.getVersion());

        ContactMoment second = contactMoments.start(child.getId(), ContactActivity.ON_INDICATION, today, null);
        assertThat(second.getLines()).as("nothing is proposed twice").isEmpty();
        contactMoments.addVaccineType(second.getId(), "11");
        UUID line = contactMoments.get(second.getId()).getLines().get(0).getId();
        contactMoments.registerBatch(second.getId(), line, DKTP_BATCH, false, false, null);
        ContactMoment filled = contactMoments.get(second.getId());
        assertThatThrownBy(() -> deskApproval.approve(filled.getId(), filled.getVersion()))
                .isInstanceOfSatisfying(
                        RegistrationRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("vaccination.sameDay"));
        assertThat(contactMoments.get(second.getId()).getState()).isEqualTo(RegistrationState.DRAFT);
        assertThat(messagesOf(second.getId())).isEmpty();
    }

    @Test
    void anAssistantCannotApprove() {
        ContactMoment moment = registered(baby());
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                        "assistent", null, "ROLE_JGZ_ASSISTANT"));
        assertThatThrownBy(() -> deskApproval.approve(moment.getId(), moment.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(messagesOf(moment.getId())).isEmpty();
    }

    @Test
    void withoutConsentTheMessageIsAnonymisedAndCarriesNoObjections() {
        ChildData data = Children.withConsent(
                Children.born(today.minusMonths(3).minusDays(2)),
                new Consent(false, "03", today.minusMonths(3), "01", null));
        ChildDossier child = baby(data);
        ContactMoment moment =
                contactMoments.start(child.getId(), ContactActivity.CONTACT_2_WEEKS_6_MONTHS, today, null);
        for (Vaccination line : moment.getLines()) {
            if (line.getVaccineType().equals("11")) {
                contactMoments.registerBatch(moment.getId(), line.getId(), DKTP_BATCH, false, false, null);
            } else {
                contactMoments.registerObjection(
                        moment.getId(), line.getId(), ObjectionReason.PRINCIPLED, ObjectionScope.TODAY, false);
            }
        }
        moment = contactMoments.get(moment.getId());
        deskApproval.approve(moment.getId(), moment.getVersion());

        assertThat(messagesOf(moment.getId())).singleElement().satisfies(m -> {
            assertThat(m.get("kind")).isEqualTo("ANONYMISED");
            assertThat((String) m.get("content")).contains(DKTP_BATCH).doesNotContain("\"objectionReason\": \"2\"");
        });
    }

    @Test
    void aChildWithoutBsnGetsNoMessageButIsMarkedForTheRivmForm() {
        ChildDossier child =
                baby(Children.withBsn(Children.born(today.minusMonths(3).minusDays(2)), null));
        ContactMoment moment = registered(child);
        deskApproval.approve(moment.getId(), moment.getVersion());

        assertThat(messagesOf(moment.getId())).isEmpty();
        assertThat(contactMoments.get(moment.getId()).getRivmForm()).isEqualTo(RivmForm.NEEDED);
        deskApproval.reportedOnRivmForm(moment.getId());
        assertThat(contactMoments.get(moment.getId()).getRivmForm()).isEqualTo(RivmForm.REPORTED);
    }

    @Test
    void aCorrectionBeforeDispatchWithdrawsTheOldMessageAndANewApprovalQueuesANewOne() {
        ContactMoment moment = registered(baby());
        deskApproval.approve(moment.getId(), moment.getVersion());

        corrections.correct(moment.getId());
        ContactMoment reopened = contactMoments.get(moment.getId());
        assertThat(reopened.isDraft()).isTrue();
        assertThat(outbox.stateOf(moment.getId())).isEmpty();

        Vaccination pneu = reopened.getLines().stream()
                .filter(l -> l.getVaccineType().equals("08"))
                .findFirst()
                .orElseThrow();
        contactMoments.registerPostponement(moment.getId(), pneu.getId(), "niet gegeven: kind huilde te hard");
        reopened = contactMoments.get(moment.getId());
        deskApproval.approve(moment.getId(), reopened.getVersion());

        assertThat(messagesOf(moment.getId())).extracting(m -> m.get("state")).containsExactly("WITHDRAWN", "QUEUED");
        assertThat((String) messagesOf(moment.getId()).get(1).get("content"))
                .contains(DKTP_BATCH)
                .doesNotContain(PNEU_BATCH);
    }

    @Test
    void aWithdrawalTakesTheMessageOutOfTheQueue() {
        ChildDossier child = baby();
        ContactMoment moment = registered(child);
        deskApproval.approve(moment.getId(), moment.getVersion());
        corrections.withdraw(moment.getId(), "geregistreerd bij broertje");

        assertThat(contactMoments.get(moment.getId()).getState()).isEqualTo(RegistrationState.WITHDRAWN);
        assertThat(messagesOf(moment.getId())).extracting(m -> m.get("state")).containsExactly("WITHDRAWN");
        assertThat(vaccinationHistory.given(child.getId())).isEmpty();
    }

    @Test
    void afterDispatchTheRegistrationIsFinalAndOnlyACorrectionRequestCanBeRecorded() {
        ChildDossier child = baby();
        ContactMoment moment = registered(child);
        deskApproval.approve(moment.getId(), moment.getVersion());
        jdbc.update("update registry_message set state = 'ACKNOWLEDGED' where contact_moment_id = ?", moment.getId());

        assertThatThrownBy(() -> corrections.correct(moment.getId()))
                .isInstanceOfSatisfying(
                        RegistrationRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("vaccination.correct.alreadySent"));
        assertThat(outbox.stateOf(moment.getId())).contains(MessageState.ACKNOWLEDGED);
        assertThat(contactMoments.get(moment.getId()).getState()).isEqualTo(RegistrationState.APPROVED);

        corrections.requestCorrection(
                moment.getId(), "verkeerd partijnummer", true, "RIVM past aan", "mw. Jansen", today);
        assertThat(vaccinationHistory.correctionRequests(child.getId()))
                .singleElement()
                .satisfies(r -> assertThat(r.getAgreement()).isEqualTo("RIVM past aan"));
    }

    @Test
    void thePickerRulesGuardTheBatchNumber() {
        ContactMoment moment =
                contactMoments.start(baby().getId(), ContactActivity.CONTACT_2_WEEKS_6_MONTHS, today, null);
        Vaccination dktp = moment.getLines().stream()
                .filter(l -> l.getVaccineType().equals("11"))
                .findFirst()
                .orElseThrow();
        UUID id = moment.getId();
        assertRefused(
                () -> contactMoments.registerBatch(id, dktp.getId(), "MM241A", false, false, null), "batch.otherType");
        assertRefused(
                () -> contactMoments.registerBatch(id, dktp.getId(), "VX230X", false, false, null), "batch.expired");
        assertRefused(
                () -> contactMoments.registerBatch(id, dktp.getId(), "VX299N", false, false, null),
                "batch.expiryUnknown.confirm");
        assertRefused(
                () -> contactMoments.registerBatch(id, dktp.getId(), "NOTINLIST", false, false, null),
                "batch.unknown.confirm");

        contactMoments.registerBatch(id, dktp.getId(), "NOTINLIST", true, false, null);
        Vaccination other = contactMoments.get(id).line(dktp.getId());
        assertThat(other.getBatchNumber()).isEqualTo("NOTINLIST");
        assertThat(other.isBatchChecked())
                .as("overig: not checked against the list")
                .isFalse();
    }

    @Test
    void aProgrammeObjectionIsRecordedOnTheDossier() {
        ChildDossier child = baby();
        ContactMoment moment =
                contactMoments.start(child.getId(), ContactActivity.CONTACT_2_WEEKS_6_MONTHS, today, null);
        for (Vaccination line : moment.getLines()) {
            contactMoments.registerObjection(
                    moment.getId(), line.getId(), ObjectionReason.PRINCIPLED, ObjectionScope.PROGRAMME, false);
        }
        moment = contactMoments.get(moment.getId());
        deskApproval.approve(moment.getId(), moment.getVersion());
        assertThat(vaccinationHistory.programmeObjections(child.getId())).hasSize(1);
        assertThat((String) messagesOf(moment.getId()).get(0).get("content")).contains("\"objectionReason\": \"2\"");
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        RegistrationRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
