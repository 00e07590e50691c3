package nl.ddjgz.simulator;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.security.config.annotation.web.builders.WebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * A simulated register's endpoints under {@code prefix} stand outside the module's own web stack: Spring Security
 * leaves them alone (no filter chain: the register is another system and checks its own credentials, as the real one
 * does) and the module does not observe its requests (no HTTP server observation, no metrics per request). As a bean
 * it is both the {@link WebSecurityCustomizer} and the {@link ObservationPredicate} that say so. The register's own
 * checks of what it receives are untouched; only the module's per-request web work for the other system goes.
 *
 * @param prefix a path such as {@code /simulator/vaccicard}; everything below it is meant
 */
public record LeanEndpoints(String prefix) implements WebSecurityCustomizer, ObservationPredicate {

    public LeanEndpoints {
        if (prefix == null || !prefix.startsWith("/simulator/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("a simulator path without trailing slash, e.g. /simulator/vaccicard");
        }
    }

    @Override
    public void customize(WebSecurity web) {
        web.ignoring().requestMatchers(prefix, prefix + "/**");
    }

    /** False (not observed) for a request to one of the endpoints; true for everything else. */
    @Override
    public boolean test(String name, Observation.Context context) {
        return !(context instanceof ServerRequestObservationContext request
                && request.getCarrier() != null
                && covers(request.getCarrier().getRequestURI()));
    }

    /** Whether the path (without context path) is one of these endpoints. */
    public boolean covers(String path) {
        return path != null && (path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
