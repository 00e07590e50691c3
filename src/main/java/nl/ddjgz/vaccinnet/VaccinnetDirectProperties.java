package nl.ddjgz.vaccinnet;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the module talks to Vaccinnet's RegistratieService (synchronous add, remove and get for one patient).
 *
 * @param endpoint the service's SOAP endpoint; empty means the built-in simulator of the default run (embedded
 *     database only; with an external database every message goes to STUCK saying the endpoint is missing)
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time allowed for the registry's answer
 */
@ConfigurationProperties("ddjgz.vaccinnet.registratie")
public record VaccinnetDirectProperties(
        @DefaultValue("") String endpoint,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout) {}
