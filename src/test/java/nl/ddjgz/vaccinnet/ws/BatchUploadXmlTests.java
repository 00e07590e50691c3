package nl.ddjgz.vaccinnet.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.ddjgz.shared.xml.Soap11;
import nl.ddjgz.shared.xml.XmlRefusedException;
import nl.ddjgz.simulator.vaccinnet.BatchUploadMessages;
import nl.ddjgz.vaccinnet.TestInsz;
import org.junit.jupiter.api.Test;

/**
 * Our adapter's side of the BatchUpload contract (requests written, replies read), each time against the simulated
 * registry's own reading and writing ({@link BatchUploadMessages}).
 */
class BatchUploadXmlTests {

    private static final byte[] KMEHR = "<kmehrmessage xmlns=\"http://www.ehealth.fgov.be/standards/kmehr/schema/v1\"/>"
            .getBytes(StandardCharsets.UTF_8);

    private static final String PAKKET = "ddjgz_vaccinatie_kindengezin";

    @Test
    void uploadRequestRoundTripsInASoapEnvelope() {
        UploadRequest request = new UploadRequest(KMEHR, "vaccination", PAKKET);

        byte[] envelope = BatchUploadXml.writeUploadRequest(request);

        String text = new String(envelope, StandardCharsets.UTF_8);
        assertThat(text)
                .contains(Soap11.NAMESPACE)
                .contains(BatchUploadXml.NAMESPACE)
                .contains("<pakket>" + PAKKET);
        BatchUploadMessages.UploadRequest received = BatchUploadMessages.readUpload(envelope);
        assertThat(received.kmehrMessage()).isEqualTo(KMEHR);
        assertThat(received.type()).isEqualTo("vaccination");
        assertThat(received.pakket()).isEqualTo(PAKKET);
    }

    @Test
    void uploadRepliesRoundTrip() {
        UploadReply accepted = UploadReply.accepted("T-2026-0001");
        UploadReply refused = UploadReply.refused(new Fault("E042", "Ongeldig certificaat"));

        assertThat(BatchUploadXml.readUploadReply(BatchUploadMessages.writeUploadReply(accepted)))
                .isEqualTo(accepted);
        assertThat(BatchUploadXml.readUploadReply(BatchUploadMessages.writeUploadReply(refused)))
                .isEqualTo(refused);
    }

    @Test
    void resultRequestAndRepliesRoundTrip() {
        assertThat(BatchUploadMessages.readResultRequest(BatchUploadXml.writeResultRequest("T-1")))
                .isEqualTo("T-1");
        LocalDate birth = LocalDate.of(2025, 5, 17);
        ResultReply processed = ResultReply.of(new ProcessingResult(
                "T-1",
                ProcessingStatus.PROCESSED,
                List.of(
                        new PatientResult(
                                TestInsz.of(birth, 11),
                                List.of(
                                        new TransactionResult("vac-1", "OK", null),
                                        new TransactionResult("vac-2", "ZNT", "zorgvrager niet teruggevonden"))),
                        new PatientResult(TestInsz.of(LocalDate.of(1999, 12, 31), 42), List.of()))));
        ResultReply pending = ResultReply.of(new ProcessingResult("T-2", ProcessingStatus.PENDING, List.of()));
        ResultReply unknown = ResultReply.refused(new Fault("UNKNOWN_TRANSACTION", null));

        for (ResultReply reply : List.of(processed, pending, unknown)) {
            assertThat(BatchUploadXml.readResultReply(BatchUploadMessages.writeResultReply(reply)))
                    .isEqualTo(reply);
        }
    }

    @Test
    void pakketHasAtMostFiftyCharacters() {
        assertThatThrownBy(() -> new UploadRequest(KMEHR, "vaccination", "p".repeat(51)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("50");
        assertThat(new UploadRequest(KMEHR, "vaccination", "p".repeat(50)).pakket())
                .hasSize(50);

        String tooLong = new String(
                        BatchUploadXml.writeUploadRequest(new UploadRequest(KMEHR, "vaccination", "p".repeat(50))),
                        StandardCharsets.UTF_8)
                .replace("p".repeat(50), "p".repeat(51));
        assertThatThrownBy(() -> BatchUploadMessages.readUpload(tooLong.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(XmlRefusedException.class);
    }

    @Test
    void aDoctypeIsRefused() {
        String envelope = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<soap:Envelope xmlns:soap=\"" + Soap11.NAMESPACE + "\"><soap:Body>"
                + "<resultRequest xmlns=\"" + BatchUploadXml.NAMESPACE + "\"><transactionId>&e;</transactionId>"
                + "</resultRequest></soap:Body></soap:Envelope>";

        assertThatThrownBy(() -> BatchUploadMessages.readResultRequest(envelope.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        XmlRefusedException.class,
                        e -> assertThat(e.errors().toString()).containsIgnoringCase("DOCTYPE"));
    }

    @Test
    void anotherElementInTheBodyIsRefused() {
        byte[] reply = BatchUploadMessages.writeUploadReply(UploadReply.accepted("T-1"));

        assertThatThrownBy(() -> BatchUploadXml.readResultReply(reply))
                .isInstanceOf(InvalidWsMessageException.class)
                .hasMessageContaining("resultResponse");
    }

    @Test
    void anInvalidInszInAResultIsRefusedWithoutShowingIt() {
        LocalDate birth = LocalDate.of(2025, 5, 17);
        String valid = TestInsz.digits(birth, 11);
        String invalid = TestInsz.invalid(birth, 11);
        String text = new String(
                        BatchUploadMessages.writeResultReply(ResultReply.of(new ProcessingResult(
                                "T-1",
                                ProcessingStatus.PROCESSED,
                                List.of(new PatientResult(TestInsz.of(birth, 11), List.of()))))),
                        StandardCharsets.UTF_8)
                .replace(valid, invalid);

        assertThatThrownBy(() -> BatchUploadXml.readResultReply(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidWsMessageException.class,
                        e -> assertThat(e.getMessage() + e.errors()).doesNotContain(invalid));
    }
}
