package nl.ddjgz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** What is still checked of a number typed as "overig": the pack's own expiry and the list's validity period. */
class OtherNumberCheckTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private static BatchListInfo list(LocalDateTime from, LocalDateTime to) {
        return new BatchListInfo(
                1, Instant.parse("2026-03-10T01:00:00Z"), BatchSource.REGISTER, null, "m", from, to, 3);
    }

    /** Praeventis' nightly list: valid from the start of its day to the start of the next. */
    private static final BatchListInfo TODAYS_LIST =
            list(DAY.atStartOfDay(), DAY.plusDays(1).atStartOfDay());

    @Test
    void aNumberTypedByHandOnADayTheListCoversIsAcceptable() {
        assertThat(OtherNumberCheck.of(DAY, null, TODAYS_LIST)).isEqualTo(OtherNumberCheck.ACCEPTABLE);
        assertThat(OtherNumberCheck.of(DAY, DAY, TODAYS_LIST)).isEqualTo(OtherNumberCheck.ACCEPTABLE);
        assertThat(OtherNumberCheck.of(DAY, DAY.plusYears(1), TODAYS_LIST)).isEqualTo(OtherNumberCheck.ACCEPTABLE);
    }

    @Test
    void aPackThatExpiredBeforeTheVaccinationDateIsRefusedWhateverTheList() {
        assertThat(OtherNumberCheck.of(DAY, DAY.minusDays(1), TODAYS_LIST)).isEqualTo(OtherNumberCheck.PACK_EXPIRED);
        assertThat(OtherNumberCheck.of(DAY, DAY.minusDays(1), null)).isEqualTo(OtherNumberCheck.PACK_EXPIRED);
        assertThat(OtherNumberCheck.of(DAY.minusDays(3), DAY.minusDays(4), TODAYS_LIST))
                .isEqualTo(OtherNumberCheck.PACK_EXPIRED);
    }

    @Test
    void aDayBeforeOrAfterTheListsValidityNeedsTheProfessionalsConfirmation() {
        assertThat(OtherNumberCheck.of(DAY.minusDays(1), null, TODAYS_LIST))
                .isEqualTo(OtherNumberCheck.OUTSIDE_LIST_VALIDITY);
        // the end is exclusive: the next day is no longer covered
        assertThat(OtherNumberCheck.of(DAY.plusDays(1), null, TODAYS_LIST))
                .isEqualTo(OtherNumberCheck.OUTSIDE_LIST_VALIDITY);
        // a list that ends in the afternoon still covers that day
        assertThat(OtherNumberCheck.of(DAY, null, list(DAY.minusDays(2).atStartOfDay(), DAY.atTime(14, 0))))
                .isEqualTo(OtherNumberCheck.ACCEPTABLE);
    }

    @Test
    void anOpenValidityPeriodOrNoListAtAllLeavesOnlyThePacksExpiry() {
        assertThat(OtherNumberCheck.of(DAY.minusYears(1), null, list(null, null)))
                .isEqualTo(OtherNumberCheck.ACCEPTABLE);
        assertThat(OtherNumberCheck.of(DAY.plusDays(30), null, list(DAY.atStartOfDay(), null)))
                .isEqualTo(OtherNumberCheck.ACCEPTABLE);
        assertThat(OtherNumberCheck.of(DAY.minusDays(1), null, list(DAY.atStartOfDay(), null)))
                .isEqualTo(OtherNumberCheck.OUTSIDE_LIST_VALIDITY);
        assertThat(OtherNumberCheck.of(DAY, null, null)).isEqualTo(OtherNumberCheck.ACCEPTABLE);
    }
}
