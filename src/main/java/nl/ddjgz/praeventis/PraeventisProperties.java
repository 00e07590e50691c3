package nl.ddjgz.praeventis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the module talks to Praeventis.
 *
 * @param endpoint the register's SOAP endpoint; empty means the built-in simulator of the default run
 * @param applicationId our application id (root 2.16.840.1.113883.2.4.6.6), the sender device
 * @param registerApplicationId the register's application id, the receiver device
 * @param dispatcher the delivery settings
 * @param tls client certificate and trust for mutual TLS
 */
@ConfigurationProperties("ddjgz.praeventis")
public record PraeventisProperties(
        @DefaultValue("") String endpoint,
        @DefaultValue("DDJGZ") String applicationId,
        @DefaultValue("PRAEVENTIS") String registerApplicationId,
        @DefaultValue Dispatcher dispatcher,
        @DefaultValue Tls tls) {

    /**
     * @param enabled whether this node sends (every node may; they share the work safely)
     * @param node this node's name in claims and attempts (default: host name and process id)
     * @param pollInterval pause between two rounds when the queue is empty
     * @param batchSize messages claimed per round
     * @param lease how long a claim holds: a node that dies mid-send releases its messages when it runs out
     * @param maxAttempts attempts before a message is STUCK and waits for the administrator
     * @param initialBackoff wait after the first failed attempt; doubles per attempt, with jitter
     * @param maxBackoff longest wait between attempts
     * @param connectTimeout TCP connect timeout
     * @param readTimeout time allowed for the register's answer
     * @param parallelism concurrent sends per node
     */
    public record Dispatcher(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("") String node,
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("50") int batchSize,
            @DefaultValue("60s") Duration lease,
            @DefaultValue("12") int maxAttempts,
            @DefaultValue("2s") Duration initialBackoff,
            @DefaultValue("5m") Duration maxBackoff,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("20s") Duration readTimeout,
            @DefaultValue("8") int parallelism) {}

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
