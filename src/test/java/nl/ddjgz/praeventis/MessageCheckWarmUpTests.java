package nl.ddjgz.praeventis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.ddjgz.praeventis.hl7.VaccinationMessage;
import nl.ddjgz.praeventis.hl7.VaccinationMessageWriter;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's sample messages pass the real schema check and message rules (one that failed would end the warm-up at
 * its first message), in both interactions, with and without an objection; it waits for the first request, and it
 * yields to real messages (composed or sent) and counts the real ones checked towards its own.
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

    @Test
    void realMessagesCheckedBeforeItBeginsTakeThePlaceOfItsSamples() throws InterruptedException {
        MessageCheckWarmUp warmUp = new MessageCheckWarmUp(3, Duration.ofHours(1), Duration.ofHours(1));
        warmUp.start();
        for (int n = 0; n < 3; n++) {
            warmUp.messageChecked();
        }

        warmUp.requestHandled();

        assertThat(warmUp.awaitFinished(Duration.ofMinutes(2))).isTrue();
        assertThat(warmUp.samplesWritten()).isZero();
    }

    @Test
    void itWritesNoSampleWhileRealMessagesComeAndEndsWhenTheyHaveWarmedTheCheck() throws InterruptedException {
        MessageCheckWarmUp warmUp = new MessageCheckWarmUp(3, Duration.ofHours(1), Duration.ofHours(1));
        warmUp.start();
        warmUp.messageChecked();
        warmUp.requestHandled();

        Awaitility.await().atMost(Duration.ofMinutes(2)).until(warmUp::yielding);
        assertThat(warmUp.samplesWritten()).isZero();
        assertThat(warmUp.finished()).isFalse();

        warmUp.messageChecked();
        warmUp.messageChecked();

        assertThat(warmUp.awaitFinished(Duration.ofMinutes(2))).isTrue();
        assertThat(warmUp.samplesWritten()).isZero();
    }

    @Test
    void messagesSentMakeItWaitToo() throws InterruptedException {
        MessageCheckWarmUp warmUp = new MessageCheckWarmUp(3, Duration.ofHours(1), Duration.ofHours(1));
        warmUp.start();
        warmUp.messagesSent();
        warmUp.requestHandled();

        Awaitility.await().atMost(Duration.ofMinutes(2)).until(warmUp::yielding);
        assertThat(warmUp.samplesWritten()).isZero();

        // real messages checked end it; sending alone never would
        for (int n = 0; n < 3; n++) {
            warmUp.messageChecked();
        }
        assertThat(warmUp.awaitFinished(Duration.ofMinutes(2))).isTrue();
        assertThat(warmUp.samplesWritten()).isZero();
    }

    @Test
    void onceRealWorkHasPausedItWritesOnlyWhatTheRealMessagesLeft() throws InterruptedException {
        // no quiet time: the real work before it began has "paused" at once
        MessageCheckWarmUp warmUp = new MessageCheckWarmUp(3, Duration.ofHours(1), Duration.ZERO);
        warmUp.start();
        warmUp.messageChecked();

        warmUp.requestHandled();

        assertThat(warmUp.awaitFinished(Duration.ofMinutes(2))).isTrue();
        assertThat(warmUp.samplesWritten()).isEqualTo(2);
    }

    @Test
    void withoutRealWorkItWritesEverySample() throws InterruptedException {
        MessageCheckWarmUp warmUp = new MessageCheckWarmUp(3, Duration.ZERO, Duration.ofHours(1));
        warmUp.start();

        assertThat(warmUp.awaitFinished(Duration.ofMinutes(2))).isTrue();
        assertThat(warmUp.samplesWritten()).isEqualTo(3);
    }

    @Test
    void theAdapterTellsItOfEveryMessageItComposes() {
        MessageCheckWarmUp warmUp = new MessageCheckWarmUp(2, Duration.ofHours(1), Duration.ofHours(1));
        PraeventisAdapter adapter =
                new PraeventisAdapter(PraeventisConformance.properties(), null, PraeventisConformance::sender, warmUp);

        adapter.compose(PraeventisConformance.registration(), UUID.randomUUID().toString(), Instant.now());
        adapter.composer()
                .compose(PraeventisConformance.registration(), UUID.randomUUID().toString(), Instant.now());

        // two real messages checked: the warm-up of two has nothing left to do and does not start
        warmUp.start();
        assertThat(warmUp.finished()).isTrue();
        assertThat(warmUp.begun()).isFalse();
    }
}
