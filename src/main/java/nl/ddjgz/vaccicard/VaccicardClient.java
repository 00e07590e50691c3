package nl.ddjgz.vaccicard;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ddjgz.vaccicard.fhir.FhirJson;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * HTTP(S) to Vaccicard's FHIR API with an OAuth2 access token (client credentials, Spring Security's OAuth2 client:
 * the token is fetched on first use, kept until it expires and dropped when the register answers 401). Connect and
 * read timeouts as configured. Never throws for a delivery problem: every outcome is an {@link Answer}, which the
 * adapter turns into a delivery. Built on first use, so that a missing configuration never stops the application:
 * it is reported on each message instead.
 */
class VaccicardClient {

    /** Our one client registration. */
    static final String REGISTRATION_ID = "vaccicard";

    /** Client credentials act for no user: the dispatcher is this principal (the key of the cached token). */
    private static final Authentication DISPATCHER = new AnonymousAuthenticationToken(
            "vaccicard", "ddjgz-dispatcher", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private static final MediaType FHIR_JSON = MediaType.parseMediaType(FhirJson.MEDIA_TYPE);

    private final VaccicardProperties properties;
    private final Supplier<Endpoints> endpoints;
    private volatile Connection connection;

    VaccicardClient(VaccicardProperties properties, Supplier<Endpoints> endpoints) {
        this.properties = properties;
        this.endpoints = endpoints;
    }

    /**
     * Where the register is and who we are to it, or what is missing.
     *
     * @param missing null when complete; otherwise what the administrator must configure (no secrets)
     */
    record Endpoints(String baseUrl, String tokenUrl, String clientId, String clientSecret, String missing) {

        static Endpoints missing(String what) {
            return new Endpoints(null, null, null, null, what);
        }

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "Endpoints[baseUrl=" + baseUrl + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", missing="
                    + missing + "]";
        }
    }

    /**
     * What came of a request.
     *
     * @param status the HTTP status ({@link Kind#HTTP}), or 0
     * @param body the answer's body ({@link Kind#HTTP}); may be empty
     * @param location the Location header of a create, if any
     * @param detail for the other kinds: what went wrong (no personal data, no secret)
     */
    record Answer(Kind kind, int status, String body, String location, String detail) {

        enum Kind {
            /** The register answered with this status. */
            HTTP,
            /** No answer: connection refused or dropped, timeout, the token endpoint unreachable or failing. */
            UNREACHABLE,
            /** The base URL, token URL or credentials are not configured. */
            NOT_CONFIGURED,
            /** The token endpoint refused our credentials (invalid_client, unauthorized_client, ...). */
            TOKEN_REFUSED
        }

        static Answer http(int status, String body, String location) {
            return new Answer(Kind.HTTP, status, body == null ? "" : body, location, null);
        }

        static Answer of(Kind kind, String detail) {
            return new Answer(kind, 0, null, null, detail);
        }
    }

    /** POST {@code <base>/Immunization} with {@code If-None-Exist} (a conditional create). */
    Answer create(String immunizationJson, String ifNoneExist) {
        return exchange(HttpMethod.POST, "/Immunization", immunizationJson, ifNoneExist);
    }

    /** PUT {@code <base>/Immunization/<id>} (an update, e.g. to entered-in-error). */
    Answer update(String id, String immunizationJson) {
        return exchange(HttpMethod.PUT, "/Immunization/" + id, immunizationJson, null);
    }

    private Answer exchange(HttpMethod method, String path, String json, String ifNoneExist) {
        Connection c;
        try {
            c = connection();
        } catch (IllegalArgumentException e) {
            return Answer.of(Answer.Kind.NOT_CONFIGURED, "Vaccicard configuration invalid: " + e.getMessage());
        }
        if (c.endpoints().missing() != null) {
            return Answer.of(Answer.Kind.NOT_CONFIGURED, c.endpoints().missing());
        }
        try {
            RestClient.RequestBodySpec request = c.rest()
                    .method(method)
                    .uri(URI.create(c.endpoints().baseUrl() + path))
                    .contentType(FHIR_JSON)
                    .accept(FHIR_JSON, MediaType.APPLICATION_JSON)
                    // the stored resource carries the id we keep for a later retraction
                    .header("Prefer", "return=representation");
            if (ifNoneExist != null) {
                request.header("If-None-Exist", ifNoneExist);
            }
            return request.body(json).exchange((req, res) -> {
                String body;
                try (InputStream in = res.getBody()) {
                    body = StreamUtils.copyToString(in, StandardCharsets.UTF_8);
                }
                return Answer.http(
                        res.getStatusCode().value(), body, res.getHeaders().getFirst("Location"));
            });
        } catch (OAuth2AuthorizationException e) {
            return tokenFailure(e);
        } catch (RestClientException e) {
            return Answer.of(
                    Answer.Kind.UNREACHABLE,
                    "transport: " + rootCause(e).getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            // a base URL that is no URL
            return Answer.of(Answer.Kind.NOT_CONFIGURED, "Vaccicard base URL invalid: check DDJGZ_VACCICARD_BASE_URL");
        }
    }

    /**
     * The token endpoint failed: unreachable, timed out or failing (5xx, 429) is worth a retry; a refusal of our
     * credentials is the administrator's.
     */
    static Answer tokenFailure(OAuth2AuthorizationException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return Answer.of(
                        Answer.Kind.UNREACHABLE,
                        "token endpoint: " + t.getClass().getSimpleName());
            }
            if (t instanceof RestClientResponseException r) {
                if (retryable(r.getStatusCode())) {
                    return Answer.of(
                            Answer.Kind.UNREACHABLE,
                            "token endpoint: HTTP " + r.getStatusCode().value());
                }
                // Spring reads an OAuth2 error body only on 400; a 401 (invalid_client with Basic) arrives as is
                Matcher error = OAUTH2_ERROR.matcher(r.getResponseBodyAsString());
                return refused("HTTP " + r.getStatusCode().value() + (error.find() ? ", " + error.group(1) : ""));
            }
        }
        String code = e.getError() == null ? "unknown" : e.getError().getErrorCode();
        if ("server_error".equals(code) || "temporarily_unavailable".equals(code)) {
            return Answer.of(Answer.Kind.UNREACHABLE, "token endpoint: " + code);
        }
        return refused(code);
    }

    /** The OAuth2 error code in a token endpoint's JSON answer. */
    private static final Pattern OAUTH2_ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([A-Za-z0-9_.-]{1,60})\"");

    private static Answer refused(String why) {
        return Answer.of(
                Answer.Kind.TOKEN_REFUSED,
                "Vaccicard refused our client credentials (" + why
                        + "): check DDJGZ_VACCICARD_CLIENT_ID and DDJGZ_VACCICARD_CLIENT_SECRET");
    }

    private static boolean retryable(HttpStatusCode status) {
        return status.is5xxServerError() || status.value() == 429 || status.value() == 408;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private Connection connection() {
        Endpoints wanted = endpoints.get();
        Connection current = connection;
        if (current != null && current.endpoints().equals(wanted)) {
            return current;
        }
        synchronized (this) {
            current = connection;
            if (current == null || !current.endpoints().equals(wanted)) {
                current = connect(wanted);
                connection = current;
            }
            return current;
        }
    }

    private record Connection(Endpoints endpoints, RestClient rest) {}

    private Connection connect(Endpoints to) {
        if (to.missing() != null) {
            return new Connection(to, null);
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());

        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(to.clientId())
                .clientSecret(to.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(to.tokenUrl())
                .scope(scopes(properties.scope()))
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        InMemoryOAuth2AuthorizedClientService tokens = new InMemoryOAuth2AuthorizedClientService(registrations);

        RestClientClientCredentialsTokenResponseClient tokenClient =
                new RestClientClientCredentialsTokenResponseClient();
        tokenClient.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        ClientCredentialsOAuth2AuthorizedClientProvider provider =
                new ClientCredentialsOAuth2AuthorizedClientProvider();
        provider.setAccessTokenResponseClient(tokenClient);

        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, tokens);
        manager.setAuthorizedClientProvider(provider);

        OAuth2ClientHttpRequestInterceptor bearer = new OAuth2ClientHttpRequestInterceptor(manager);
        bearer.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        bearer.setPrincipalResolver(request -> DISPATCHER);
        // a 401/403 from the register drops the cached token, so the next attempt fetches a new one
        bearer.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(tokens));

        RestClient rest = RestClient.builder()
                .requestFactory(requests)
                .requestInterceptor(bearer)
                .build();
        return new Connection(to, rest);
    }

    private static List<String> scopes(String scope) {
        return Arrays.stream(Objects.requireNonNullElse(scope, "").split("[\\s,]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }
}
