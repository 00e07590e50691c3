package nl.ddjgz.simulator.vaccicard;

import java.time.Clock;
import java.time.Duration;
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
 * The simulated Vaccicard, like the other simulators only on the embedded database and unless switched off. It
 * accepts the client credentials the application is configured with ({@code ddjgz.vaccicard.client-id} and
 * {@code -secret}; a blank secret means {@value #DEFAULT_SECRET}, which the Vaccicard client uses then as well). Its
 * endpoints live under {@value VaccicardSimulatorController#BASE}, served by a plain servlet outside the module's web
 * stack ({@link DirectToRegister}: its requests go straight to it, past the module's servlet filters; {@link
 * LeanEndpoints}: no security chain, no request observation; the bearer token is checked by the endpoint itself).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("ddjgz.simulator.enabled")
class VaccicardSimulatorConfiguration {

    /** The secret of the default run (the same as the Vaccicard client's fallback). */
    static final String DEFAULT_SECRET = "simulator-secret";

    @Bean
    SimulatedVaccicard simulatedVaccicard(
            @Value("${ddjgz.vaccicard.client-id:ddjgz}") String clientId,
            @Value("${ddjgz.vaccicard.client-secret:}") String clientSecret) {
        return new SimulatedVaccicard(clientId, clientSecret.isBlank() ? DEFAULT_SECRET : clientSecret);
    }

    /**
     * The simulated Vaccicard's faults: fail next (503), slow, down until, lose the answer after storing. Also set by
     * configuration for the default run, e.g. DDJGZ_SIMULATOR_VACCICARD_FAULTS_SLOW=300ms.
     */
    @Bean
    Faults vaccicardFaults(
            @Value("${ddjgz.simulator.vaccicard.faults.fail-next:0}") int failNext,
            @Value("${ddjgz.simulator.vaccicard.faults.slow:0ms}") Duration slow,
            org.springframework.core.env.Environment environment) {
        Faults faults = Faults.bounded(environment);
        faults.failNext(failNext);
        faults.slow(slow);
        return faults;
    }

    /** The register's endpoints: a servlet of their own, beside (not behind) the module's DispatcherServlet. */
    @Bean
    ServletRegistrationBean<VaccicardSimulatorController> vaccicardSimulatorEndpoints(
            SimulatedVaccicard register, @Qualifier("vaccicardFaults") Faults faults, Clock clock) {
        ServletRegistrationBean<VaccicardSimulatorController> servlet = new ServletRegistrationBean<>(
                new VaccicardSimulatorController(register, faults, clock), VaccicardSimulatorController.BASE + "/*");
        servlet.setName("vaccicardSimulator");
        return servlet;
    }

    /** Its requests straight to that servlet, past the module's servlet filters. */
    @Bean
    FilterRegistrationBean<DirectToRegister> vaccicardSimulatorDirect(
            @Qualifier("vaccicardSimulatorEndpoints") ServletRegistrationBean<VaccicardSimulatorController> endpoints,
            ObjectProvider<CharacterEncodingFilter> encoding,
            @Qualifier(DirectToRegister.BODY_LIMIT) ObjectProvider<FilterRegistrationBean<?>> bodyLimit) {
        return DirectToRegister.of(endpoints, encoding.getIfAvailable(), bodyLimit.getIfAvailable());
    }

    @Bean
    LeanEndpoints vaccicardSimulatorLean() {
        return new LeanEndpoints(VaccicardSimulatorController.BASE);
    }
}
