package nl.ddjgz.praeventis;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import nl.ddjgz.praeventis.hl7.AcknowledgementMessage;
import nl.ddjgz.praeventis.hl7.AcknowledgementReader;
import nl.ddjgz.praeventis.hl7.InvalidMessageException;
import nl.ddjgz.praeventis.hl7.Soap;
import nl.ddjgz.registry.Delivery;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * SOAP over HTTP(S) to the register, with mutual TLS when a key store is configured, and connect and read timeouts.
 * Never throws for a delivery problem: every outcome is a {@link Delivery}.
 *
 * <p>The exchange is blocking on the calling sender thread (Apache HttpClient's classic API over a pool of kept-alive
 * connections): one POST, one answer, no hand-off to other threads. Nothing is sent twice by the client itself (no
 * automatic retries, no redirects): whether a message goes again is the dispatcher's decision, with the same id.
 */
class RegisterClient implements AutoCloseable {

    /** Kept-alive connections to the register: more than any node's parallel sends (the dispatcher's parallelism). */
    private static final int CONNECTIONS = 64;

    private static final ContentType SOAP = ContentType.create("text/xml", StandardCharsets.UTF_8);

    private final Supplier<URI> endpoint;
    private final CloseableHttpClient http;
    private final PraeventisProperties settings;
    private final AcknowledgementReader acknowledgements = new AcknowledgementReader();

    RegisterClient(Supplier<URI> endpoint, PraeventisProperties properties) {
        this.endpoint = endpoint;
        this.settings = properties;
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout read = Timeout.of(settings.readTimeout());
        SSLContext tls = sslContext(properties.tls());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(
                                tls == null
                                        ? DefaultClientTlsStrategy.createSystemDefault()
                                        : new DefaultClientTlsStrategy(tls))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(read)
                                // a connection the register may have closed while idle is checked before reuse
                                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                                .build())
                        .setMaxConnPerRoute(CONNECTIONS)
                        .setMaxConnTotal(CONNECTIONS)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(read)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .build();
    }

    /** Sends one message (the HL7 bytes; the SOAP envelope is added here). */
    Delivery send(byte[] message, String interaction) {
        URI to = endpoint.get();
        if (to == null) {
            return Delivery.refused(
                    Delivery.Outcome.MISCONFIGURED,
                    0,
                    null,
                    "Praeventis is not configured: set DDJGZ_PRAEVENTIS_ENDPOINT and retry the message");
        }
        Answer response;
        try {
            response = post(to, message, interaction);
        } catch (SocketTimeoutException e) {
            // a read timeout, or a connect timeout (Apache's ConnectTimeoutException is one)
            return Delivery.retryable(0, "timeout");
        } catch (IOException e) {
            return Delivery.retryable(0, "transport: " + e.getClass().getSimpleName());
        }
        int status = response.status();
        if (status != 200) {
            return Delivery.ofHttpStatus(status, "HTTP " + status);
        }
        AcknowledgementMessage ack;
        try {
            ack = acknowledgements.readEnvelope(response.body());
        } catch (InvalidMessageException | IllegalArgumentException e) {
            // an answer we cannot read: we do not know whether it arrived; the same id is safe to send again
            return Delivery.retryable(status, "unreadable acknowledgement");
        }
        String text = ack.details().stream()
                .map(d -> (d.code() == null ? "" : d.code() + ": ") + (d.text() == null ? "" : d.text()))
                .collect(Collectors.joining("; "));
        return switch (ack.typeCode()) {
            case CA -> new Delivery(Delivery.Outcome.ACCEPTED, status, "CA", text);
            case CE -> new Delivery(Delivery.Outcome.ERROR, status, "CE", text);
            case CR -> new Delivery(Delivery.Outcome.REJECTED, status, "CR", text);
        };
    }

    /** The HTTP status and the body of the register's answer, read whole; the connection goes back to the pool. */
    private record Answer(int status, byte[] body) {}

    /** The message in a SOAP envelope, posted with its interaction as the SOAP action. */
    private Answer post(URI to, byte[] message, String interaction) throws IOException {
        HttpPost post = new HttpPost(to);
        post.setHeader("SOAPAction", "\"urn:hl7-org:v3/" + interaction + "\"");
        post.setEntity(new ByteArrayEntity(Soap.envelopeWritten(message), SOAP));
        return http.execute(
                post,
                response -> new Answer(
                        response.getCode(),
                        response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity())));
    }

    /**
     * A synchronous question to the register (the status query): the answer's HL7 message, or why there is none.
     */
    Exchange exchange(byte[] message, String interaction) {
        URI to = endpoint.get();
        if (to == null) {
            return new Exchange(Exchange.Failure.UNREACHABLE, null);
        }
        try {
            Answer response = post(to, message, interaction);
            if (response.status() != 200) {
                return new Exchange(Exchange.Failure.UNREACHABLE, null);
            }
            return new Exchange(null, Soap.body(response.body()));
        } catch (SocketTimeoutException e) {
            return new Exchange(Exchange.Failure.TIMEOUT, null);
        } catch (IOException | RuntimeException e) {
            return new Exchange(Exchange.Failure.UNREACHABLE, null);
        }
    }

    /** The answer to a synchronous question, or the failure. */
    record Exchange(Failure failure, byte[] answer) {
        enum Failure {
            TIMEOUT,
            UNREACHABLE
        }
    }

    /** Closes the pool's connections (when the application stops). */
    @Override
    public void close() throws IOException {
        http.close();
    }

    private static SSLContext sslContext(PraeventisProperties.Tls tls) {
        if (tls.keyStore().isBlank() && tls.trustStore().isBlank()) {
            return null;
        }
        try {
            KeyManagerFactory keys = null;
            if (!tls.keyStore().isBlank()) {
                KeyStore store = load(tls.keyStore(), tls.keyStorePassword());
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, tls.keyStorePassword().toCharArray());
            }
            TrustManagerFactory trust = null;
            if (!tls.trustStore().isBlank()) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(tls.trustStore(), tls.trustStorePassword()));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Praeventis TLS set-up failed: check the key and trust stores", e);
        }
    }

    private static KeyStore load(String path, String password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            store.load(in, password.toCharArray());
        }
        return store;
    }
}
