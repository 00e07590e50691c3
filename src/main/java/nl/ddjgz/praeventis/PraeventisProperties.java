package nl.ddjgz.praeventis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the module talks to Praeventis.
 *
 * <p>Our own application id (the sender device) is organisation data: the administrator enters it on the
 * organisation page, with the URA, the UZI server certificate number and our OIDs.
 *
 * @param endpoint the register's SOAP endpoint; blank: not configured (messages wait as STUCK); a path alone is this
 *     application's own port (the development run's simulator)
 * @param registerApplicationId the register's application id, the receiver device
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time allowed for the register's answer
 * @param tls client certificate and trust for mutual TLS
 */
@ConfigurationProperties("ddjgz.praeventis")
public record PraeventisProperties(
        @DefaultValue("") String endpoint,
        @DefaultValue("PRAEVENTIS") String registerApplicationId,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout,
        @DefaultValue Tls tls) {

    /**
     * @param keyStore the organisation's server certificate and key (PKCS12), for mutual TLS; empty: none
     * @param trustStore the CAs that sign the register's certificate (PKCS12); empty: the JVM's defaults
     */
    public record Tls(
            @DefaultValue("") String keyStore,
            @DefaultValue("") String keyStorePassword,
            @DefaultValue("") String trustStore,
            @DefaultValue("") String trustStorePassword) {}
}
