package nl.ddjgz.praeventis;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.ddjgz.registry.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The transport to Praeventis: when no endpoint is configured (an external database, a Belgian organisation), and how
 * each answer of a real HTTP server (or its silence) becomes a delivery outcome.
 */
class RegisterClientTests {

    private final PraeventisProperties properties = new PraeventisProperties(
            "",
            "PRAEVENTIS",
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            new PraeventisProperties.Tls("", "", "", ""));

    private final RegisterClient client = new RegisterClient(() -> null, properties);

    @Test
    void withoutEndpointAMessageIsASetUpErrorForTheAdministratorNotAFailedStart() {
        Delivery delivery = client.send("<x/>".getBytes(StandardCharsets.UTF_8), "REPC_IN002140NL");

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.MISCONFIGURED);
        assertThat(delivery.detail()).contains("DDJGZ_PRAEVENTIS_ENDPOINT");
    }

    @Test
    void withoutEndpointAStatusQuestionIsAnsweredAsUnreachable() {
        RegisterClient.Exchange exchange = client.exchange("<x/>".getBytes(StandardCharsets.UTF_8), "REPC_IN002170NL");

        assertThat(exchange.failure()).isEqualTo(RegisterClient.Exchange.Failure.UNREACHABLE);
    }

    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopServer() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    /** A register at a local port that answers every POST with {@code status} after {@code delay}. */
    private URI register(int status, Duration delay, List<String> headers) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/praeventis", exchange -> {
            headers.add(exchange.getRequestMethod() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + exchange.getRequestHeaders().getFirst("SOAPAction"));
            exchange.getRequestBody().readAllBytes();
            try {
                release.await(delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "<nietsoap/>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/praeventis");
    }

    private static PraeventisProperties timeouts(Duration read) {
        return new PraeventisProperties(
                "", "PRAEVENTIS", Duration.ofSeconds(1), read, new PraeventisProperties.Tls("", "", "", ""));
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsATimeoutToSendAgainLater() throws Exception {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        URI register = register(200, Duration.ofSeconds(10), seen);
        try (RegisterClient slow = new RegisterClient(() -> register, timeouts(Duration.ofMillis(300)))) {
            Delivery delivery = slow.send("<x/>".getBytes(StandardCharsets.UTF_8), "REPC_IN002140NL");

            assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
            assertThat(delivery.detail()).isEqualTo("timeout");
            assertThat(seen).containsExactly("POST text/xml; charset=UTF-8 \"urn:hl7-org:v3/REPC_IN002140NL\"");
        }
    }

    @Test
    void aRegisterThatIsBusyIsAskedAgainLaterAndOneThatCannotBeReachedToo() throws Exception {
        URI busy = register(503, Duration.ZERO, Collections.synchronizedList(new ArrayList<>()));
        URI nobody;
        try (ServerSocket free = new ServerSocket(0)) {
            nobody = URI.create("http://127.0.0.1:" + free.getLocalPort() + "/praeventis");
        }
        try (RegisterClient toBusy = new RegisterClient(() -> busy, timeouts(Duration.ofSeconds(5)));
                RegisterClient toNobody = new RegisterClient(() -> nobody, timeouts(Duration.ofSeconds(5)))) {
            Delivery unavailable = toBusy.send("<x/>".getBytes(StandardCharsets.UTF_8), "REPC_IN002140NL");
            Delivery unreachable = toNobody.send("<x/>".getBytes(StandardCharsets.UTF_8), "REPC_IN002140NL");

            assertThat(unavailable.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
            assertThat(unavailable.httpStatus()).isEqualTo(503);
            assertThat(unavailable.detail()).isEqualTo("HTTP 503");
            assertThat(unreachable.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
            assertThat(unreachable.detail()).startsWith("transport: ");
        }
    }

    @Test
    void anAnswerThatIsNoAcknowledgementIsUnreadableAndToBeSentAgain() throws Exception {
        URI register = register(200, Duration.ZERO, Collections.synchronizedList(new ArrayList<>()));
        try (RegisterClient toRegister = new RegisterClient(() -> register, timeouts(Duration.ofSeconds(5)))) {
            Delivery delivery = toRegister.send("<x/>".getBytes(StandardCharsets.UTF_8), "REPC_IN002140NL");

            assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
            assertThat(delivery.httpStatus()).isEqualTo(200);
            assertThat(delivery.detail()).isEqualTo("unreadable acknowledgement");
        }
    }
}
