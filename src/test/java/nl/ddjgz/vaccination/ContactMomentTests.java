package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.ddjgz.schedule.ContactActivity;
import org.junit.jupiter.api.Test;

/** The contact moment's rules: dates, lines, objections, approval and correction (state machine). */
class ContactMomentTests {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate BIRTH = TODAY.minusMonths(3);
    private static final BatchChoice BATCH = new BatchChoice("VX241A", TODAY.plusYears(1), true, "Vaxelis", null, null);

    private static ContactMoment moment() {
        return ContactMoment.start(
                UUID.randomUUID(), BIRTH, ContactActivity.CONTACT_2_WEEKS_6_MONTHS, TODAY, 1L, "arts", CLOCK);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        RegistrationRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void theDateIsNeverInTheFutureNorBeforeBirth() {
        assertRefused(
                () -> ContactMoment.start(
                        UUID.randomUUID(),
                        BIRTH,
                        ContactActivity.ON_INDICATION,
                        TODAY.plusDays(1),
                        null,
                        "arts",
                        CLOCK),
                "vaccination.date.future");
        assertRefused(
                () -> ContactMoment.start(
                        UUID.randomUUID(),
                        BIRTH,
                        ContactActivity.ON_INDICATION,
                        BIRTH.minusDays(1),
                        null,
                        "arts",
                        CLOCK),
                "vaccination.date.beforeBirth");
    }

    @Test
    void aVaccineTypeAppearsOnceOnAContactMoment() {
        ContactMoment moment = moment();
        moment.addLine("11");
        assertRefused(() -> moment.addLine("11"), "vaccination.line.duplicate");
    }

    @Test
    void aMedicalObjectionNeedsTheAdviserAndAPrincipledOneItsScope() {
        ContactMoment moment = moment();
        Vaccination line = moment.addLine("11");
        assertRefused(
                () -> moment.registerObjection(line.getId(), ObjectionReason.MEDICAL, null, false),
                "objection.medical.adviserRequired");
        assertRefused(
                () -> moment.registerObjection(line.getId(), ObjectionReason.PRINCIPLED, null, false),
                "objection.principled.scopeRequired");

        moment.registerObjection(line.getId(), ObjectionReason.PRINCIPLED, ObjectionScope.PROGRAMME, false);
        assertThat(line.getOutcome()).isEqualTo(LineOutcome.OBJECTION);
        assertThat(moment.hasProgrammeObjection()).isTrue();
    }

    @Test
    void anObjectionReplacesTheBatchNumberSoALineNeverHasBoth() {
        ContactMoment moment = moment();
        Vaccination line = moment.addLine("11");
        moment.registerGiven(line.getId(), BATCH);
        moment.registerObjection(line.getId(), ObjectionReason.MEDICAL, null, true);
        assertThat(line.getBatchNumber()).isNull();
        assertThat(line.getObjectionReason()).isEqualTo(ObjectionReason.MEDICAL);

        moment.registerGiven(line.getId(), BATCH);
        assertThat(line.getObjectionReason()).isNull();
        assertThat(line.getBatchNumber()).isEqualTo("VX241A");
    }

    @Test
    void aPostponementIsNeverAnObjectionAndIsNotRegisteredWithTheRegister() {
        ContactMoment moment = moment();
        Vaccination line = moment.addLine("11");
        assertRefused(() -> moment.registerPostponement(line.getId(), " "), "postponement.reason.required");
        moment.registerPostponement(line.getId(), "kind ziek");
        assertThat(line.getOutcome()).isEqualTo(LineOutcome.POSTPONED);
        assertThat(line.getObjectionReason()).isNull();
        assertThat(line.isRegistered()).isFalse();
    }

    @Test
    void approvalNeedsEveryLineDecidedAndSomethingToRegister() {
        ContactMoment moment = moment();
        Vaccination dktp = moment.addLine("11");
        Vaccination pneu = moment.addLine("08");
        moment.registerGiven(dktp.getId(), BATCH);
        assertRefused(() -> moment.approve("arts", CLOCK), "vaccination.approve.openLines");

        moment.registerPostponement(pneu.getId(), "ouder wil later");
        moment.registerPostponement(dktp.getId(), "kind ziek");
        assertRefused(() -> moment.approve("arts", CLOCK), "vaccination.approve.nothing");

        moment.registerGiven(dktp.getId(), BATCH);
        moment.approve("arts", CLOCK);
        assertThat(moment.getState()).isEqualTo(RegistrationState.APPROVED);
        assertThat(moment.getLines()).allSatisfy(l -> assertThat(l.getState()).isEqualTo(RegistrationState.APPROVED));
        assertThat(moment.getApprovedBy()).isEqualTo("arts");
    }

    @Test
    void anApprovedRegistrationCannotBeChangedOrApprovedAgainUntilReopened() {
        ContactMoment moment = moment();
        Vaccination line = moment.addLine("11");
        moment.registerGiven(line.getId(), BATCH);
        moment.approve("arts", CLOCK);

        assertRefused(() -> moment.approve("arts", CLOCK), "vaccination.notDraft");
        assertRefused(() -> moment.clearLine(line.getId()), "vaccination.notDraft");

        moment.reopen();
        assertThat(moment.isDraft()).isTrue();
        assertThat(line.getApprovedBy()).isNull();
        moment.clearLine(line.getId());
        assertThat(line.getOutcome()).isEqualTo(LineOutcome.PENDING);
    }

    @Test
    void onlyAnApprovedRegistrationCanBeReopenedAndAWithdrawalNeedsAReason() {
        ContactMoment moment = moment();
        assertRefused(moment::reopen, "vaccination.correct.notApproved");
        assertRefused(() -> moment.withdraw("arts", "", CLOCK), "vaccination.withdraw.reasonRequired");
        moment.withdraw("arts", "verkeerd kind", CLOCK);
        assertThat(moment.getState()).isEqualTo(RegistrationState.WITHDRAWN);
        assertRefused(() -> moment.withdraw("arts", "nogmaals", CLOCK), "vaccination.withdraw.already");
    }

    @Test
    void theRivmFormIsOnlyForRegistrationsThatNeedIt() {
        ContactMoment moment = moment();
        assertRefused(moment::reportedOnRivmForm, "rivmForm.notNeeded");
        moment.needsRivmForm();
        moment.reportedOnRivmForm();
        assertThat(moment.getRivmForm()).isEqualTo(RivmForm.REPORTED);
    }
}
