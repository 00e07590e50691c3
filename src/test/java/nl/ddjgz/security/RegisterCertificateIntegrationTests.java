package nl.ddjgz.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.ddjgz.IntegrationTest;
import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The register's certificate login over real mutual TLS: the running module gets an extra HTTPS connector on a random
 * port that requires a client certificate (keys made here with the JDK's keytool), and the register's endpoint is
 * called with certificates. A certificate whose CN is the register account's user name is let in; one whose CN is a
 * staff user's name (an administrator, a doctor) is refused, and nobody is logged in as that person.
 */
@IntegrationTest
class RegisterCertificateIntegrationTests {

    private static final String PASSWORD = "test-keystore";

    @TempDir
    static Path keys;

    @Autowired
    WebServerApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private Connector connector;

    @BeforeEach
    void mutualTlsConnector() throws Exception {
        if (!Files.exists(keys.resolve("server.p12"))) {
            keytool(
                    "-genkeypair",
                    "-alias",
                    "server",
                    "-keyalg",
                    "RSA",
                    "-keysize",
                    "2048",
                    "-validity",
                    "2",
                    "-dname",
                    "CN=localhost",
                    "-ext",
                    "SAN=dns:localhost,ip:127.0.0.1",
                    "-keystore",
                    keys.resolve("server.p12").toString());
            for (String cn : List.of("praeventis", "beheerder", "arts", "somebody-else")) {
                keytool(
                        "-genkeypair",
                        "-alias",
                        "client",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=" + cn + ",O=Test",
                        "-keystore",
                        keys.resolve(cn + ".p12").toString());
            }
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            for (String cn : List.of("praeventis", "beheerder", "arts", "somebody-else")) {
                trusted.setCertificateEntry(cn, certificate(keys.resolve(cn + ".p12")));
            }
            try (OutputStream out = Files.newOutputStream(keys.resolve("clients.p12"))) {
                trusted.store(out, PASSWORD.toCharArray());
            }
        }
        connector = new Connector("org.apache.coyote.http11.Http11NioProtocol");
        connector.setPort(0);
        connector.setScheme("https");
        connector.setSecure(true);
        connector.setProperty("SSLEnabled", "true");
        SSLHostConfig ssl = new SSLHostConfig();
        ssl.setCertificateVerification("required");
        ssl.setTruststoreFile(keys.resolve("clients.p12").toString());
        ssl.setTruststorePassword(PASSWORD);
        ssl.setTruststoreType("PKCS12");
        SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(ssl, SSLHostConfigCertificate.Type.RSA);
        certificate.setCertificateKeystoreFile(keys.resolve("server.p12").toString());
        certificate.setCertificateKeystorePassword(PASSWORD);
        certificate.setCertificateKeystoreType("PKCS12");
        ssl.addCertificate(certificate);
        connector.addSslHostConfig(ssl);
        ((TomcatWebServer) context.getWebServer()).getTomcat().getService().addConnector(connector);
    }

    @AfterEach
    void removeConnector() {
        ((TomcatWebServer) context.getWebServer()).getTomcat().getService().removeConnector(connector);
    }

    @Test
    void theRegistersCertificateIsLetInAsTheRegisterAccount() throws Exception {
        long logins = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'LOGIN' and username = 'praeventis'", Long.class);

        HttpResponse<String> answer = postAsCertificate("praeventis");

        assertThat(answer.statusCode()).isEqualTo(200);
        // past the login: the module read the body and answered with its refusal acknowledgement (no XML sent)
        assertThat(answer.body()).contains("MCCI_IN000002").contains("typeCode=\"CR\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'LOGIN' and username = 'praeventis'",
                        Long.class))
                .as("a stateless certificate call is no login")
                .isEqualTo(logins);
    }

    @Test
    void aCertificateNamedLikeAStaffUserDoesNotLogInAsThatPerson() throws Exception {
        long logins = jdbc.queryForObject(
                "select count(*) from audit_event where username in ('beheerder', 'arts')", Long.class);

        for (String staff : List.of("beheerder", "arts", "somebody-else")) {
            HttpResponse<String> answer = postAsCertificate(staff);
            assertThat(answer.statusCode()).as("certificate CN=%s", staff).isIn(401, 403);
            assertThat(answer.body()).doesNotContain("MCCI_IN000002");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where username in ('beheerder', 'arts')", Long.class))
                .as("nobody acted as the staff user")
                .isEqualTo(logins);
    }

    private HttpResponse<String> postAsCertificate(String cn) throws Exception {
        KeyStore client = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys.resolve(cn + ".p12"))) {
            client.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(client, PASSWORD.toCharArray());
        KeyStore serverTrust = KeyStore.getInstance("PKCS12");
        serverTrust.load(null, null);
        serverTrust.setCertificateEntry("server", certificate(keys.resolve("server.p12")));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(serverTrust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        HttpClient http = HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
        return http.send(
                HttpRequest.newBuilder(
                                URI.create("https://localhost:" + connector.getLocalPort() + "/praeventis/batch-list"))
                        .header("Content-Type", "text/xml")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString("no xml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Certificate certificate(Path keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store.getCertificate(store.aliases().nextElement());
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD, "-noprompt"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
