package nl.ddjgz.vaccinnet;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the module talks to Vaccinnet's BatchUpload service.
 *
 * @param endpoint the service's SOAP endpoint; blank: not configured (messages wait as STUCK); a path alone is this
 *     application's own port (the development run's simulator)
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time allowed for an answer
 * @param uploadType the {@code extraInfo/type} of every upload
 * @param runTimes when the registry processes uploads (Belgian time, HH:mm); the outcome is asked for after the next run
 * @param margin how long after a run to ask, so that the run has finished
 * @param pollInterval when set, ask this long after each upload or pending answer instead (tests, development)
 * @param acceptedResultCodes the {@code resultCode}s that mean "registered"; any other goes to a person
 * @param retryableFoutCodes the {@code foutCode}s that mean "service unavailable, send again later"
 */
@ConfigurationProperties("ddjgz.vaccinnet.batch-upload")
public record VaccinnetBatchProperties(
        @DefaultValue("") String endpoint,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("60s") Duration readTimeout,
        @DefaultValue("vaccinatie") String uploadType,
        @DefaultValue({"09:00", "12:00", "20:00"}) List<String> runTimes,
        @DefaultValue("15m") Duration margin,
        Duration pollInterval,
        @DefaultValue("OK") List<String> acceptedResultCodes,
        @DefaultValue("SERVICE_UNAVAILABLE") List<String> retryableFoutCodes) {

    public VaccinnetBatchProperties {
        runTimes = runTimes == null
                ? List.of()
                : runTimes.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        acceptedResultCodes = acceptedResultCodes == null ? List.of() : List.copyOf(acceptedResultCodes);
        retryableFoutCodes = retryableFoutCodes == null ? List.of() : List.copyOf(retryableFoutCodes);
        if (pollInterval != null && (pollInterval.isZero() || pollInterval.isNegative())) {
            pollInterval = null;
        }
    }

    /** The processing runs as times of day. */
    public List<LocalTime> runTimesOfDay() {
        return runTimes.stream().map(LocalTime::parse).sorted().toList();
    }
}
