package nl.ddjgz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.ddjgz.batch.BatchCheck.Outcome;
import org.junit.jupiter.api.Test;

/** The picker rules of rules.md §5. */
class BatchCheckTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final BatchEntry DKTP = new BatchEntry("11", "VX241A", LocalDate.of(2027, 5, 1), null, "Vaxelis");

    @Test
    void aNumberOfTheLinesTypeValidOnTheDateCanBeChosen() {
        BatchCheck check = BatchCheck.of("11", " vx241a ", DAY, List.of(DKTP));
        assertThat(check.outcome()).isEqualTo(Outcome.VALID);
        assertThat(check.outcome().isChoosable()).isTrue();
        assertThat(check.batchNumber()).isEqualTo("VX241A");
        assertThat(check.entry().productName()).isEqualTo("Vaxelis");
    }

    @Test
    void aNumberExpiringOnTheVaccinationDateIsStillValidButNotTheDayAfter() {
        BatchEntry lastDay = new BatchEntry("11", "VX1", DAY, null, "Vaxelis");
        assertThat(BatchCheck.of("11", "VX1", DAY, List.of(lastDay)).outcome()).isEqualTo(Outcome.VALID);
        assertThat(BatchCheck.of("11", "VX1", DAY.plusDays(1), List.of(lastDay)).outcome())
                .isEqualTo(Outcome.EXPIRED);
        assertThat(Outcome.EXPIRED.isChoosable()).isFalse();
    }

    @Test
    void theBatchDecidesTheTypeSoANumberOfAnotherTypeCannotBeChosenAndSaysWhichTypeItIs() {
        BatchCheck check = BatchCheck.of("04", "VX241A", DAY, List.of(DKTP));
        assertThat(check.outcome()).isEqualTo(Outcome.OTHER_TYPE);
        assertThat(check.outcome().isChoosable()).isFalse();
        assertThat(check.entry().vaccineTypeCode()).isEqualTo("11");
    }

    @Test
    void aNumberWithoutExpiryInTheListIsNeverTreatedAsValidForever() {
        BatchEntry noExpiry = new BatchEntry("11", "VX299N", null, null, "Vaxelis");
        BatchCheck check = BatchCheck.of("11", "VX299N", DAY.plusYears(50), List.of(noExpiry));
        assertThat(check.outcome()).isEqualTo(Outcome.EXPIRY_UNKNOWN);
    }

    @Test
    void anUnknownNumberCanOnlyBeRegisteredAsOther() {
        BatchCheck check = BatchCheck.of("11", "TYPO1", DAY, List.of());
        assertThat(check.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(check.outcome().isChoosable()).isFalse();
        assertThat(check.entry()).isNull();
    }

    @Test
    void whenTheSameNumberIsListedForSeveralTypesTheLinesTypeWins() {
        BatchEntry other = new BatchEntry("08", "VX241A", LocalDate.of(2027, 1, 1), null, "Prevenar 13");
        assertThat(BatchCheck.of("11", "VX241A", DAY, List.of(other, DKTP))
                        .entry()
                        .productName())
                .isEqualTo("Vaxelis");
    }

    @Test
    void freshnessSaysWhetherTodaysListArrived() {
        var zone = java.time.ZoneId.of("Europe/Amsterdam");
        BatchListInfo today = list(DAY.atTime(2, 0).atZone(zone).toInstant());
        BatchListInfo yesterday =
                list(DAY.minusDays(1).atTime(23, 30).atZone(zone).toInstant());
        BatchListInfo old = list(DAY.minusDays(3).atTime(2, 0).atZone(zone).toInstant());
        assertThat(ListFreshness.of(today, DAY, zone).state()).isEqualTo(ListFreshness.State.CURRENT);
        assertThat(ListFreshness.of(yesterday, DAY, zone).state()).isEqualTo(ListFreshness.State.YESTERDAY);
        assertThat(ListFreshness.of(old, DAY, zone).state()).isEqualTo(ListFreshness.State.STALE);
        assertThat(ListFreshness.of(null, DAY, zone).state()).isEqualTo(ListFreshness.State.NONE);
    }

    private static BatchListInfo list(java.time.Instant receivedAt) {
        return new BatchListInfo(1, receivedAt, BatchSource.REGISTER, null, "m", null, null, 10);
    }
}
