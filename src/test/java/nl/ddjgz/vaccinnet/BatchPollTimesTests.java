package nl.ddjgz.vaccinnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the outcome of an upload is asked for: after the registry's next processing run, or after an interval. */
class BatchPollTimesTests {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final BatchPollTimes runs = new BatchPollTimes(
            List.of(LocalTime.of(20, 0), LocalTime.of(9, 0), LocalTime.of(12, 0)),
            Duration.ofMinutes(15),
            null,
            BRUSSELS);

    private static Instant brussels(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BRUSSELS).toInstant();
    }

    @Test
    void anUploadInTheNightIsAskedAfterTheMorningRun() {
        assertThat(runs.next(brussels("2026-12-02T03:00"))).isEqualTo(brussels("2026-12-02T09:15"));
    }

    @Test
    void anUploadBetweenRunsIsAskedAfterTheNextRun() {
        assertThat(runs.next(brussels("2026-12-02T09:30"))).isEqualTo(brussels("2026-12-02T12:15"));
        assertThat(runs.next(brussels("2026-12-02T12:15"))).isEqualTo(brussels("2026-12-02T20:15"));
    }

    @Test
    void duringTheMarginAfterARunTheOutcomeOfThatRunIsAwaited() {
        assertThat(runs.next(brussels("2026-12-02T20:05"))).isEqualTo(brussels("2026-12-02T20:15"));
    }

    @Test
    void afterTheEveningRunTheNextMorningRunCounts() {
        assertThat(runs.next(brussels("2026-12-02T21:00"))).isEqualTo(brussels("2026-12-03T09:15"));
        assertThat(runs.next(brussels("2026-12-31T23:59"))).isEqualTo(brussels("2027-01-01T09:15"));
    }

    @Test
    void theRunsAreInBelgianTimeAlsoAcrossTheChangeToSummerTime() {
        // Sunday 29 March 2026: clocks go from 02:00 to 03:00 in Brussels (UTC+1 → UTC+2)
        Instant next = runs.next(brussels("2026-03-28T21:00"));
        assertThat(next).isEqualTo(Instant.parse("2026-03-29T07:15:00Z"));
        assertThat(next.atZone(BRUSSELS).toLocalTime()).isEqualTo(LocalTime.of(9, 15));
    }

    @Test
    void aConfiguredIntervalReplacesTheRuns() {
        BatchPollTimes interval = new BatchPollTimes(
                List.of(LocalTime.of(9, 0)), Duration.ofMinutes(15), Duration.ofSeconds(30), BRUSSELS);
        Instant now = brussels("2026-12-02T10:00");
        assertThat(interval.next(now)).isEqualTo(now.plusSeconds(30));
    }

    @Test
    void theDefaultPropertiesGiveTheRegistrysRunsAndAQuarterOfAnHourMargin() {
        VaccinnetBatchProperties defaults = new VaccinnetBatchProperties(
                "",
                Duration.ofSeconds(5),
                Duration.ofSeconds(60),
                "vaccinatie",
                List.of("09:00", " 12:00", "20:00"),
                Duration.ofMinutes(15),
                null,
                List.of("OK"),
                List.of("SERVICE_UNAVAILABLE"));
        assertThat(BatchPollTimes.of(defaults).next(brussels("2026-12-02T12:30")))
                .isEqualTo(brussels("2026-12-02T20:15"));
    }

    @Test
    void withoutRunsOrIntervalThereIsNoTimeToAsk() {
        assertThatThrownBy(() -> new BatchPollTimes(List.of(), Duration.ofMinutes(15), null, BRUSSELS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
