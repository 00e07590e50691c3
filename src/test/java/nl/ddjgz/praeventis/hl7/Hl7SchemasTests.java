package nl.ddjgz.praeventis.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class Hl7SchemasTests {

    @Test
    void compilesOnceForEveryone() {
        assertThat(Hl7Schemas.get()).isSameAs(Hl7Schemas.get());
        assertThat(Hl7Schemas.get().schema()).isNotNull();
    }

    @Test
    void acceptsEveryInteractionItKnows() {
        byte[] acknowledgement = Acknowledgement.accept(
                "2.999.3",
                "ACK-1",
                Instant.parse("2026-03-01T01:31:00Z"),
                new II("2.999.4", "1"),
                BatchListXml.DD_JGZ,
                BatchListXml.PRAEVENTIS);

        assertThat(Hl7Schemas.get().validate(Hl7Samples.valid())).isEmpty();
        assertThat(Hl7Schemas.get().validate(acknowledgement)).isEmpty();
        assertThat(Hl7Schemas.get().validate(acknowledgement, "MCCI_IN000002")).isEmpty();
        assertThat(Hl7Schemas.get().validate(acknowledgement, "PRMM_IN010043NL"))
                .extracting(ValidationError::message)
                .containsExactly("The root element is '{urn:hl7-org:v3}MCCI_IN000002'; expected"
                        + " '{urn:hl7-org:v3}PRMM_IN010043NL'.");
    }

    @Test
    void knowsTheVaccinationInteractions() {
        byte[] withBsn = VaccinationMessages.writer().write(VaccinationMessages.withBsn());
        byte[] anonymised = VaccinationMessages.writer().write(VaccinationMessages.anonymised());
        byte[] query = new StatusQueryWriter().write(StatusMessages.withPerson());
        byte[] answer = new StatusAnswerWriter().write(StatusMessages.ok());

        assertThat(List.of(withBsn, anonymised, query, answer))
                .allSatisfy(xml -> assertThat(Hl7Schemas.get().validate(xml)).isEmpty());
        assertThat(Hl7Schemas.get().validate(anonymised, "REPC_IN002140NL"))
                .extracting(ValidationError::message)
                .containsExactly("The root element is '{urn:hl7-org:v3}REPC_IN002145NL'; expected"
                        + " '{urn:hl7-org:v3}REPC_IN002140NL'.");
    }

    @Test
    void reportsEveryErrorWithItsPosition() {
        byte[] xml = Hl7Samples.validWith("<processingCode code=\"P\"/>", "<processingCode code=\"D\"/>");
        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8)
                .replace("classCode=\"LIST\"", "classCode=\"CLUSTER\"");

        List<ValidationError> errors =
                Hl7Schemas.get().validate(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).line()).isEqualTo(13);
        assertThat(errors.get(0).message())
                .contains("'D'")
                .contains("'processingCode'")
                .contains("'P'");
        assertThat(errors.get(1).line()).isEqualTo(43);
        assertThat(errors.get(1).message()).contains("'CLUSTER'").contains("'LIST'");
    }

    @Test
    void theStandardsLeniencyHolds() {
        // a list entry without expiry, an uncoded product and vaccine type: all in the valid sample
        assertThat(Hl7Schemas.get().validate(Hl7Samples.valid(), "PRMM_IN010043NL"))
                .isEmpty();
        // the transmission wrapper allows a device name and telecom, an attention line, respondTo
        byte[] extended = Hl7Samples.validWith("  <receiver typeCode=\"RCV\">", """
                  <attentionLine>
                    <keyWordText code="PATID" codeSystem="2.16.840.1.113883.2.4.15.1">Patient.id</keyWordText>
                    <value xsi:type="II" root="2.16.840.1.113883.2.4.6.3" extension="111222333"/>
                  </attentionLine>
                  <receiver typeCode="RCV">""");
        assertThat(Hl7Schemas.get().validate(extended, "PRMM_IN010043NL")).isEmpty();
    }

    @Test
    void validatesFromManyThreadsAtOnce() {
        byte[] valid = Hl7Samples.valid();
        byte[] invalid = Hl7Samples.invalid();

        List<Integer> errorCounts = IntStream.range(0, 32)
                .mapToObj(i -> CompletableFuture.supplyAsync(() ->
                        Hl7Schemas.get().validate(i % 2 == 0 ? valid : invalid).size()))
                .map(CompletableFuture::join)
                .toList();

        assertThat(errorCounts).containsOnly(0, 1).containsSequence(0, 1, 0, 1);
    }
}
