package nl.ddjgz.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The simulator runs inside the default run (embedded database) unless switched off, and never with an external
 * database (production). Its endpoint is open: it stands in for an external system.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("ddjgz.simulator.enabled")
class SimulatorConfiguration {

    @Bean
    SimulatedRegister simulatedRegister() {
        return new SimulatedRegister();
    }

    /** Faults can also be set by configuration, e.g. DDJGZ_SIMULATOR_FAULTS_SLOW=200ms for a slow register. */
    /** The Praeventis simulator's faults (the primary bean; each other simulator has its own, by qualifier). */
    @Bean
    @org.springframework.context.annotation.Primary
    Faults faults(
            @org.springframework.beans.factory.annotation.Value("${ddjgz.simulator.faults.fail-next:0}") int failNext,
            @org.springframework.beans.factory.annotation.Value("${ddjgz.simulator.faults.slow:0ms}")
                    java.time.Duration slow,
            org.springframework.core.env.Environment environment) {
        Faults faults = Faults.bounded(environment);
        faults.failNext(failNext);
        faults.slow(slow);
        return faults;
    }

    @Bean
    @Order(-1)
    SecurityFilterChain simulatorChain(HttpSecurity http) throws Exception {
        // every simulated register (Praeventis, Vaccinnet, Vaccicard) lives under /simulator
        http.securityMatcher("/simulator/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
