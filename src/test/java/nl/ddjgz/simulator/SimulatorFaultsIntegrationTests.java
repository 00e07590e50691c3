package nl.ddjgz.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fault asked for by form post that would hang the simulator for ever is cut to the configured bound; the registers'
 * endpoints, past the module's filters, keep the inbound body limit.
 */
@IntegrationTest
class SimulatorFaultsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Faults faults;

    @AfterEach
    void clear() {
        faults.clear();
    }

    @Test
    void aSlowOrDownFaultByFormPostIsBounded() {
        Instant before = Instant.now();

        assertThat(new Visitor(port)
                        .postRaw(
                                "/simulator/praeventis/faults",
                                Map.of("slowMs", String.valueOf(Long.MAX_VALUE / 2), "downSeconds", "31536000"))
                        .statusCode())
                .isEqualTo(200);

        assertThat(faults.delay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(faults.refuseNow(before.plus(Duration.ofMinutes(10)).plusSeconds(5)))
                .as("down at most 10 minutes")
                .isFalse();
        assertThat(faults.refuseNow(Instant.now())).isTrue();
    }

    /**
     * The registers' endpoints are handed their requests past the module's filters ({@link DirectToRegister}) but
     * keep the inbound body limit, announced length or chunks, for each of the three servlets.
     */
    @Test
    void theRegistersEndpointsKeepTheInboundBodyLimit() throws Exception {
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of(
                "/simulator/praeventis",
                "/simulator/vaccinnet/registratie",
                "/simulator/vaccicard/fhir/Immunization")) {
            HttpResponse<String> announced = client.send(
                    post(path, HttpRequest.BodyPublishers.ofByteArray(huge)), HttpResponse.BodyHandlers.ofString());
            assertThat(announced.statusCode()).as(path).isEqualTo(413);
            assertThat(announced.body()).as(path).contains("Het bericht is te groot", "5.120 kB");
            HttpResponse<String> chunked = client.send(
                    post(path, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(chunked.statusCode()).as(path).isEqualTo(413);
        }
    }

    /** What the register answers itself still comes through, without the module's session or security headers. */
    @Test
    void theRegistersOwnAnswersComeStraightFromTheirServlets() throws Exception {
        HttpResponse<String> notXml = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/simulator/praeventis"))
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString("x"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(notXml.statusCode()).isEqualTo(415);
        assertThat(notXml.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(notXml.headers().firstValue("X-Content-Type-Options")).isEmpty();
    }

    private HttpRequest post(String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", path.contains("vaccicard") ? "application/fhir+json" : "text/xml")
                .POST(body)
                .build();
    }
}
