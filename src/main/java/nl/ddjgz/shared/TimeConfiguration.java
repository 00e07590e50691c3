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
     * Bean Validation's {@code @PastOrPresent} and {@code @Future} read the same clock: with the JVM's default zone
     * (UTC on a server) a contact moment dated today in Dutch time was refused as "in the future" between midnight and
     * 01:00 (02:00 in summer).
     */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
