package nl.ddjgz.vaccicard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Vaccicard client against a small HTTP server on this machine: the OAuth2 client-credentials token is fetched
 * once and sent as bearer, a 401 drops it, refused credentials, timeouts and a closed port become answers (never
 * exceptions), and a missing configuration is reported instead of failing.
 */
class VaccicardClientTests {

    private static final String SECRET = "s3cret";

    private HttpServer server;
    private String base;
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final List<String> bearers = new CopyOnWriteArrayList<>();
    private final List<String> conditions = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();
    private final AtomicBoolean revoke = new AtomicBoolean();
    private final AtomicBoolean slow = new AtomicBoolean();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/fhir/Immunization", this::immunization);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected =
                "Basic " + Base64.getEncoder().encodeToString(("ddjgz:" + SECRET).getBytes(StandardCharsets.UTF_8));
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !form.contains("grant_type=client_credentials")) {
            answer(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        int n = tokensIssued.incrementAndGet();
        answer(
                exchange,
                200,
                "application/json",
                "{\"access_token\":\"t-" + n + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private void immunization(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        bearers.add(exchange.getRequestHeaders().getFirst("Authorization"));
        conditions.add(String.valueOf(exchange.getRequestHeaders().getFirst("If-None-Exist")));
        contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (slow.get()) {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (revoke.getAndSet(false)) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            answer(exchange, 401, "application/fhir+json", "{\"resourceType\":\"OperationOutcome\"}");
            return;
        }
        exchange.getResponseHeaders().add("Location", base + "/fhir/Immunization/x1/_history/1");
        answer(exchange, 201, "application/fhir+json", "{\"resourceType\":\"Immunization\",\"id\":\"x1\"}");
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private VaccicardClient client(String secret) {
        VaccicardProperties properties = new VaccicardProperties(
                base + "/fhir",
                base + "/token",
                "ddjgz",
                secret,
                "",
                "urn:ddjgz:vaccination",
                Duration.ofMillis(500),
                Duration.ofMillis(500));
        return new VaccicardClient(
                properties,
                () -> new VaccicardClient.Endpoints(base + "/fhir", base + "/token", "ddjgz", secret, null));
    }

    @Test
    void aConditionalCreateCarriesTheBearerTokenWhichIsFetchedOnceAndKept() {
        VaccicardClient client = client(SECRET);

        VaccicardClient.Answer first = client.create("{\"resourceType\":\"Immunization\"}", "identifier=a|b");
        VaccicardClient.Answer second = client.create("{\"resourceType\":\"Immunization\"}", "identifier=a|c");

        assertThat(first.kind()).isEqualTo(VaccicardClient.Answer.Kind.HTTP);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.location()).endsWith("/fhir/Immunization/x1/_history/1");
        assertThat(VaccicardAdapter.resourceId(first)).isEqualTo("x1");
        assertThat(second.status()).isEqualTo(201);
        assertThat(tokensIssued).hasValue(1);
        assertThat(bearers).containsExactly("Bearer t-1", "Bearer t-1");
        assertThat(conditions).containsExactly("identifier=a|b", "identifier=a|c");
        assertThat(contentTypes).allSatisfy(t -> assertThat(t).startsWith("application/fhir+json"));
    }

    @Test
    void aRefusedTokenIsDroppedSoTheNextAttemptFetchesANewOne() {
        VaccicardClient client = client(SECRET);
        client.create("{\"resourceType\":\"Immunization\"}", "identifier=a|b");
        revoke.set(true);

        VaccicardClient.Answer refused = client.create("{\"resourceType\":\"Immunization\"}", "identifier=a|b");
        VaccicardClient.Answer again = client.create("{\"resourceType\":\"Immunization\"}", "identifier=a|b");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(again.status()).isEqualTo(201);
        assertThat(tokensIssued).hasValue(2);
        assertThat(bearers).containsExactly("Bearer t-1", "Bearer t-1", "Bearer t-2");
    }

    @Test
    void credentialsTheTokenEndpointRefusesAreReportedForTheAdministrator() {
        VaccicardClient.Answer answer = client("wrong").create("{\"resourceType\":\"Immunization\"}", "identifier=a|b");

        assertThat(answer.kind()).isEqualTo(VaccicardClient.Answer.Kind.TOKEN_REFUSED);
        assertThat(answer.detail()).contains("invalid_client").doesNotContain("wrong");
        assertThat(bearers).isEmpty();
    }

    @Test
    void anAnswerLaterThanTheReadTimeoutIsNoAnswer() {
        VaccicardClient client = client(SECRET);
        slow.set(true);

        VaccicardClient.Answer answer = client.update("x1", "{\"resourceType\":\"Immunization\",\"id\":\"x1\"}");

        assertThat(answer.kind()).isEqualTo(VaccicardClient.Answer.Kind.UNREACHABLE);
        assertThat(answer.detail()).startsWith("transport: ");
    }

    @Test
    void aRegisterThatIsNotListeningIsNoAnswer() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + closed;
        VaccicardClient client = new VaccicardClient(
                new VaccicardProperties(
                        nowhere + "/fhir",
                        nowhere + "/token",
                        "ddjgz",
                        SECRET,
                        "",
                        "urn:ddjgz:vaccination",
                        Duration.ofMillis(500),
                        Duration.ofMillis(500)),
                () -> new VaccicardClient.Endpoints(nowhere + "/fhir", nowhere + "/token", "ddjgz", SECRET, null));

        VaccicardClient.Answer answer = client.create("{\"resourceType\":\"Immunization\"}", "identifier=a|b");

        assertThat(answer.kind()).isEqualTo(VaccicardClient.Answer.Kind.UNREACHABLE);
    }

    @Test
    void aMissingConfigurationIsAnAnswerNotAFailure() {
        VaccicardClient client = new VaccicardClient(
                null,
                () -> VaccicardClient.Endpoints.missing("Vaccicard is not configured: set DDJGZ_VACCICARD_BASE_URL"));

        VaccicardClient.Answer answer = client.create("{}", "identifier=a|b");

        assertThat(answer.kind()).isEqualTo(VaccicardClient.Answer.Kind.NOT_CONFIGURED);
        assertThat(answer.detail()).isEqualTo("Vaccicard is not configured: set DDJGZ_VACCICARD_BASE_URL");
    }
}
