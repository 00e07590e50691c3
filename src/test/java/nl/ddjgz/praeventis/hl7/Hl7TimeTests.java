package nl.ddjgz.praeventis.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Hl7TimeTests {

    @ParameterizedTest
    @CsvSource({
        "20260301013000, 2026-03-01T00:30:00Z",
        "20260701013000, 2026-06-30T23:30:00Z",
        "202603010130, 2026-03-01T00:30:00Z",
        "2026030101, 2026-03-01T00:00:00Z",
        "20260301, 2026-02-28T23:00:00Z",
        "202603, 2026-02-28T23:00:00Z",
        "2026, 2025-12-31T23:00:00Z",
        "20260301013000.25, 2026-03-01T00:30:00.250Z",
        "20260301013000+0100, 2026-03-01T00:30:00Z",
        "20260301013000-0500, 2026-03-01T06:30:00Z",
        "20260301013000+00, 2026-03-01T01:30:00Z",
        "20260301+0200, 2026-02-28T22:00:00Z"
    })
    void readsEveryPrecisionAndOffset(String value, String instant) {
        assertThat(Hl7Time.instant(value, Hl7Time.NETHERLANDS)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @CsvSource({
        "20261231, 2026-12-31",
        "20261231235959, 2026-12-31",
        "20261231235959+0100, 2026-12-31",
        "202611, 2026-11-30",
        "202802, 2028-02-29",
        "2026, 2026-12-31"
    })
    void anExpiryIsTheLastDayItNames(String value, LocalDate day) {
        assertThat(Hl7Time.lastDay(value)).isEqualTo(day);
    }

    @ParameterizedTest
    @CsvSource({"20261340", "20260230", "20260301250000", "2026030", "12345", "2026-03-01", "''"})
    void refusesWhatIsNoPointInTime(String value) {
        assertThatThrownBy(() -> Hl7Time.instant(value, Hl7Time.NETHERLANDS)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-01T00:30:00Z, 20260301013000", "2026-07-01T00:30:00.999Z, 20260701023000"})
    void writesDutchLocalTimeToTheSecond(String instant, String value) {
        assertThat(Hl7Time.format(Instant.parse(instant), Hl7Time.NETHERLANDS)).isEqualTo(value);
    }
}
