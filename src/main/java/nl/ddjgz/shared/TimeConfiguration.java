package nl.ddjgz.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's clock: Dutch time. Domain code takes the date from this clock, never from {@code now()}. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** The zone all dates of the module are in. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }

    /**
     * Bean Validation's {@code @PastOrPresent} and {@code @Future} take "now" from the module's clock, so a form's
     * "today" is the Dutch day also on a server in UTC (between 23:00 and midnight UTC today's date was refused as a
     * date in the future).
     */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
