package nl.ddjgz.vaccinnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.ddjgz.registry.Delivery;
import nl.ddjgz.registry.Disclosure;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.registry.RegistryAdapter;
import nl.ddjgz.registry.UnsendableRegistrationException;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.simulator.vaccinnet.RegistratieMessages;
import nl.ddjgz.vaccinecodes.VaccineCode;
import nl.ddjgz.vaccinecodes.VaccineCodes;
import nl.ddjgz.vaccinnet.kmehr.KmehrMessage;
import nl.ddjgz.vaccinnet.kmehr.KmehrReader;
import nl.ddjgz.vaccinnet.ws.AddResult;
import nl.ddjgz.vaccinnet.ws.AddVaccinationsReply;
import nl.ddjgz.vaccinnet.ws.Fault;
import nl.ddjgz.vaccinnet.ws.RemoveReply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The RegistratieService adapter without Spring: what it builds at approval (one KMEHR message per vaccination, at
 * most five per request, software id checked) and what each answer of the registry becomes.
 */
class VaccinnetDirectAdapterTests {

    private static final Instant AT = Instant.parse("2026-03-02T10:15:30Z");

    private static final String CNK = "3456789";

    private final VaccineCodes codes = mock(VaccineCodes.class);
    private final KmehrComposer composer = new KmehrComposer(codes);
    private final ScriptedClient client = new ScriptedClient();
    private final VaccinnetDirectAdapter adapter = new VaccinnetDirectAdapter(composer, client);
    private HttpServer server;

    @BeforeEach
    void codes() {
        VaccineCode code = mock(VaccineCode.class);
        when(code.getCnk()).thenReturn(CNK);
        when(code.getProductName()).thenReturn("Hexyon");
        when(code.getKmehrIndications()).thenReturn(List.of("diphteria", "tetanus"));
        when(code.isLotRequired()).thenReturn(false);
        when(codes.of(anyString())).thenReturn(Optional.of(code));
        when(codes.byType())
                .thenReturn(IntStream.range(11, 18).boxed().collect(Collectors.toMap(String::valueOf, t -> code)));
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    // compose

    @Test
    void aContactMomentBecomesOneRequestWithOneKmehrMessagePerVaccination() {
        OutgoingRegistration registration = withVaccinations(2);
        String messageId = UUID.randomUUID().toString();

        List<String> envelopes = VaccinnetDirectAdapter.envelopes(adapter.compose(registration, messageId, AT));

        assertThat(adapter.registry()).isEqualTo(VaccinnetRegisters.VACCINNET_DIRECT);
        assertThat(envelopes).hasSize(1);
        RegistratieMessages.AddRequest request = RegistratieMessages.readAdd(bytes(envelopes.get(0)));
        assertThat(request.softwareId()).isEqualTo("ddjgz_vaccinatie_kgtest");
        assertThat(request.patientId().value()).isEqualTo(registration.child().insz());
        assertThat(request.kmehrMessages()).hasSize(2);
        List<KmehrMessage> kmehr =
                request.kmehrMessages().stream().map(new KmehrReader()::read).toList();
        assertThat(kmehr)
                .extracting(m -> m.folders().get(0).transactions().get(0).id())
                .containsExactly(messageId + "-1", messageId + "-2");
        assertThat(kmehr).allSatisfy(m -> {
            assertThat(m.folders()).hasSize(1);
            assertThat(m.folders().get(0).patient().insz().value())
                    .isEqualTo(registration.child().insz());
            assertThat(m.folders().get(0).transactions().get(0).items())
                    .singleElement()
                    .satisfies(i -> {
                        assertThat(i.cnk()).isEqualTo(CNK);
                        assertThat(i.lot()).isEqualTo("VX241A");
                    });
        });
        // every KMEHR message has its own header id
        assertThat(kmehr).extracting(KmehrMessage::id).doesNotHaveDuplicates();
    }

    @Test
    void anApprovalsComposerReadsTheCodesOnceAndBuildsTheSameRequestsOnEveryCore() {
        OutgoingRegistration registration = withVaccinations(7);

        RegistryAdapter.Composer composer = adapter.composer();
        List<String> composed = IntStream.range(0, 8)
                .parallel()
                .mapToObj(i -> composer.compose(registration, "m-7", AT))
                .toList();

        assertThat(composer.concurrent()).isTrue();
        assertThat(composed).allSatisfy(json -> assertThat(json).isEqualTo(adapter.compose(registration, "m-7", AT)));
        verify(codes, times(1)).byType();
        OutgoingRegistration unknown = withVaccinations(8);
        assertThatThrownBy(() -> composer.compose(unknown, "m-8", AT))
                .isInstanceOfSatisfying(
                        UnsendableRegistrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registry.belgian.unknownProduct"));
    }

    @Test
    void moreThanFiveVaccinationsAreSplitIntoRequestsOfAtMostFive() {
        List<String> envelopes = VaccinnetDirectAdapter.envelopes(adapter.compose(withVaccinations(7), "m-7", AT));

        assertThat(envelopes)
                .extracting(e ->
                        RegistratieMessages.readAdd(bytes(e)).kmehrMessages().size())
                .containsExactly(5, 2);
    }

    @Test
    void withoutSoftwareIdTheApprovalIsRefused() {
        assertThatThrownBy(() -> adapter.compose(withSoftwareId(null), "m", AT))
                .isInstanceOfSatisfying(
                        UnsendableRegistrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registry.vaccinnet.noSoftwareId"));
    }

    @Test
    void aSoftwareIdThatIsTooLongOrNotInTheRegistrysFormIsRefused() {
        for (String invalid : List.of("ddjgz_" + "x".repeat(45), "ddjgz vaccinatie", "ddjgz", "a_b_c_d_e")) {
            assertThatThrownBy(() -> adapter.compose(withSoftwareId(invalid), "m", AT))
                    .as(invalid)
                    .isInstanceOfSatisfying(
                            UnsendableRegistrationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("registry.vaccinnet.invalidSoftwareId"));
        }
        assertThat(adapter.compose(withSoftwareId("ddjgz_vaccinatie_kg_9000"), "m", AT))
                .contains("ddjgz_vaccinatie_kg_9000");
    }

    @Test
    void aChildWithoutInszIsRefused() {
        OutgoingRegistration dutch = Registrations.withBsn();
        OutgoingRegistration noInsz = new OutgoingRegistration(
                dutch.contactMomentId(),
                dutch.dossierId(),
                dutch.dossierNumber(),
                dutch.disclosure(),
                dutch.child(),
                Registrations.belgian().organisation(),
                dutch.contactMoment(),
                dutch.items(),
                Registrations.belgian().approvedBy());

        assertThatThrownBy(() -> adapter.compose(noInsz, "m", AT))
                .isInstanceOfSatisfying(
                        UnsendableRegistrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registry.belgian.noInsz"));
    }

    // send

    @Test
    void allAcceptedIsAcceptedWithTheVaccinationIdsKept() {
        client.adds.add(RegistratieClient.Answer.of(
                AddVaccinationsReply.of(List.of(AddResult.ok(0, "VAC-1"), AddResult.ok(1, "VAC-2")))));

        Delivery delivery = send(withVaccinations(2));

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ACCEPTED);
        assertThat(delivery.code()).isEqualTo("OK");
        assertThat(delivery.remoteId()).isEqualTo("VAC-1,VAC-2");
        assertThat(client.sent).hasSize(1);
    }

    @Test
    void anUnknownChildGoesToAPersonWithTheRegistrysText() {
        client.adds.add(RegistratieClient.Answer.of(AddVaccinationsReply.refused(
                new Fault("ZORGVRAGER_ONBEKEND", "Zorgvrager niet teruggevonden: het INSZ is onbekend."))));

        Delivery delivery = send(withVaccinations(1));

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ERROR);
        assertThat(delivery.code()).isEqualTo("ZORGVRAGER_ONBEKEND");
        assertThat(delivery.detail()).contains("Zorgvrager niet teruggevonden");
        assertThat(delivery.remoteId()).isNull();
    }

    @Test
    void aPartialAcceptanceKeepsTheAcceptedIdsAndGoesToAPerson() {
        client.adds.add(RegistratieClient.Answer.of(AddVaccinationsReply.of(List.of(
                AddResult.ok(0, "VAC-1"),
                AddResult.error(1, new Fault("PRODUCT_ONBEKEND", "Onbekend product: CNK-code 3456789."))))));

        Delivery delivery = send(withVaccinations(2));

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ERROR);
        assertThat(delivery.code()).isEqualTo("PRODUCT_ONBEKEND");
        assertThat(delivery.detail())
                .isEqualTo("1 vaccinatie(s) geregistreerd; vaccinatie 2: PRODUCT_ONBEKEND: Onbekend product:"
                        + " CNK-code 3456789.");
        assertThat(delivery.remoteId()).isEqualTo("VAC-1");
    }

    @Test
    void whenTheSecondRequestCannotBeDeliveredItIsRetriedKeepingWhatTheFirstGot() {
        client.adds.add(RegistratieClient.Answer.of(AddVaccinationsReply.of(
                IntStream.range(0, 5).mapToObj(i -> AddResult.ok(i, "VAC-" + i)).toList())));
        client.adds.add(RegistratieClient.Answer.failed(Delivery.retryable(503, "HTTP 503")));

        Delivery delivery = send(withVaccinations(6));

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(delivery.remoteId()).isEqualTo("VAC-0,VAC-1,VAC-2,VAC-3,VAC-4");
        assertThat(client.sent).hasSize(2);
    }

    // retract

    @Test
    void aRetractionRemovesEveryKeptVaccinationId() {
        OutgoingRegistration registration = withVaccinations(2);
        RegistryAdapter.Pending accepted =
                pending(registration, RegistryAdapter.Operation.REGISTER, "x", "VAC-1,VAC-2");

        String payload = adapter.composeRetraction(accepted, "r-1", AT);

        List<RegistratieMessages.RemoveRequest> removals = VaccinnetDirectAdapter.envelopes(payload).stream()
                .map(e -> RegistratieMessages.readRemove(bytes(e)))
                .toList();
        assertThat(removals)
                .extracting(RegistratieMessages.RemoveRequest::vaccinationId)
                .containsExactly("VAC-1", "VAC-2");
        assertThat(removals)
                .allSatisfy(r -> assertThat(r.patientId())
                        .isEqualTo(Insz.of(registration.child().insz())));

        client.removes.add(RegistratieClient.Answer.of(RemoveReply.ok()));
        client.removes.add(RegistratieClient.Answer.of(RemoveReply.ok()));
        Delivery delivery = adapter.send(
                        List.of(pending(registration, RegistryAdapter.Operation.RETRACT, payload, null)))
                .get(0);
        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ACCEPTED);
        assertThat(client.sent).hasSize(2);
    }

    @Test
    void aRefusedRemovalGoesToAPerson() {
        OutgoingRegistration registration = withVaccinations(1);
        String payload = adapter.composeRetraction(
                pending(registration, RegistryAdapter.Operation.REGISTER, "x", "VAC-9"), "r-2", AT);
        client.removes.add(RegistratieClient.Answer.of(
                RemoveReply.error(new Fault("VACCINATIE_ONBEKEND", "Deze vaccinatie is niet gekend."))));

        Delivery delivery = adapter.send(
                        List.of(pending(registration, RegistryAdapter.Operation.RETRACT, payload, null)))
                .get(0);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ERROR);
        assertThat(delivery.code()).isEqualTo("VACCINATIE_ONBEKEND");
        assertThat(delivery.detail()).contains("Deze vaccinatie is niet gekend.");
    }

    // transport (the real client against a small HTTP server)

    @Test
    void httpAnswersWithoutReplyCountAsTheRegistersCondition() throws IOException {
        assertThat(overHttp(503, "")).extracting(Delivery::outcome).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(overHttp(502, "")).extracting(Delivery::outcome).isEqualTo(Delivery.Outcome.RETRYABLE);
        for (int status : List.of(401, 403, 404)) {
            assertThat(overHttp(status, "")).extracting(Delivery::outcome).isEqualTo(Delivery.Outcome.MISCONFIGURED);
        }
    }

    @Test
    void aSoapServerFaultIsRetriedAndAClientFaultGoesToAPerson() throws IOException {
        Delivery server = overHttp(500, soapFault("soap:Server", "Service unavailable"));
        assertThat(server.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(server.detail()).isEqualTo("SOAP fault soap:Server: Service unavailable");

        Delivery client = overHttp(500, soapFault("soap:Client", "Het bericht voldoet niet aan het schema"));
        assertThat(client.outcome()).isEqualTo(Delivery.Outcome.REJECTED);
        assertThat(client.code()).isEqualTo("soap:Client");
        assertThat(client.detail()).contains("Het bericht voldoet niet aan het schema");
    }

    @Test
    void anAnswerThatComesTooLateIsRetried() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        RegistratieClient real = new RegistratieClient(
                () -> URI.create("http://localhost:" + server.getAddress().getPort() + "/"),
                null,
                new VaccinnetDirectProperties("", Duration.ofSeconds(1), Duration.ofMillis(300)));

        Delivery delivery = real.add(bytes("<x/>")).failure();

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(delivery.detail()).isEqualTo("timeout");
    }

    @Test
    void withoutEndpointOnAnExternalDatabaseEveryMessageIsStuckSayingWhatIsMissing() {
        RegistratieClient unset = new RegistratieClient(
                () -> URI.create("http://localhost:1/"),
                VaccinnetDirectConfiguration.MISSING_ENDPOINT,
                new VaccinnetDirectProperties("", Duration.ofSeconds(1), Duration.ofSeconds(1)));
        VaccinnetDirectAdapter unconfigured = new VaccinnetDirectAdapter(composer, unset);
        OutgoingRegistration registration = withVaccinations(1);
        String payload = unconfigured.compose(registration, "m", AT);

        Delivery delivery = unconfigured
                .send(List.of(pending(registration, RegistryAdapter.Operation.REGISTER, payload, null)))
                .get(0);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.MISCONFIGURED);
        assertThat(delivery.detail()).contains("DDJGZ_VACCINNET_REGISTRATIE_ENDPOINT");
    }

    @Test
    void aBlankEndpointIsASetUpErrorAndAPathAloneThisApplicationsOwnSimulator() {
        VaccinnetDirectProperties blank =
                new VaccinnetDirectProperties("", Duration.ofMillis(200), Duration.ofMillis(200));
        VaccinnetDirectConfiguration configuration = new VaccinnetDirectConfiguration();

        Delivery external = configuration
                .registratieClient(
                        blank,
                        new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/ddjgz"))
                .add(bytes("<x/>"))
                .failure();
        Delivery embedded = configuration
                .registratieClient(
                        new VaccinnetDirectProperties(
                                "/simulator/vaccinnet/registratie", Duration.ofMillis(200), Duration.ofMillis(200)),
                        new MockEnvironment().withProperty("local.server.port", "1"))
                .add(bytes("<x/>"))
                .failure();

        assertThat(external.outcome()).isEqualTo(Delivery.Outcome.MISCONFIGURED);
        assertThat(external.detail()).isEqualTo(VaccinnetDirectConfiguration.MISSING_ENDPOINT);
        // a path alone: the simulator of this application in the development run (here: nothing listens on port 1)
        assertThat(embedded.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
    }

    @Test
    void aRegisterThatCannotBeReachedIsRetried() {
        RegistratieClient nowhere = new RegistratieClient(
                () -> URI.create("http://localhost:1/"),
                null,
                new VaccinnetDirectProperties("", Duration.ofSeconds(1), Duration.ofSeconds(1)));

        Delivery delivery = nowhere.add(bytes("<x/>")).failure();

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(delivery.detail()).startsWith("transport: ");
    }

    // helpers

    private Delivery overHttp(int status, String body) throws IOException {
        if (server != null) {
            server.stop(0);
        }
        List<String> actions = new ArrayList<>();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            actions.add(exchange.getRequestHeaders().getFirst("SOAPAction"));
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = bytes(body);
            exchange.getResponseHeaders().add("Content-Type", "text/xml;charset=UTF-8");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        RegistratieClient real = new RegistratieClient(
                () -> URI.create("http://localhost:" + server.getAddress().getPort() + "/"),
                null,
                new VaccinnetDirectProperties("", Duration.ofSeconds(1), Duration.ofSeconds(5)));
        VaccinnetDirectAdapter overHttp = new VaccinnetDirectAdapter(composer, real);
        OutgoingRegistration registration = withVaccinations(1);
        String payload = overHttp.compose(registration, "m", AT);
        Delivery delivery = overHttp.send(
                        List.of(pending(registration, RegistryAdapter.Operation.REGISTER, payload, null)))
                .get(0);
        assertThat(actions).containsExactly("\"urn:ddjgz:vaccinnet:registratie:v1/AddVaccinations\"");
        return delivery;
    }

    private static String soapFault(String code, String text) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode>" + code + "</faultcode><faultstring>" + text + "</faultstring>"
                + "</soap:Fault></soap:Body></soap:Envelope>";
    }

    private Delivery send(OutgoingRegistration registration) {
        String payload = adapter.compose(registration, UUID.randomUUID().toString(), AT);
        return adapter.send(List.of(pending(registration, RegistryAdapter.Operation.REGISTER, payload, null)))
                .get(0);
    }

    private static RegistryAdapter.Pending pending(
            OutgoingRegistration registration, RegistryAdapter.Operation operation, String payload, String remoteId) {
        return new RegistryAdapter.Pending(
                UUID.randomUUID(),
                UUID.randomUUID().toString(),
                operation,
                Disclosure.IDENTIFIED,
                payload,
                registration,
                remoteId,
                1,
                AT);
    }

    /** A Belgian registration with {@code n} vaccinations (vaccine types "11", "12", ...). */
    static OutgoingRegistration withVaccinations(int n) {
        OutgoingRegistration one = Registrations.belgian();
        OutgoingRegistration.Item item = one.items().get(0);
        List<OutgoingRegistration.Item> items = IntStream.range(0, n)
                .mapToObj(i -> new OutgoingRegistration.Item(
                        String.valueOf(11 + i),
                        item.w0422Code(),
                        item.vaccineName(),
                        item.date(),
                        item.batchNumber(),
                        null))
                .toList();
        return new OutgoingRegistration(
                one.contactMomentId(),
                one.dossierId(),
                one.dossierNumber(),
                one.disclosure(),
                one.child(),
                one.organisation(),
                one.contactMoment(),
                items,
                one.approvedBy());
    }

    private static OutgoingRegistration withSoftwareId(String softwareId) {
        OutgoingRegistration r = withVaccinations(1);
        OutgoingRegistration.Organisation o = r.organisation();
        return new OutgoingRegistration(
                r.contactMomentId(),
                r.dossierId(),
                r.dossierNumber(),
                r.disclosure(),
                r.child(),
                new OutgoingRegistration.Organisation(
                        o.name(), o.ura(), o.agb(), o.city(), o.serverCertificate(), o.ehealthId(), softwareId),
                r.contactMoment(),
                r.items(),
                r.approvedBy());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Answers from a script, in order; remembers what was sent. */
    private static final class ScriptedClient extends RegistratieClient {

        final Deque<Answer<AddVaccinationsReply>> adds = new ArrayDeque<>();
        final Deque<Answer<RemoveReply>> removes = new ArrayDeque<>();
        final List<byte[]> sent = new ArrayList<>();

        ScriptedClient() {
            super(
                    () -> URI.create("http://localhost:1/"),
                    null,
                    new VaccinnetDirectProperties("", Duration.ofSeconds(1), Duration.ofSeconds(1)));
        }

        @Override
        Answer<AddVaccinationsReply> add(byte[] envelope) {
            sent.add(envelope);
            return adds.removeFirst();
        }

        @Override
        Answer<RemoveReply> remove(byte[] envelope) {
            sent.add(envelope);
            return removes.removeFirst();
        }
    }
}
