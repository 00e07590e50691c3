package nl.ddjgz.vaccicard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the module talks to Vaccicard: the FHIR base URL, the OAuth2 token endpoint and our client credentials. They
 * must be set, or every message waits as STUCK with a text saying what is missing; a path alone is this same
 * application's own port (the development run's simulator).
 * The defaults, each with its environment variable, are set in one place: {@code application.properties}.
 *
 * @param baseUrl the FHIR R4 base URL (the {@code Immunization} endpoint is {@code <baseUrl>/Immunization})
 * @param tokenUrl the OAuth2 token endpoint (client credentials)
 * @param clientId our OAuth2 client id
 * @param clientSecret our OAuth2 client secret
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
        Duration readTimeout) {}
