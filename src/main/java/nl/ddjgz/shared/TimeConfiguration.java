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
     * Bean Validation's {@code @PastOrPresent} / {@code @Future} checks (a contact moment's date) use the same Dutch
     * clock: on a server running in UTC "today" would otherwise be yesterday between midnight and 1 or 2 a.m.
     */
    @Bean
    ValidationConfigurationCustomizer dutchValidationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
