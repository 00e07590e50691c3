package nl.ddjgz.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.batch.BatchCheck;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.batch.BatchSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The simulated register pushes its nightly list to the module's endpoint, which stores it as the current list. */
@IntegrationTest
class BatchListPusherIntegrationTests {

    @Autowired
    BatchListPusher pusher;

    @Autowired
    BatchNumbers batchNumbers;

    @Test
    void theNightlyListArrivesOverSoapAndBecomesTheCurrentList() {
        long before = batchNumbers.currentList().orElseThrow().id();

        assertThat(pusher.pushNow()).isTrue();

        var current = batchNumbers.currentList().orElseThrow();
        assertThat(current.id()).isGreaterThan(before);
        assertThat(current.source()).isEqualTo(BatchSource.REGISTER);
        assertThat(batchNumbers.freshness().isCurrent()).isTrue();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        assertThat(batchNumbers.check("11", "VX241A", today).outcome()).isEqualTo(BatchCheck.Outcome.VALID);
        assertThat(batchNumbers.check("11", "VX230X", today).outcome()).isEqualTo(BatchCheck.Outcome.EXPIRED);
    }
}
