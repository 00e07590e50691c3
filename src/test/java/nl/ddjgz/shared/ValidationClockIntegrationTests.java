package nl.ddjgz.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ValidatorFactory;
import java.time.ZoneId;
import nl.ddjgz.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The form checks "not in the future" (a contact moment's date) by the Dutch date, as the pages do: on a JVM in UTC a
 * contact moment for today was refused between midnight and 1 a.m. Dutch time.
 */
@IntegrationTest
class ValidationClockIntegrationTests {

    @Autowired
    ValidatorFactory validation;

    @Test
    void beanValidationUsesTheDutchClock() {
        assertThat(validation.getClockProvider().getClock().getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
    }
}
