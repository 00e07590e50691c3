package nl.ddjgz.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A register's URL: as configured, or a path on the own port once the server runs; blank is not configured. */
class RegisterEndpointsTests {

    @Test
    void aPathIsOnThePortOfTheRunningServerAskedUntilItIsKnownThenKept() {
        MockEnvironment environment = new MockEnvironment();
        Supplier<URI> endpoint = RegisterEndpoints.resolve(" /simulator/praeventis ", environment);

        assertThat(endpoint.get()).isEqualTo(URI.create("http://localhost:8080/simulator/praeventis"));
        environment.setProperty("local.server.port", "43127");
        assertThat(endpoint.get()).isEqualTo(URI.create("http://localhost:43127/simulator/praeventis"));

        environment.setProperty("local.server.port", "1");
        assertThat(endpoint.get()).isEqualTo(URI.create("http://localhost:43127/simulator/praeventis"));
        assertThat(RegisterEndpoints.url("/simulator/praeventis", environment))
                .isEqualTo("http://localhost:1/simulator/praeventis");
    }

    @Test
    void anAbsoluteUrlIsTakenAsItIsAndBlankIsNotConfigured() {
        MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "43127");

        assertThat(RegisterEndpoints.resolve("https://register.example/soap", environment)
                        .get())
                .isEqualTo(URI.create("https://register.example/soap"));
        assertThat(RegisterEndpoints.url(" https://register.example/soap ", environment))
                .isEqualTo("https://register.example/soap");
        assertThat(RegisterEndpoints.resolve(" ", environment)).isNull();
        assertThat(RegisterEndpoints.resolve(null, environment)).isNull();
    }
}
