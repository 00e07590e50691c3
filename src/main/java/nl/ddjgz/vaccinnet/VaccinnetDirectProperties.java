package nl.ddjgz.vaccinnet;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the module talks to Vaccinnet's RegistratieService (synchronous add, remove and get for one patient).
 *
 * @param endpoint the service's SOAP endpoint; blank: not configured (messages wait as STUCK); a path alone is this
 *     application's own port (the development run's simulator)
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time allowed for the registry's answer
 */
@ConfigurationProperties("ddjgz.vaccinnet.registratie")
public record VaccinnetDirectProperties(
        @DefaultValue("") String endpoint,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout) {}
