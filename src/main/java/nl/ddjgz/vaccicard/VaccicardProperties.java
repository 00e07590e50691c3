package nl.ddjgz.vaccicard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the module talks to Vaccicard: the FHIR base URL, the OAuth2 token endpoint and our client credentials. Blank
 * URLs mean the built-in simulator of this same application (only on the embedded database); with an external
 * database they must be set, or every message waits as STUCK with a text saying what is missing. The defaults, each
 * with its environment variable, are set in one place: {@code application.properties}.
 *
 * @param baseUrl the FHIR R4 base URL (the {@code Immunization} endpoint is {@code <baseUrl>/Immunization})
 * @param tokenUrl the OAuth2 token endpoint (client credentials)
 * @param clientId our OAuth2 client id
 * @param clientSecret our OAuth2 client secret; blank on the simulator means the simulator's own
 * @param scope the scopes to ask for, separated by spaces or commas; blank: none
 * @param identifierSystem the namespace (a URI) of our business identifiers on the Immunizations
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time allowed for an answer
 */
@ConfigurationProperties("ddjgz.vaccicard")
public record VaccicardProperties(
        String baseUrl,
        String tokenUrl,
        String clientId,
        String clientSecret,
        String scope,
        String identifierSystem,
        Duration connectTimeout,
        Duration readTimeout) {

    /**
     * The secret the built-in simulator expects when none is configured (the simulator module holds the same value: it
     * may not depend on this module).
     */
    static final String SIMULATOR_SECRET = "simulator-secret";

    /** Paths of the built-in simulator. */
    static final String SIMULATOR_FHIR_PATH = "/simulator/vaccicard/fhir";

    static final String SIMULATOR_TOKEN_PATH = "/simulator/vaccicard/oauth2/token";
}
