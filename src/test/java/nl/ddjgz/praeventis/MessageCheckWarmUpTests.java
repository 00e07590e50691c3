package nl.ddjgz.praeventis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.ddjgz.praeventis.hl7.VaccinationMessage;
import nl.ddjgz.praeventis.hl7.VaccinationMessageWriter;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's sample messages pass the real schema check and message rules (one that failed would end the warm-up at
 * its first message), in both interactions, with and without an objection.
 */
class MessageCheckWarmUpTests {

    private final VaccinationMessageWriter writer = new VaccinationMessageWriter("2.999.10.1");

    @Test
    void everyKindOfSampleMessagePassesTheCheck() {
        for (int n = 0; n < 6; n++) {
            VaccinationMessage sample = MessageCheckWarmUp.sample(n);
            String xml = new String(writer.write(sample), StandardCharsets.UTF_8);
            assertThat(xml)
                    .as("sample %d", n)
                    .contains(sample.anonymised() ? VaccinationMessage.ANONYMISED : VaccinationMessage.WITH_BSN);
        }
        assertThat(MessageCheckWarmUp.sample(0).items()).anyMatch(VaccinationMessage.Item::isObjection);
        assertThat(MessageCheckWarmUp.sample(1).anonymised()).isTrue();
    }

    @Test
    void switchedOffItStartsNothing() {
        MessageCheckWarmUp off = new MessageCheckWarmUp(0, Duration.ZERO);
        off.start();
        assertThat(off.finished()).isTrue();
        assertThat(off.begun()).isFalse();
    }

    @Test
    void itWaitsForTheFirstRequestServedBeforeWritingAnything() throws InterruptedException {
        MessageCheckWarmUp warmUp = new MessageCheckWarmUp(3, Duration.ofHours(1));
        warmUp.start();
        assertThat(warmUp.begun()).as("before any request").isFalse();
        assertThat(warmUp.finished()).isFalse();

        warmUp.requestHandled();

        assertThat(warmUp.awaitFinished(Duration.ofMinutes(2))).isTrue();
        assertThat(warmUp.begun()).isTrue();
    }

    @Test
    void withoutARequestItBeginsAfterTheDelay() throws InterruptedException {
        MessageCheckWarmUp warmUp = new MessageCheckWarmUp(3, Duration.ZERO);
        warmUp.start();

        assertThat(warmUp.awaitFinished(Duration.ofMinutes(2))).isTrue();
        assertThat(warmUp.begun()).isTrue();
    }
}
