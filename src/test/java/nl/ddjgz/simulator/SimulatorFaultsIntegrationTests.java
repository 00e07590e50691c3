package nl.ddjgz.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A fault asked for by form post that would hang the simulator for ever is cut to the configured bound. */
@IntegrationTest
class SimulatorFaultsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Faults faults;

    @AfterEach
    void clear() {
        faults.clear();
    }

    @Test
    void aSlowOrDownFaultByFormPostIsBounded() {
        Instant before = Instant.now();

        assertThat(new Visitor(port)
                        .postRaw(
                                "/simulator/praeventis/faults",
                                Map.of("slowMs", String.valueOf(Long.MAX_VALUE / 2), "downSeconds", "31536000"))
                        .statusCode())
                .isEqualTo(200);

        assertThat(faults.delay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(faults.refuseNow(before.plus(Duration.ofMinutes(10)).plusSeconds(5)))
                .as("down at most 10 minutes")
                .isFalse();
        assertThat(faults.refuseNow(Instant.now())).isTrue();
    }
}
