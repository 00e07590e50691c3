package nl.ddjgz.praeventis;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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

/**
 * SOAP over HTTP(S) to the register, with mutual TLS when a key store is configured, and connect and read timeouts.
 * Never throws for a delivery problem: every outcome is a {@link Delivery}.
 */
class RegisterClient {

    private final Supplier<URI> endpoint;
    private final HttpClient http;
    private final PraeventisProperties settings;
    private final AcknowledgementReader acknowledgements = new AcknowledgementReader();

    RegisterClient(Supplier<URI> endpoint, PraeventisProperties properties) {
        this.endpoint = endpoint;
        this.settings = properties;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        SSLContext tls = sslContext(properties.tls());
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
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
        HttpRequest request = soapPost(to, message, interaction);
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return Delivery.retryable(0, "timeout");
        } catch (IOException e) {
            return Delivery.retryable(0, "transport: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retryable(0, "interrupted");
        }
        int status = response.statusCode();
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

    /** The message in a SOAP envelope, posted with its interaction as the SOAP action. */
    private HttpRequest soapPost(URI to, byte[] message, String interaction) {
        return HttpRequest.newBuilder(to)
                .timeout(settings.readTimeout())
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:hl7-org:v3/" + interaction + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Soap.envelopeWritten(message)))
                .build();
    }

    /**
     * A synchronous question to the register (the status query): the answer's HL7 message, or why there is none.
     */
    Exchange exchange(byte[] message, String interaction) {
        URI to = endpoint.get();
        if (to == null) {
            return new Exchange(Exchange.Failure.UNREACHABLE, null);
        }
        HttpRequest request = soapPost(to, message, interaction);
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return new Exchange(Exchange.Failure.UNREACHABLE, null);
            }
            return new Exchange(null, Soap.body(response.body()));
        } catch (HttpTimeoutException e) {
            return new Exchange(Exchange.Failure.TIMEOUT, null);
        } catch (IOException | RuntimeException e) {
            return new Exchange(Exchange.Failure.UNREACHABLE, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
