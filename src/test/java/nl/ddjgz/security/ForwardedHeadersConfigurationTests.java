package nl.ddjgz.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties.ForwardHeadersStrategy;

/**
 * {@code DDJGZ_FORWARD_HEADERS_STRATEGY} is read when the filter is registered at start-up, so it holds in the
 * production start's context prepared at build time too: Spring's filter runs for {@code framework} only.
 */
class ForwardedHeadersConfigurationTests {

    private static boolean filterOn(ForwardHeadersStrategy strategy) {
        ServerProperties server = new ServerProperties();
        server.setForwardHeadersStrategy(strategy);
        return new ForwardedHeadersConfiguration()
                .frameworkForwardedHeaderFilter(server)
                .isEnabled();
    }

    @Test
    void springsFilterRunsOnlyForTheFrameworkStrategy() {
        assertThat(filterOn(ForwardHeadersStrategy.FRAMEWORK)).isTrue();
        assertThat(filterOn(ForwardHeadersStrategy.NATIVE)).isFalse();
        assertThat(filterOn(ForwardHeadersStrategy.NONE)).isFalse();
        assertThat(filterOn(null)).isFalse();
    }
}
