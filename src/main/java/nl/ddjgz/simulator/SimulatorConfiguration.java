package nl.ddjgz.simulator;

import nl.ddjgz.database.ConditionalOnEmbeddedDatabase;
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
@ConditionalOnEmbeddedDatabase
@ConditionalOnBooleanProperty(name = "ddjgz.simulator.enabled", matchIfMissing = true)
class SimulatorConfiguration {

    @Bean
    SimulatedRegister simulatedRegister() {
        return new SimulatedRegister();
    }

    @Bean
    Faults faults() {
        return new Faults();
    }

    @Bean
    @Order(-1)
    SecurityFilterChain simulatorChain(HttpSecurity http) throws Exception {
        http.securityMatcher(SimulatorController.PATH + "/**", SimulatorController.PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
