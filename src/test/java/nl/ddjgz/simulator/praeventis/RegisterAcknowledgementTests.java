package nl.ddjgz.simulator.praeventis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.ddjgz.praeventis.hl7.Acknowledgement;
import nl.ddjgz.praeventis.hl7.AcknowledgementMessage;
import nl.ddjgz.praeventis.hl7.AcknowledgementReader;
import nl.ddjgz.praeventis.hl7.II;
import org.junit.jupiter.api.Test;

/** The register's own CA, as the module reads it (our schema check included): the same as our writer's CA. */
class RegisterAcknowledgementTests {

    private static final String APPLICATION = "2.16.840.1.113883.2.4.6.6";
    private static final Instant AT = Instant.parse("2026-12-07T15:30:05.123Z");

    @Test
    void theModuleReadsTheRegistersAcceptAsItReadsItsOwnWriters() {
        Id target = new Id("2.16.840.1.113883.2.4.3.8.1000.3", "MSG-1");
        byte[] registers = RegisterAcknowledgement.accept(
                new Id(APPLICATION, "ACK-1"), AT, target, new Id(APPLICATION, "PRAEVENTIS"), new Id(APPLICATION, "1"));
        byte[] ours = Acknowledgement.accept(
                APPLICATION,
                "ACK-1",
                AT,
                new II(target.root(), target.extension()),
                II.application("PRAEVENTIS"),
                II.application("1"));

        AcknowledgementReader reader = new AcknowledgementReader();
        AcknowledgementMessage read = reader.read(registers);

        assertThat(read).isEqualTo(reader.read(ours));
        assertThat(read.typeCode()).isEqualTo(AcknowledgementMessage.TypeCode.CA);
        assertThat(read.targetMessageId()).isEqualTo(new II(target.root(), target.extension()));
        assertThat(read.sender()).isEqualTo(II.application("PRAEVENTIS"));
        assertThat(read.receiver()).isEqualTo(II.application("1"));
        // 15:30:05 UTC is 16:30:05 in Amsterdam in December
        assertThat(read.creationTime()).isEqualTo(Instant.parse("2026-12-07T15:30:05Z"));
    }

    @Test
    void escapesWhatTheSenderPutInTheIdsItAcknowledges() {
        Id target = new Id("2.16.840.1.113883.2.4.3.8.1000.3", "a&b<\"c'>");
        byte[] registers = RegisterAcknowledgement.accept(
                new Id(APPLICATION, "ACK-2"),
                AT,
                target,
                new Id(APPLICATION, "PRAEVENTIS"),
                new Id(APPLICATION, "x&y"));

        AcknowledgementMessage read = new AcknowledgementReader().read(registers);

        assertThat(read.targetMessageId().extension()).isEqualTo("a&b<\"c'>");
        assertThat(read.receiver().extension()).isEqualTo("x&y");
    }
}
