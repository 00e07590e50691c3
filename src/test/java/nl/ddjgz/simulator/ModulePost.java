package nl.ddjgz.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import nl.ddjgz.praeventis.hl7.Soap;
import org.springframework.core.env.Environment;

/** How the simulated register posts a message to the module's inbound endpoint: SOAP, with the register's login. */
final class ModulePost {

    private ModulePost() {}

    /** Posts the HL7 message in a SOAP envelope to the path of the running module; the answer as text. */
    static HttpResponse<String> send(
            HttpClient http, Environment environment, String path, String username, String password, byte[] message)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + environment.getProperty("local.server.port", "8080") + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(Soap.envelope(message)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the module acknowledged with CA (read with the register's own reading). */
    static boolean accepted(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return false;
        }
        try {
            return nl.ddjgz.simulator.praeventis.ReceivedAcknowledgement.read(
                            response.body().getBytes(StandardCharsets.UTF_8))
                    .accepted();
        } catch (nl.ddjgz.simulator.praeventis.RefusedMessage e) {
            return false;
        }
    }
}
