package nl.ddjgz.simulator.vaccinnet;

import java.time.Clock;
import java.util.Arrays;
import nl.ddjgz.simulator.Faults;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The RegistratieService simulator: embedded database only, unless the simulators are switched off. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("ddjgz.simulator.enabled")
class RegistratieSimulatorConfiguration {

    /** Its own faults, so that a test can fail this register without touching the others. */
    @Bean
    @Qualifier("vaccinnetRegistratieFaults")
    Faults vaccinnetRegistratieFaults(org.springframework.core.env.Environment environment) {
        return Faults.bounded(environment);
    }

    /** @param unknownInsz INSZs (comma-separated) the simulated registry does not know */
    @Bean
    RegistratieSimulator registratieSimulator(
            Clock clock, @Value("${ddjgz.simulator.vaccinnet.registratie.unknown-insz:}") String unknownInsz) {
        return new RegistratieSimulator(
                clock,
                Arrays.stream(unknownInsz.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());
    }
}
