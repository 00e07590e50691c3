package nl.ddjgz.simulator.vaccinnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.vaccinnet.kmehr.Folder;
import nl.ddjgz.vaccinnet.kmehr.Item;
import nl.ddjgz.vaccinnet.kmehr.KmehrMessage;
import nl.ddjgz.vaccinnet.kmehr.KmehrWriter;
import nl.ddjgz.vaccinnet.kmehr.Party;
import nl.ddjgz.vaccinnet.kmehr.PartyKind;
import nl.ddjgz.vaccinnet.kmehr.Patient;
import nl.ddjgz.vaccinnet.kmehr.Sex;
import nl.ddjgz.vaccinnet.kmehr.Transaction;
import nl.ddjgz.vaccinnet.ws.AddResult;
import nl.ddjgz.vaccinnet.ws.AddVaccinations;
import nl.ddjgz.vaccinnet.ws.AddVaccinationsReply;
import nl.ddjgz.vaccinnet.ws.RegistratieXml;
import nl.ddjgz.vaccinnet.ws.RegistrationStatus;
import nl.ddjgz.vaccinnet.ws.RemoveReply;
import nl.ddjgz.vaccinnet.ws.StoredVaccination;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The simulated RegistratieService: what it accepts, keeps and refuses (with the registry's codes and Dutch texts),
 * and over HTTP its SOAP faults and injected faults.
 */
class RegistratieSimulatorTests {

    private static final String SOFTWARE = "ddjgz_vaccinatie_kgtest";
    private static final Party SENDER = new Party("71012345000", "Kind en Gezin Test", PartyKind.ORG_PUBLIC_HEALTH);
    private static final Party PHYSICIAN = new Party("12345625003", "Anna Arts", PartyKind.PERS_PHYSICIAN);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final String CNK = "3456789";

    private final Insz child = Inszs.random();
    private final Insz unknownChild = Inszs.random();
    private final RegistratieSimulator simulator =
            new RegistratieSimulator(Clock.systemUTC(), List.of(unknownChild.value()));
    private final Faults faults = new Faults();
    private final RegistratieSimulatorController http =
            new RegistratieSimulatorController(simulator, faults, Clock.systemUTC());

    // the register

    @Test
    void keepsEachKmehrMessageUnderItsOwnVaccinationId() {
        AddVaccinationsReply reply =
                simulator.add(received(child, kmehr(child, "t-1", DAY, "LOT1"), kmehr(child, "t-2", DAY, "LOT2")));

        assertThat(reply.fault()).isNull();
        assertThat(reply.results()).extracting(AddResult::status).containsOnly(RegistrationStatus.OK);
        List<String> ids =
                reply.results().stream().map(AddResult::vaccinationId).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(simulator.holding(child))
                .extracting(RegistratieSimulator.Stored::vaccinationId)
                .containsExactlyElementsOf(ids);
    }

    @Test
    void theSameTransactionSentAgainGetsTheSameVaccinationIdAndIsStoredOnce() {
        byte[] kmehr = kmehr(child, "t-again", DAY, "LOT1");
        String first = simulator.add(received(child, kmehr)).results().get(0).vaccinationId();

        String second = simulator.add(received(child, kmehr)).results().get(0).vaccinationId();

        assertThat(second).isEqualTo(first);
        assertThat(simulator.holding(child)).hasSize(1);
    }

    @Test
    void anUnknownPersonIsNotFound() {
        AddVaccinationsReply configured =
                simulator.add(received(unknownChild, kmehr(unknownChild, "t-u", DAY, "LOT1")));
        Insz another = Inszs.random();
        simulator.unknownPerson(another);
        AddVaccinationsReply set = simulator.add(received(another, kmehr(another, "t-v", DAY, "LOT1")));

        assertThat(List.of(configured, set)).allSatisfy(reply -> {
            assertThat(reply.fault().code()).isEqualTo("ZORGVRAGER_ONBEKEND");
            assertThat(reply.fault().description()).startsWith("Zorgvrager niet teruggevonden");
        });
        assertThat(simulator.holding(unknownChild)).isEmpty();
        assertThat(simulator.holding(another)).isEmpty();
    }

    @Test
    void aPatientIdThatIsNotTheKmehrPatientIsRefused() {
        Insz other = Inszs.random();

        AddResult result = simulator
                .add(received(child, kmehr(other, "t-x", DAY, "LOT1")))
                .results()
                .get(0);

        assertThat(result.status()).isEqualTo(RegistrationStatus.ERROR);
        assertThat(result.fault().code()).isEqualTo(RegistratieSimulator.PATIENT_MISMATCH);
        assertThat(simulator.holding(child)).isEmpty();
        assertThat(simulator.holding(other)).isEmpty();
    }

    @Test
    void refusesUnknownProductsMissingLotsAndInvalidKmehrPerMessage() {
        simulator.unknownProduct("7654321");
        simulator.requireLot(CNK);

        AddVaccinationsReply reply = simulator.add(received(
                child,
                kmehr(child, "t-ok", DAY, "LOT1"),
                kmehr(child, "t-product", DAY, "LOT1", "7654321", List.of("diphteria")),
                kmehr(child, "t-lot", DAY, null),
                "<kmehrmessage/>".getBytes(StandardCharsets.UTF_8)));

        assertThat(reply.results())
                .extracting(AddResult::status)
                .containsExactly(
                        RegistrationStatus.OK,
                        RegistrationStatus.ERROR,
                        RegistrationStatus.ERROR,
                        RegistrationStatus.ERROR);
        assertThat(reply.results().subList(1, 4))
                .extracting(r -> r.fault().code())
                .containsExactly("PRODUCT_ONBEKEND", "LOT_ONTBREEKT", "KMEHR_ONGELDIG");
        assertThat(reply.results().get(1).fault().description())
                .isEqualTo("Onbekend product: CNK-code 7654321 is niet gekend.");
        assertThat(reply.results().get(2).fault().description())
                .isEqualTo("Het lotnummer ontbreekt; het is verplicht voor dit vaccin.");
        assertThat(reply.results().get(3).fault().description())
                .startsWith("Het KMEHR-bericht is ongeldig: kmehr.schema");
        assertThat(simulator.holding(child)).hasSize(1);
    }

    @Test
    void removesAVaccinationOnceAndSaysSoAgainForARepeatedRemoval() {
        byte[] kmehr = kmehr(child, "t-r", DAY, "LOT1");
        String id = simulator.add(received(child, kmehr)).results().get(0).vaccinationId();

        RemoveReply first = simulator.remove(new RegistratieMessages.RemoveRequest(SOFTWARE, child, id));
        RemoveReply again = simulator.remove(new RegistratieMessages.RemoveRequest(SOFTWARE, child, id));

        assertThat(first.status()).isEqualTo(RegistrationStatus.OK);
        assertThat(again.status()).isEqualTo(RegistrationStatus.OK);
        assertThat(simulator.holding(child)).isEmpty();
        assertThat(simulator.history(child))
                .singleElement()
                .satisfies(s -> assertThat(s.removed()).isTrue());
        // added again after its removal: a new registration
        String readded = simulator.add(received(child, kmehr)).results().get(0).vaccinationId();
        assertThat(readded).isNotEqualTo(id);
        assertThat(simulator.holding(child))
                .extracting(RegistratieSimulator.Stored::vaccinationId)
                .containsExactly(readded);
    }

    @Test
    void refusesToRemoveWhatItDoesNotHoldOrWhatIsAnotherPersons() {
        String id = simulator
                .add(received(child, kmehr(child, "t-o", DAY, "LOT1")))
                .results()
                .get(0)
                .vaccinationId();

        RemoveReply unknown = simulator.remove(new RegistratieMessages.RemoveRequest(SOFTWARE, child, "VAC-nope"));
        RemoveReply otherPerson = simulator.remove(new RegistratieMessages.RemoveRequest(SOFTWARE, Inszs.random(), id));

        assertThat(unknown.fault().code()).isEqualTo(RegistratieSimulator.VACCINATION_UNKNOWN);
        assertThat(unknown.fault().description()).isEqualTo("Deze vaccinatie is niet gekend.");
        assertThat(otherPerson.fault().code()).isEqualTo(RegistratieSimulator.PATIENT_MISMATCH);
        assertThat(simulator.holding(child)).hasSize(1);
    }

    @Test
    void getsWhatItHoldsSinceADate() {
        simulator.add(received(child, kmehr(child, "t-old", DAY.minusMonths(2), "LOT1")));
        byte[] recent = kmehr(child, "t-new", DAY, "LOT2");
        String id = simulator.add(received(child, recent)).results().get(0).vaccinationId();

        List<StoredVaccination> since = simulator
                .get(new RegistratieMessages.GetRequest(SOFTWARE, child, DAY.minusDays(1)))
                .vaccinations();

        assertThat(since).containsExactly(new StoredVaccination(id, recent));
        assertThat(simulator
                        .get(new RegistratieMessages.GetRequest(SOFTWARE, unknownChild, DAY))
                        .fault()
                        .code())
                .isEqualTo("ZORGVRAGER_ONBEKEND");
    }

    // over HTTP

    @Test
    void answersAValidRequestOverSoap() throws Exception {
        MockHttpServletResponse response =
                soap("AddVaccinations", RegistratieXml.writeAddVaccinations(add(child, kmehr(child, "h-1", DAY, "L"))));

        assertThat(response.getStatus()).isEqualTo(200);
        AddVaccinationsReply reply = RegistratieXml.readAddVaccinationsReply(response.getContentAsByteArray());
        assertThat(reply.results())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.OK));
        assertThat(simulator.holding(child)).hasSize(1);
    }

    @Test
    void aRequestThatFailsTheSchemaOrComesWithTheWrongActionGetsAClientFault() throws Exception {
        String tooLong = new String(
                        RegistratieXml.writeAddVaccinations(add(child, kmehr(child, "h-2", DAY, "L"))),
                        StandardCharsets.UTF_8)
                .replace(SOFTWARE, "x".repeat(60));

        MockHttpServletResponse invalid = soap("AddVaccinations", tooLong.getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse wrongAction = soap(
                "RemoveVaccination", RegistratieXml.writeAddVaccinations(add(child, kmehr(child, "h-3", DAY, "L"))));

        assertThat(invalid.getStatus()).isEqualTo(500);
        assertThat(invalid.getContentAsString(StandardCharsets.UTF_8))
                .contains("<faultcode>soap:Client</faultcode>")
                .contains("Het bericht voldoet niet aan het schema");
        assertThat(wrongAction.getStatus()).isEqualTo(500);
        assertThat(wrongAction.getContentAsString(StandardCharsets.UTF_8))
                .contains("De SOAPAction past niet bij het bericht");
        assertThat(simulator.holding(child)).isEmpty();
    }

    @Test
    void failsTheNextRequestsWithAServerFaultOrA503AndStoresNothing() throws Exception {
        faults.failNext(1);
        MockHttpServletResponse fault =
                soap("AddVaccinations", RegistratieXml.writeAddVaccinations(add(child, kmehr(child, "h-4", DAY, "L"))));
        simulator.failWithSoapFault(false);
        faults.downUntil(Instant.now().plusSeconds(60));
        MockHttpServletResponse down =
                soap("AddVaccinations", RegistratieXml.writeAddVaccinations(add(child, kmehr(child, "h-5", DAY, "L"))));

        assertThat(fault.getStatus()).isEqualTo(500);
        assertThat(fault.getContentAsString(StandardCharsets.UTF_8))
                .contains("<faultcode>soap:Server</faultcode>")
                .contains("Service unavailable");
        assertThat(down.getStatus()).isEqualTo(503);
        assertThat(simulator.holding(child)).isEmpty();
        assertThat(simulator.requests()).isEqualTo(2);
    }

    @Test
    void losesTheAnswerAfterStoring() {
        faults.loseAcknowledgements(1);

        assertThatThrownBy(() -> soap(
                        "AddVaccinations",
                        RegistratieXml.writeAddVaccinations(add(child, kmehr(child, "h-6", DAY, "L")))))
                .hasStackTraceContaining("simulated dropped connection");
        assertThat(simulator.holding(child)).hasSize(1);
    }

    @Test
    void answersSlowlyWhenAskedTo() throws Exception {
        faults.slow(Duration.ofMillis(300));
        long t0 = System.nanoTime();

        MockHttpServletResponse response =
                soap("AddVaccinations", RegistratieXml.writeAddVaccinations(add(child, kmehr(child, "h-7", DAY, "L"))));

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(response.getStatus()).isEqualTo(200);
    }

    // helpers

    private MockHttpServletResponse soap(String operation, byte[] envelope) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", RegistratieSimulatorController.PATH);
        request.setContentType("text/xml;charset=UTF-8");
        request.addHeader("SOAPAction", "\"" + RegistratieMessages.NAMESPACE + "/" + operation + "\"");
        request.setContent(envelope);
        MockHttpServletResponse response = new MockHttpServletResponse();
        http.service(request, response);
        return response;
    }

    /** As our adapter sends it (written with our composer, read by the register's own reading). */
    private static AddVaccinations add(Insz patient, byte[]... kmehr) {
        return new AddVaccinations(SOFTWARE, patient, List.of(kmehr));
    }

    /** As the register has read it. */
    private static RegistratieMessages.AddRequest received(Insz patient, byte[]... kmehr) {
        return new RegistratieMessages.AddRequest(SOFTWARE, patient, List.of(kmehr));
    }

    private static byte[] kmehr(Insz patient, String transactionId, LocalDate date, String lot) {
        return kmehr(patient, transactionId, date, lot, CNK, List.of("diphteria", "tetanus"));
    }

    private static byte[] kmehr(
            Insz patient, String transactionId, LocalDate date, String lot, String cnk, List<String> indications) {
        Item item = new Item(cnk, "Hexyon", indications, date, lot);
        Transaction transaction =
                new Transaction(transactionId, date, java.time.LocalTime.NOON, PHYSICIAN, List.of(item));
        Folder folder = new Folder(
                new Patient(patient, "Emma", "Peeters", LocalDate.of(2025, 11, 3), Sex.FEMALE), List.of(transaction));
        KmehrMessage message = new KmehrMessage(
                SENDER.nihii() + ".20260302101530000", Instant.parse("2026-03-02T09:15:30Z"), SENDER, List.of(folder));
        return new KmehrWriter().write(message);
    }
}
