package nl.ddjgz.simulator.praeventis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.ddjgz.praeventis.hl7.OfficialNictiz;
import nl.ddjgz.praeventis.hl7.StatusMessages;
import nl.ddjgz.praeventis.hl7.StatusQueryWriter;
import org.junit.jupiter.api.Test;

/** The status query as the simulated register reads it: ours, an official-shaped one, and broken ones. */
class ReceivedStatusQueryTests {

    private static byte[] ours() {
        return new StatusQueryWriter().write(StatusMessages.withPerson());
    }

    @Test
    void readsOurQuery() {
        ReceivedStatusQuery read = ReceivedStatusQuery.read(ours(), ReceivedVaccinationMessageTests.ZONE);

        assertThat(read.bsn()).isEqualTo("111222333");
        assertThat(read.queryId())
                .isEqualTo(new Id(StatusMessages.QUERY_ID.root(), StatusMessages.QUERY_ID.extension()));
        assertThat(read.person().birthDate()).isEqualTo(LocalDate.of(2025, 12, 12));
    }

    @Test
    void readsTheOfficialShapedQuery() {
        OfficialNictiz.assumeAvailable();
        byte[] xml = ReceivedVaccinationMessageTests.sample("REPC_IN002170NL-official.xml");
        OfficialNictiz.assertConforms(xml, "the hand-written REPC_IN002170NL");

        ReceivedStatusQuery read = ReceivedStatusQuery.read(xml, ReceivedVaccinationMessageTests.ZONE);

        assertThat(read.bsn()).isEqualTo("111222333");
        assertThat(read.queryId().extension()).isEqualTo("QRY-OFFICIAL-1");
        assertThat(read.person())
                .isEqualTo(new ReceivedStatusQuery.Person(
                        "Sanne Maria", "van der", "Berg", LocalDate.of(2025, 12, 12), "F", 112, "A", "3511 AB"));
    }

    @Test
    void refusesAPatientIdThatFailsTheElfproefAndAPostcodeWithoutSpace() {
        byte[] xml = new String(ours(), StandardCharsets.UTF_8)
                .replace("111222333", "123456789")
                .replace("3511 AB", "3511AB")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReceivedStatusQuery.read(xml, ReceivedVaccinationMessageTests.ZONE))
                .isInstanceOfSatisfying(
                        RefusedMessage.class,
                        e -> assertThat(e.refusals())
                                .extracting(Refusal::code)
                                .containsExactly(Refusal.BSN_ELFPROEF, Refusal.BSN_ELFPROEF, Refusal.POSTCODE));
    }
}
