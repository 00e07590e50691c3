package nl.ddjgz.registry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the outbox is delivered, whatever the register. */
@ConfigurationProperties("ddjgz.registry")
public record RegistryProperties(@DefaultValue Dispatcher dispatcher) {

    /**
     * @param enabled whether this node sends (every node may; they share the work safely)
     * @param node this node's name in claims and attempts (default: host name and process id)
     * @param pollInterval pause between two rounds when the queue is empty
     * @param batchSize messages claimed per round (at least one full request of a register that takes many)
     * @param lease how long a claim holds: a node that dies mid-send releases its messages when it runs out
     * @param maxAttempts attempts before a message is STUCK and waits for the administrator
     * @param initialBackoff wait after the first failed attempt; doubles per attempt, with jitter
     * @param maxBackoff longest wait between attempts
     * @param readTimeout time allowed for the register's answer (a stopping node waits this long for sends)
     * @param parallelism concurrent requests per node
     * @param pollRetry wait before asking again when asking for an outcome failed
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
            @DefaultValue("20s") Duration readTimeout,
            @DefaultValue("8") int parallelism,
            @DefaultValue("1m") Duration pollRetry) {}
}
