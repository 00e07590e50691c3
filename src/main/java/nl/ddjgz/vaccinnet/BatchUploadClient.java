package nl.ddjgz.vaccinnet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.ddjgz.registry.Delivery;
import nl.ddjgz.vaccinnet.ws.BatchUploadXml;
import nl.ddjgz.vaccinnet.ws.InvalidWsMessageException;
import nl.ddjgz.vaccinnet.ws.ResultReply;
import nl.ddjgz.vaccinnet.ws.UploadReply;
import nl.ddjgz.vaccinnet.ws.UploadRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * SOAP over HTTP to Vaccinnet's BatchUpload service (or the built-in simulator), with connect and read timeouts.
 * Never throws for a transport problem: a reply, or the {@link Delivery} that says what went wrong (timeouts,
 * unreadable answers and HTTP 5xx/408/429 are retried; 401/403/404 and other statuses mean our set-up is wrong).
 */
class BatchUploadClient {

    /** What a call gave: the service's reply, or why there is none. */
    record Answer<T>(T reply, Delivery failure) {

        static <T> Answer<T> of(T reply) {
            return new Answer<>(reply, null);
        }

        static <T> Answer<T> failed(Delivery failure) {
            return new Answer<>(null, failure);
        }
    }

    private final Supplier<URI> endpoint;
    private final RestClient http;

    /**
     * @param endpoint where the service is; null when it is not configured (every call is then refused as a set-up
     *     error)
     */
    BatchUploadClient(Supplier<URI> endpoint, VaccinnetBatchProperties properties) {
        this.endpoint = endpoint;
        HttpClient jdk = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(jdk);
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /** Uploads one KMEHR message: a transaction id or a fault. */
    Answer<UploadReply> upload(UploadRequest request) {
        return call("upload", BatchUploadXml.writeUploadRequest(request), BatchUploadXml::readUploadReply);
    }

    /** Asks for the result of an upload. */
    Answer<ResultReply> result(String transactionId) {
        return call("result", BatchUploadXml.writeResultRequest(transactionId), BatchUploadXml::readResultReply);
    }

    private <T> Answer<T> call(String action, byte[] envelope, Function<byte[], T> reader) {
        URI uri = endpoint == null ? null : endpoint.get();
        if (uri == null) {
            return Answer.failed(Delivery.refused(
                    Delivery.Outcome.MISCONFIGURED,
                    0,
                    null,
                    "Vaccinnet BatchUpload is not configured: set DDJGZ_VACCINNET_BATCH_ENDPOINT"));
        }
        try {
            return http.post()
                    .uri(uri)
                    .contentType(MediaType.TEXT_XML)
                    .header("SOAPAction", "\"" + BatchUploadXml.NAMESPACE + ":" + action + "\"")
                    .body(envelope)
                    .exchange((req, response) -> {
                        int status = response.getStatusCode().value();
                        if (status != 200) {
                            return Answer.<T>failed(Delivery.ofHttpStatus(status, "HTTP " + status));
                        }
                        byte[] body = response.getBody().readAllBytes();
                        try {
                            return Answer.of(reader.apply(body));
                        } catch (InvalidWsMessageException | IllegalArgumentException e) {
                            // an answer we cannot read: we do not know what happened; asking again is safe
                            return Answer.<T>failed(Delivery.retryable(status, "unreadable answer"));
                        }
                    });
        } catch (ResourceAccessException e) {
            return Answer.failed(Delivery.retryable(
                    0,
                    e.getCause() instanceof HttpTimeoutException
                            ? "timeout"
                            : "transport: "
                                    + (e.getCause() == null
                                            ? e.getClass().getSimpleName()
                                            : e.getCause().getClass().getSimpleName())));
        } catch (RestClientException e) {
            return Answer.failed(
                    Delivery.retryable(0, "transport: " + e.getClass().getSimpleName()));
        }
    }
}
