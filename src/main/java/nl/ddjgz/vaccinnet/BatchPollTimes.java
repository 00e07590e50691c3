package nl.ddjgz.vaccinnet;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * When to ask for the outcome of an upload: Vaccinnet processes uploads at set times (9h, 12h and 20h Belgian time;
 * hourly in its test environment), so the outcome is asked for a margin after the first run that comes — or, when a
 * poll interval is configured (tests, development), that long from now.
 */
final class BatchPollTimes {

    private final List<LocalTime> runTimes;
    private final Duration margin;
    private final Duration interval;
    private final ZoneId zone;

    /**
     * @param runTimes the registry's processing runs, in {@code zone}
     * @param margin how long after a run to ask
     * @param interval when not null: ask this long from now instead
     */
    BatchPollTimes(List<LocalTime> runTimes, Duration margin, Duration interval, ZoneId zone) {
        if (interval == null && runTimes.isEmpty()) {
            throw new IllegalArgumentException("either processing run times or a poll interval is required");
        }
        this.runTimes = runTimes.stream().sorted().toList();
        this.margin = margin;
        this.interval = interval;
        this.zone = zone;
    }

    static BatchPollTimes of(VaccinnetBatchProperties properties) {
        return new BatchPollTimes(
                properties.runTimesOfDay(), properties.margin(), properties.pollInterval(), KmehrComposer.BRUSSELS);
    }

    /** When to ask next: after the first processing run (plus the margin) that is still to come after {@code now}. */
    Instant next(Instant now) {
        if (interval != null) {
            return now.plus(interval);
        }
        ZonedDateTime local = now.atZone(zone);
        for (int day = 0; day <= 1; day++) {
            for (LocalTime run : runTimes) {
                // atZone resolves a time that a DST change skips or repeats to a real instant
                Instant at = local.toLocalDate()
                        .plusDays(day)
                        .atTime(run)
                        .atZone(zone)
                        .toInstant()
                        .plus(margin);
                if (at.isAfter(now)) {
                    return at;
                }
            }
        }
        throw new IllegalStateException("no processing run within two days");
    }
}
