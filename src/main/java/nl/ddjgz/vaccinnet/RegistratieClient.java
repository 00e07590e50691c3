package nl.ddjgz.vaccinnet;

import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.ddjgz.registry.Delivery;
import nl.ddjgz.shared.xml.Soap11;
import nl.ddjgz.shared.xml.XmlRefusedException;
import nl.ddjgz.vaccinnet.ws.InvalidWsMessageException;
import nl.ddjgz.vaccinnet.ws.RegistratieXml;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * SOAP 1.1 over HTTP to Vaccinnet's RegistratieService: a POST of a ready envelope with its SOAPAction, with connect
 * and read timeouts. Never throws for a delivery problem: an answer it can read is returned, anything else is the
 * {@link Delivery} that says what to do (a SOAP Server fault, 5xx and timeouts are retried; a SOAP Client fault is a
 * refusal for a person; 401/403/404 and a missing endpoint are set-up errors). Thread-safe.
 */
class RegistratieClient {

    /** The SOAPAction of each operation: our namespace, a slash and the operation. */
    static String soapAction(String operation) {
        return "\"" + RegistratieXml.NAMESPACE + "/" + operation + "\"";
    }

    private final Supplier<URI> endpoint;
    private final String missingEndpoint;
    private final RestClient http;

    /**
     * @param endpoint where the service is (asked on every request: the simulator's port is known late)
     * @param missingEndpoint when not null, the set-up is incomplete: every request ends STUCK with this text
     */
    RegistratieClient(Supplier<URI> endpoint, String missingEndpoint, VaccinnetDirectProperties properties) {
        this.endpoint = endpoint;
        this.missingEndpoint = missingEndpoint;
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    /** The reply to an AddVaccinations envelope. */
    Answer<nl.ddjgz.vaccinnet.ws.AddVaccinationsReply> add(byte[] envelope) {
        return call(envelope, "AddVaccinations", RegistratieXml::readAddVaccinationsReply);
    }

    /** The reply to a RemoveVaccination envelope. */
    Answer<nl.ddjgz.vaccinnet.ws.RemoveReply> remove(byte[] envelope) {
        return call(envelope, "RemoveVaccination", RegistratieXml::readRemoveReply);
    }

    /** The reply to a GetVaccinations envelope. */
    Answer<nl.ddjgz.vaccinnet.ws.GetVaccinationsReply> get(byte[] envelope) {
        return call(envelope, "GetVaccinations", RegistratieXml::readGetVaccinationsReply);
    }

    /** The registry's reply, or (when there is none to read) what the attempt counts as. */
    record Answer<T>(T reply, Delivery failure) {

        static <T> Answer<T> of(T reply) {
            return new Answer<>(reply, null);
        }

        static <T> Answer<T> failed(Delivery failure) {
            return new Answer<>(null, failure);
        }
    }

    private record Raw(int status, byte[] body) {}

    private <T> Answer<T> call(byte[] envelope, String operation, Function<byte[], T> reader) {
        if (missingEndpoint != null) {
            return Answer.failed(new Delivery(Delivery.Outcome.MISCONFIGURED, 0, null, missingEndpoint));
        }
        Raw raw;
        try {
            raw = http.post()
                    .uri(endpoint.get())
                    .contentType(new MediaType(MediaType.TEXT_XML, java.nio.charset.StandardCharsets.UTF_8))
                    .header("SOAPAction", soapAction(operation))
                    .body(envelope)
                    .exchangeForRequiredValue(
                            (request, response) -> new Raw(
                                    response.getStatusCode().value(),
                                    response.getBody().readAllBytes()),
                            true);
        } catch (ResourceAccessException e) {
            return Answer.failed(Delivery.retryable(0, timeout(e) ? "timeout" : "transport: " + cause(e)));
        } catch (RestClientException e) {
            return Answer.failed(Delivery.retryable(0, "transport: " + cause(e)));
        }
        if (raw.status() == 200) {
            try {
                return Answer.of(reader.apply(raw.body()));
            } catch (InvalidWsMessageException | IllegalArgumentException e) {
                // we cannot tell whether it was stored: the same message is safe to send again (same transaction ids)
                return Answer.failed(Delivery.retryable(200, "unreadable answer to " + operation));
            }
        }
        SoapFault fault = SoapFault.in(raw.body());
        if (fault != null) {
            return Answer.failed(fault.delivery(raw.status()));
        }
        return Answer.failed(Delivery.ofHttpStatus(raw.status(), "HTTP " + raw.status()));
    }

    private static boolean timeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The class of the root cause (never its message: it may hold a URL or data). */
    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    /**
     * A SOAP 1.1 Fault: {@code faultcode} Server (the service cannot answer now: retried) or Client (our message was
     * refused: a person looks), and the {@code faultstring}.
     */
    record SoapFault(String code, String text) {

        static SoapFault in(byte[] envelope) {
            if (envelope == null || envelope.length == 0) {
                return null;
            }
            Element body;
            try {
                body = Soap11.bodyElement(envelope, nl.ddjgz.shared.xml.XmlErrors.maskDigitRuns(9, Integer.MAX_VALUE));
            } catch (XmlRefusedException e) {
                return null;
            }
            if (!Soap11.NAMESPACE.equals(body.getNamespaceURI()) || !"Fault".equals(body.getLocalName())) {
                return null;
            }
            return new SoapFault(child(body, "faultcode"), child(body, "faultstring"));
        }

        /** Whether the fault is the sender's (Client): otherwise the service's (Server), which passes. */
        boolean client() {
            String local = code == null ? "" : code.substring(code.indexOf(':') + 1);
            return local.startsWith("Client");
        }

        Delivery delivery(int status) {
            String detail = "SOAP fault " + code + (text == null || text.isBlank() ? "" : ": " + text);
            return client()
                    ? Delivery.refused(Delivery.Outcome.REJECTED, status, code, detail)
                    : Delivery.retryable(status, detail);
        }

        private static String child(Element parent, String name) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element e && name.equals(e.getLocalName())) {
                    return e.getTextContent().strip();
                }
            }
            return null;
        }
    }
}
