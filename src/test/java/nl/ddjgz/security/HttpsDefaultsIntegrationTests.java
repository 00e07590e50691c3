package nl.ddjgz.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Production defaults behind a TLS proxy, over real HTTP: a request the proxy (on this host) marks as HTTPS gets
 * Strict-Transport-Security and a Secure session cookie; a plain http request on localhost gets neither, so the default
 * run keeps working. The client's address the proxy forwards is the one in the audit trail (and the login throttling).
 */
@IntegrationTest
class HttpsDefaultsIntegrationTests {

    /** A workstation behind the proxy (documentation range). */
    private static final String CLIENT = "203.0.113.7";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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
    void theAuditTrailNamesTheClientTheProxyForwards() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = "http://localhost:" + port;
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                .header("X-Forwarded-For", CLIENT)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "username=arts&password=demo-wachtwoord&_csrf=" + URLEncoder.encode(csrf.group(1), UTF_8);
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("X-Forwarded-For", CLIENT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(Visitor.location(login)).isEqualTo("/");
        assertThat(jdbc.queryForObject(
                        "select remote_address from audit_event where username = 'arts' and action = 'LOGIN'"
                                + " order by id desc limit 1",
                        String.class))
                .isEqualTo(CLIENT);
    }

    @Test
    void theDefaultRunOnHttpLocalhostStillLogsIn() {
        Visitor visitor = new Visitor(port);
        assertThat(Visitor.location(visitor.login("arts", "demo-wachtwoord"))).isEqualTo("/");
        assertThat(visitor.get("/dossiers").statusCode()).isEqualTo(200);
    }
}
