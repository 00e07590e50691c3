package nl.ddjgz.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Production defaults behind a TLS proxy, over real HTTP: a request the proxy (on this host) marks as HTTPS gets
 * Strict-Transport-Security and a Secure session cookie; a plain http request on localhost gets neither, so the default
 * run keeps working.
 */
@IntegrationTest
class HttpsDefaultsIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> loginPage(String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    @Test
    void aRequestTheProxyServedOverHttpsGetsHstsAndASecureCookie() {
        HttpResponse<String> page = loginPage("X-Forwarded-Proto", "https");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000 ; includeSubDomains");
        assertThat(sessionCookie(page)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void aPlainHttpRequestOnLocalhostGetsNeither() {
        HttpResponse<String> page = loginPage();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(page)).doesNotContainIgnoringCase("secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void theDefaultRunOnHttpLocalhostStillLogsIn() {
        Visitor visitor = new Visitor(port);
        assertThat(Visitor.location(visitor.login("arts", "demo-wachtwoord"))).isEqualTo("/");
        assertThat(visitor.get("/dossiers").statusCode()).isEqualTo(200);
    }
}
