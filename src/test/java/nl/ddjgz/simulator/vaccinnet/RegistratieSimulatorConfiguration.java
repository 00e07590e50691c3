package nl.ddjgz.simulator.vaccinnet;

import java.time.Clock;
import java.util.Arrays;
import nl.ddjgz.simulator.DirectToRegister;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.simulator.LeanEndpoints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.CharacterEncodingFilter;

/**
 * The RegistratieService simulator: embedded database only, unless the simulators are switched off. Its endpoint is a
 * servlet of its own on {@value RegistratieSimulatorController#PATH}, outside the module's web stack ({@link
 * DirectToRegister}, {@link LeanEndpoints}).
 */
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

    @Bean
    ServletRegistrationBean<RegistratieSimulatorController> registratieSimulatorEndpoint(
            RegistratieSimulator registry, @Qualifier("vaccinnetRegistratieFaults") Faults faults, Clock clock) {
        ServletRegistrationBean<RegistratieSimulatorController> servlet = new ServletRegistrationBean<>(
                new RegistratieSimulatorController(registry, faults, clock), RegistratieSimulatorController.PATH);
        servlet.setName("vaccinnetRegistratieSimulator");
        return servlet;
    }

    /** Its requests straight to that servlet, past the module's servlet filters. */
    @Bean
    FilterRegistrationBean<DirectToRegister> registratieSimulatorDirect(
            @Qualifier("registratieSimulatorEndpoint") ServletRegistrationBean<RegistratieSimulatorController> endpoint,
            ObjectProvider<CharacterEncodingFilter> encoding,
            @Qualifier(DirectToRegister.BODY_LIMIT) ObjectProvider<FilterRegistrationBean<?>> bodyLimit) {
        return DirectToRegister.of(endpoint, encoding.getIfAvailable(), bodyLimit.getIfAvailable());
    }

    @Bean
    LeanEndpoints registratieSimulatorLean() {
        return new LeanEndpoints(RegistratieSimulatorController.PATH);
    }
}
