package nl.ddjgz.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A simulated register's requests are not observed by the module; the module's own requests still are. */
class LeanEndpointsTests {

    private final LeanEndpoints vaccicard = new LeanEndpoints("/simulator/vaccicard");

    @Test
    void theRegistersRequestsAreLeftOutAndTheModulesPagesStayObserved() {
        assertThat(vaccicard.test("http.server.requests", request("/simulator/vaccicard/fhir/Immunization")))
                .isFalse();
        assertThat(vaccicard.test("http.server.requests", request("/simulator/vaccicard")))
                .isFalse();
        assertThat(vaccicard.test("http.server.requests", request("/simulator/vaccicardx/fhir")))
                .isTrue();
        assertThat(vaccicard.test("http.server.requests", request("/dossiers"))).isTrue();
        assertThat(vaccicard.test("http.server.requests", request("/simulator/praeventis")))
                .isTrue();
    }

    @Test
    void onlyPathsBelowTheSimulatorsAreAccepted() {
        assertThatThrownBy(() -> new LeanEndpoints("/dossiers")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeanEndpoints("/simulator/vaccicard/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ServerRequestObservationContext request(String path) {
        return new ServerRequestObservationContext(
                new MockHttpServletRequest("POST", path), new MockHttpServletResponse());
    }
}
