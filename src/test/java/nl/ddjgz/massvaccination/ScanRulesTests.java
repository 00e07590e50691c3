package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.ddjgz.schedule.DueStatus;
import nl.ddjgz.schedule.DueVaccination;
import org.junit.jupiter.api.Test;

/** The desk's answer for a child with a dossier: green when due for this dose, orange with the reason, red for a programme objection. */
class ScanRulesTests {

    private static final LocalDate SESSION = LocalDate.of(2026, 3, 10);

    private static DueVaccination hpv(
            int dose, DueStatus status, LocalDate earliest, LocalDate notGivenFrom, LocalDate givenOn) {
        return new DueVaccination(
                "10J",
                "09",
                "HPV",
                dose,
                SESSION.minusMonths(1),
                SESSION.plusYears(1),
                status,
                earliest,
                notGivenFrom,
                null,
                dose == 2 ? "09" : null,
                dose == 2 ? 1 : 0,
                null,
                givenOn,
                null);
    }

    private static ScanRules.TypeFacts hpvFacts(DueVaccination... doses) {
        LocalDate last = java.util.Arrays.stream(doses)
                .map(DueVaccination::givenOn)
                .filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        return new ScanRules.TypeFacts("09", true, List.of(doses), last);
    }

    private static ScanRules.Verdict judge(boolean hasList, boolean onList, ScanRules.TypeFacts... types) {
        return ScanRules.judge(new ScanRules.Facts(hasList, onList, false, List.of(types), List.of()));
    }

    @Test
    void aChildDueForTheFirstDoseIsGreenWithTheDose() {
        ScanRules.Verdict v = judge(
                true,
                true,
                hpvFacts(
                        hpv(1, DueStatus.DUE, SESSION.minusMonths(2), null, null),
                        hpv(2, DueStatus.WAITING, null, null, null)));

        assertThat(v.outcome()).isEqualTo(ScanOutcome.EXPECTED);
        assertThat(v.outcome().colour()).isEqualTo(ScanOutcome.Colour.GREEN);
        assertThat(v.vaccineType()).isEqualTo("09");
        assertThat(v.dose()).isEqualTo(1);
    }

    @Test
    void theSecondDoseAfterTheIntervalIsGreenNotHadAlready() {
        LocalDate first = SESSION.minusMonths(6);

        ScanRules.Verdict v = judge(
                true,
                true,
                hpvFacts(
                        hpv(1, DueStatus.GIVEN, null, null, first),
                        hpv(2, DueStatus.DUE, first.plusDays(150), null, null)));

        assertThat(v.outcome()).isEqualTo(ScanOutcome.EXPECTED);
        assertThat(v.dose()).isEqualTo(2);
    }

    @Test
    void theSecondDoseBeforeTheIntervalIsOrangeTooEarlyWithTheEarliestDay() {
        LocalDate first = SESSION.minusMonths(2);
        LocalDate earliest = first.plusDays(150);

        ScanRules.Verdict v = judge(
                true,
                true,
                hpvFacts(hpv(1, DueStatus.GIVEN, null, null, first), hpv(2, DueStatus.PLANNED, earliest, null, null)));

        assertThat(v.outcome()).isEqualTo(ScanOutcome.DOSE_TOO_EARLY);
        assertThat(v.outcome().colour()).isEqualTo(ScanOutcome.Colour.ORANGE);
        assertThat(v.outcome().counted()).isTrue();
        assertThat(v.dose()).isEqualTo(2);
        assertThat(v.date()).isEqualTo(earliest);
    }

    @Test
    void aCompleteSeriesIsOrangeWithTheLastDose() {
        LocalDate second = SESSION.minusMonths(1);

        ScanRules.Verdict v = judge(
                true,
                true,
                hpvFacts(
                        hpv(1, DueStatus.GIVEN, null, null, SESSION.minusMonths(8)),
                        hpv(2, DueStatus.GIVEN, null, null, second)));

        assertThat(v.outcome()).isEqualTo(ScanOutcome.ALREADY_HAS_VACCINE);
        assertThat(v.dose()).isEqualTo(2);
        assertThat(v.date()).isEqualTo(second);
    }

    @Test
    void aChildPastTheAgeLimitIsOrangeAgeOutside() {
        LocalDate limit = SESSION.minusYears(1);

        ScanRules.Verdict v = judge(
                true,
                true,
                hpvFacts(hpv(1, DueStatus.TOO_LATE, null, limit, null), hpv(2, DueStatus.TOO_LATE, null, limit, null)));

        assertThat(v.outcome()).isEqualTo(ScanOutcome.DOSE_AGE_OUTSIDE);
        assertThat(v.date()).isEqualTo(limit);
    }

    @Test
    void aChildWhoseProgrammeHasNoSuchVaccineIsOrangeAgeOutsideWithoutADay() {
        ScanRules.Verdict v = judge(true, true, new ScanRules.TypeFacts("09", true, List.of(), null));

        assertThat(v.outcome()).isEqualTo(ScanOutcome.DOSE_AGE_OUTSIDE);
        assertThat(v.date()).isNull();
    }

    @Test
    void aVaccineOutsideTheScheduleIsJudgedOnlyByWhetherTheChildHadIt() {
        assertThat(judge(false, false, new ScanRules.TypeFacts("99", false, List.of(), null))
                        .outcome())
                .isEqualTo(ScanOutcome.EXPECTED);
        assertThat(judge(false, false, new ScanRules.TypeFacts("99", false, List.of(), SESSION.minusYears(1)))
                        .outcome())
                .isEqualTo(ScanOutcome.ALREADY_HAS_VACCINE);
    }

    @Test
    void aDueChildNotOnTheListIsOrangeNotExpectedAndWithoutAListGreen() {
        ScanRules.TypeFacts due = hpvFacts(hpv(1, DueStatus.DUE, null, null, null));

        assertThat(judge(true, false, due).outcome()).isEqualTo(ScanOutcome.NOT_EXPECTED);
        assertThat(judge(false, false, due).outcome()).isEqualTo(ScanOutcome.EXPECTED);
    }

    @Test
    void aProgrammeObjectionIsRedAndNotCounted() {
        ScanRules.Verdict v = ScanRules.judge(new ScanRules.Facts(
                true, true, true, List.of(hpvFacts(hpv(1, DueStatus.DUE, null, null, null))), List.of()));

        assertThat(v.outcome()).isEqualTo(ScanOutcome.PROGRAMME_OBJECTION);
        assertThat(v.outcome().colour()).isEqualTo(ScanOutcome.Colour.RED);
        assertThat(v.outcome().counted()).isFalse();
    }

    @Test
    void anObjectionToTheSessionsVaccineIsOrangeWithItsDayAndOneToAnotherVaccineIsIgnored() {
        ScanRules.TypeFacts due = hpvFacts(hpv(1, DueStatus.DUE, null, null, null));
        LocalDate day = SESSION.minusYears(2);

        ScanRules.Verdict hpv = ScanRules.judge(new ScanRules.Facts(
                true, true, false, List.of(due), List.of(new ScanRules.RecordedObjection("09", day))));
        ScanRules.Verdict other = ScanRules.judge(new ScanRules.Facts(
                true, true, false, List.of(due), List.of(new ScanRules.RecordedObjection("04", day))));

        assertThat(hpv.outcome()).isEqualTo(ScanOutcome.OBJECTION_ON_DOSSIER);
        assertThat(hpv.date()).isEqualTo(day);
        assertThat(other.outcome()).isEqualTo(ScanOutcome.EXPECTED);
    }

    @Test
    void aWrongDoseOfOneOfTwoVaccinesMakesTheAnswerOrange() {
        ScanRules.Verdict v = judge(
                true,
                true,
                hpvFacts(hpv(1, DueStatus.DUE, null, null, null)),
                new ScanRules.TypeFacts("04", true, List.of(), null));

        assertThat(v.outcome()).isEqualTo(ScanOutcome.DOSE_AGE_OUTSIDE);
        assertThat(v.vaccineType()).isEqualTo("04");
    }

    @Test
    void whatIsNoValidNumberIsRedAndOnlyAnInszWithWrongCheckDigitsIsNotStored() {
        assertThat(ScanRules.unread(ScanReader.Kind.INVALID_BSN)).isEqualTo(ScanOutcome.INVALID_BSN);
        assertThat(ScanRules.unread(ScanReader.Kind.NOT_A_BSN)).isEqualTo(ScanOutcome.NOT_A_BSN);
        assertThat(ScanRules.unread(ScanReader.Kind.NOT_AN_INSZ)).isEqualTo(ScanOutcome.NOT_AN_INSZ);
        assertThat(ScanRules.unread(ScanReader.Kind.INVALID_INSZ)).isEqualTo(ScanOutcome.INVALID_INSZ);
        assertThat(java.util.stream.Stream.of(
                                ScanReader.Kind.INVALID_BSN,
                                ScanReader.Kind.NOT_A_BSN,
                                ScanReader.Kind.NOT_AN_INSZ,
                                ScanReader.Kind.INVALID_INSZ)
                        .map(ScanRules::unread)
                        .map(ScanOutcome::colour))
                .containsOnly(ScanOutcome.Colour.RED);
        assertThat(ScanRules.stored(ScanOutcome.INVALID_BSN)).isTrue();
        assertThat(ScanRules.stored(ScanOutcome.NOT_AN_INSZ)).isTrue();
        assertThat(ScanRules.stored(ScanOutcome.INVALID_INSZ)).isFalse();
    }

    @Test
    void aValidNumberWithoutADossierIsOrangeWhenTheChildIsExpectedAndRedOtherwise() {
        assertThat(ScanRules.withoutDossier(true)).isEqualTo(ScanOutcome.EXPECTED_NO_DOSSIER);
        assertThat(ScanRules.withoutDossier(true).colour()).isEqualTo(ScanOutcome.Colour.ORANGE);
        assertThat(ScanRules.withoutDossier(false)).isEqualTo(ScanOutcome.NO_DOSSIER);
        assertThat(ScanRules.withoutDossier(false).colour()).isEqualTo(ScanOutcome.Colour.RED);
        assertThat(ScanRules.withoutDossier(true).counted()).isFalse();
    }

    @Test
    void aChildWithoutBsnCountsOnceInTheSession() {
        assertThat(ScanRules.withoutBsn(false)).isEqualTo(ScanOutcome.WITHOUT_BSN);
        assertThat(ScanRules.withoutBsn(false).counted()).isTrue();
        assertThat(ScanRules.withoutBsn(true)).isEqualTo(ScanOutcome.DUPLICATE);
        assertThat(ScanRules.withoutBsn(true).counted()).isFalse();
    }
}
