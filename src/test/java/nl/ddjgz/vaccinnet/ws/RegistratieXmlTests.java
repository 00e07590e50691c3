package nl.ddjgz.vaccinnet.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.xml.XmlRefusedException;
import nl.ddjgz.simulator.vaccinnet.RegistratieMessages;
import nl.ddjgz.vaccinnet.TestInsz;
import org.junit.jupiter.api.Test;

/**
 * Our adapter's side of the RegistratieService contract (requests written, replies read), each time against the
 * simulated registry's own reading and writing ({@link RegistratieMessages}): what we write, the registry reads; what
 * it answers, we read.
 */
class RegistratieXmlTests {

    private static final String SOFTWARE = "ddjgz_vaccinatie";

    private static final Insz PATIENT = TestInsz.of(LocalDate.of(2024, 11, 3), 123);

    private static byte[] kmehr(int n) {
        return ("<kmehrmessage n=\"" + n + "\"/>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void addVaccinationsRoundTripsWithOneToFiveMessages() {
        AddVaccinations request =
                new AddVaccinations(SOFTWARE, PATIENT, List.of(kmehr(1), kmehr(2), kmehr(3), kmehr(4), kmehr(5)));

        byte[] envelope = RegistratieXml.writeAddVaccinations(request);

        assertThat(new String(envelope, StandardCharsets.UTF_8))
                .contains(RegistratieXml.NAMESPACE)
                .contains("<SoftwareId>" + SOFTWARE + "</SoftwareId>");
        RegistratieMessages.AddRequest received = RegistratieMessages.readAdd(envelope);
        assertThat(received.softwareId()).isEqualTo(request.softwareId());
        assertThat(received.patientId()).isEqualTo(request.patientId());
        assertThat(received.kmehrMessages()).containsExactlyElementsOf(request.kmehrMessages());
        assertThat(request.toString()).doesNotContain(PATIENT.value());
    }

    @Test
    void addVaccinationsTakesOneToFiveMessages() {
        assertThatThrownBy(() -> new AddVaccinations(SOFTWARE, PATIENT, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AddVaccinations(SOFTWARE, PATIENT, Collections.nCopies(6, kmehr(1))))
                .isInstanceOf(IllegalArgumentException.class);

        String six = new String(
                        RegistratieXml.writeAddVaccinations(new AddVaccinations(SOFTWARE, PATIENT, List.of(kmehr(1)))),
                        StandardCharsets.UTF_8)
                .replaceAll(
                        "(<[a-z0-9]+:KmehrMessage>[^<]*</[a-z0-9]+:KmehrMessage>|<KmehrMessage>[^<]*</KmehrMessage>)",
                        "$1$1$1$1$1$1");
        assertThatThrownBy(() -> RegistratieMessages.readAdd(six.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(XmlRefusedException.class);
    }

    @Test
    void softwareIdHasAtMostFiftyCharacters() {
        assertThatThrownBy(() -> new AddVaccinations("s".repeat(51), PATIENT, List.of(kmehr(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SoftwareId");
        String tooLong = new String(
                        RegistratieXml.writeGetVaccinations(
                                new GetVaccinations("s".repeat(50), PATIENT, LocalDate.of(2026, 1, 1))),
                        StandardCharsets.UTF_8)
                .replace("s".repeat(50), "s".repeat(51));
        assertThatThrownBy(() -> RegistratieMessages.readGet(tooLong.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(XmlRefusedException.class);
    }

    @Test
    void addVaccinationsRepliesRoundTrip() {
        AddVaccinationsReply results = AddVaccinationsReply.of(List.of(
                AddResult.ok(0, "VN-778899"),
                AddResult.error(1, new Fault("ZNT", "zorgvrager niet teruggevonden")),
                AddResult.error(2, new Fault("LOT", null))));
        AddVaccinationsReply refused = AddVaccinationsReply.refused(new Fault("CERT", "certificaat onbekend"));

        for (AddVaccinationsReply reply : List.of(results, refused)) {
            assertThat(RegistratieXml.readAddVaccinationsReply(RegistratieMessages.writeAddReply(reply)))
                    .isEqualTo(reply);
        }
    }

    @Test
    void removeVaccinationAndItsRepliesRoundTrip() {
        RemoveVaccination request = new RemoveVaccination(SOFTWARE, PATIENT, "VN-778899");

        assertThat(RegistratieMessages.readRemove(RegistratieXml.writeRemoveVaccination(request)))
                .isEqualTo(new RegistratieMessages.RemoveRequest(SOFTWARE, PATIENT, "VN-778899"));
        for (RemoveReply reply : List.of(RemoveReply.ok(), RemoveReply.error(new Fault("NOTFOUND", "onbekend")))) {
            assertThat(RegistratieXml.readRemoveReply(RegistratieMessages.writeRemoveReply(reply)))
                    .isEqualTo(reply);
        }
    }

    @Test
    void getVaccinationsAndItsRepliesRoundTrip() {
        GetVaccinations request = new GetVaccinations(SOFTWARE, PATIENT, LocalDate.of(2025, 1, 1));

        assertThat(RegistratieMessages.readGet(RegistratieXml.writeGetVaccinations(request)))
                .isEqualTo(new RegistratieMessages.GetRequest(SOFTWARE, PATIENT, LocalDate.of(2025, 1, 1)));
        for (GetVaccinationsReply reply : List.of(
                GetVaccinationsReply.of(
                        List.of(new StoredVaccination("VN-1", kmehr(1)), new StoredVaccination("VN-2", kmehr(2)))),
                GetVaccinationsReply.of(List.of()),
                GetVaccinationsReply.refused(new Fault("ZNT", null)))) {
            assertThat(RegistratieXml.readGetVaccinationsReply(RegistratieMessages.writeGetReply(reply)))
                    .isEqualTo(reply);
        }
    }

    @Test
    void anInvalidPatientIdIsRefusedWithoutShowingIt() {
        String invalid = TestInsz.invalid(LocalDate.of(2024, 11, 3), 123);
        String text = new String(
                        RegistratieXml.writeRemoveVaccination(new RemoveVaccination(SOFTWARE, PATIENT, "VN-1")),
                        StandardCharsets.UTF_8)
                .replace(PATIENT.value(), invalid);

        assertThatThrownBy(() -> RegistratieMessages.readRemove(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        XmlRefusedException.class,
                        e -> assertThat(e.getMessage() + e.errors()).doesNotContain(invalid));
    }

    @Test
    void aPatientIdOfTwelveDigitsIsASchemaErrorWithTheNumberMasked() {
        String text = new String(
                        RegistratieXml.writeRemoveVaccination(new RemoveVaccination(SOFTWARE, PATIENT, "VN-1")),
                        StandardCharsets.UTF_8)
                .replace(PATIENT.value(), PATIENT.value() + "0");

        assertThatThrownBy(() -> RegistratieMessages.readRemove(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        XmlRefusedException.class,
                        e -> assertThat(e.errors().toString())
                                .doesNotContain(PATIENT.value())
                                .contains("*********"));
    }

    @Test
    void aDoctypeIsRefused() {
        String envelope = "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaa\">]>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body/></soap:Envelope>";

        assertThatThrownBy(() -> RegistratieXml.readRemoveReply(envelope.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidWsMessageException.class);
    }
}
