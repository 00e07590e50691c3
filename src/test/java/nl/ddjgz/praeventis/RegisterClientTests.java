package nl.ddjgz.praeventis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.ddjgz.registry.Delivery;
import org.junit.jupiter.api.Test;

/** The transport to Praeventis when no endpoint is configured (an external database, a Belgian organisation). */
class RegisterClientTests {

    private final PraeventisProperties properties = new PraeventisProperties(
            "",
            "PRAEVENTIS",
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            new PraeventisProperties.Tls("", "", "", ""));

    private final RegisterClient client = new RegisterClient(() -> null, properties);

    @Test
    void withoutEndpointAMessageIsASetUpErrorForTheAdministratorNotAFailedStart() {
        Delivery delivery = client.send("<x/>".getBytes(StandardCharsets.UTF_8), "REPC_IN002140NL");

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.MISCONFIGURED);
        assertThat(delivery.detail()).contains("DDJGZ_PRAEVENTIS_ENDPOINT");
    }

    @Test
    void withoutEndpointAStatusQuestionIsAnsweredAsUnreachable() {
        RegisterClient.Exchange exchange = client.exchange("<x/>".getBytes(StandardCharsets.UTF_8), "REPC_IN002170NL");

        assertThat(exchange.failure()).isEqualTo(RegisterClient.Exchange.Failure.UNREACHABLE);
    }
}
