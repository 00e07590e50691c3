package nl.ddjgz.vaccinnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.ddjgz.registry.Delivery;
import nl.ddjgz.registry.Disclosure;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.registry.RegistryAdapter;
import nl.ddjgz.registry.UnsendableRegistrationException;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.simulator.vaccinnet.BatchUploadMessages;
import nl.ddjgz.vaccinecodes.VaccineCode;
import nl.ddjgz.vaccinecodes.VaccineCodes;
import nl.ddjgz.vaccinnet.kmehr.KmehrMessage;
import nl.ddjgz.vaccinnet.kmehr.KmehrReader;
import nl.ddjgz.vaccinnet.kmehr.PartyKind;
import nl.ddjgz.vaccinnet.ws.Fault;
import nl.ddjgz.vaccinnet.ws.PatientResult;
import nl.ddjgz.vaccinnet.ws.ProcessingResult;
import nl.ddjgz.vaccinnet.ws.ProcessingStatus;
import nl.ddjgz.vaccinnet.ws.ResultReply;
import nl.ddjgz.vaccinnet.ws.TransactionResult;
import nl.ddjgz.vaccinnet.ws.UploadReply;
import nl.ddjgz.vaccinnet.ws.UploadRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The BatchUpload adapter without Spring: what it builds at approval, what one upload carries, how the registry's
 * answers (transaction id, foutCode, HTTP status, timeout) and results per transaction become deliveries.
 */
class VaccinnetBatchAdapterTests {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final VaccinnetBatchProperties properties = properties("", Duration.ofSeconds(2), Duration.ofMinutes(5));
    private final FakeClient client = new FakeClient(properties);
    private final VaccinnetBatchAdapter adapter = adapter(client, properties);
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static VaccinnetBatchProperties properties(String endpoint, Duration readTimeout, Duration pollInterval) {
        return new VaccinnetBatchProperties(
                endpoint,
                Duration.ofSeconds(2),
                readTimeout,
                "vaccinatie",
                List.of("09:00", "12:00", "20:00"),
                Duration.ofMinutes(15),
                pollInterval,
                List.of("OK"),
                List.of("SERVICE_UNAVAILABLE"));
    }

    private VaccinnetBatchAdapter adapter(BatchUploadClient client, VaccinnetBatchProperties properties) {
        VaccineCode hexyon = mock(VaccineCode.class);
        when(hexyon.getCnk()).thenReturn("3187011");
        when(hexyon.getProductName()).thenReturn("Hexyon");
        when(hexyon.getKmehrIndications()).thenReturn(List.of("diphteria", "tetanus", "hepatitisb"));
        VaccineCodes codes = mock(VaccineCodes.class);
        when(codes.of(anyString())).thenReturn(Optional.of(hexyon));
        return new VaccinnetBatchAdapter(
                new KmehrComposer(codes), client, BatchPollTimes.of(properties), properties, clock);
    }

    /** Answers as the test says and keeps what it was sent. */
    static class FakeClient extends BatchUploadClient {

        final List<UploadRequest> uploads = new ArrayList<>();
        final List<String> resultRequests = new ArrayList<>();
        Function<UploadRequest, Answer<UploadReply>> onUpload = r -> Answer.of(UploadReply.accepted("T-1"));
        Function<String, Answer<ResultReply>> onResult =
                id -> Answer.of(ResultReply.of(new ProcessingResult(id, ProcessingStatus.PENDING, List.of())));

        FakeClient(VaccinnetBatchProperties properties) {
            super(() -> URI.create("http://localhost:1/unused"), properties);
        }

        @Override
        Answer<UploadReply> upload(UploadRequest request) {
            uploads.add(request);
            return onUpload.apply(request);
        }

        @Override
        Answer<ResultReply> result(String transactionId) {
            resultRequests.add(transactionId);
            return onResult.apply(transactionId);
        }
    }

    private RegistryAdapter.Pending pending(OutgoingRegistration registration, String remoteId) {
        String payload = adapter.compose(registration, UUID.randomUUID().toString(), NOW);
        return new RegistryAdapter.Pending(
                UUID.randomUUID(),
                UUID.randomUUID().toString(),
                RegistryAdapter.Operation.REGISTER,
                Disclosure.IDENTIFIED,
                payload,
                registration,
                remoteId,
                1,
                NOW);
    }

    private static OutgoingRegistration withSoftwareId(String softwareId) {
        OutgoingRegistration r = Registrations.belgian();
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

    // compose

    @Test
    void atApprovalTheChildsFolderIsBuiltAndCheckedWithTheContactMomentAsTransaction() {
        OutgoingRegistration registration = Registrations.belgian();

        String payload = adapter.compose(registration, "m-1", NOW);

        KmehrMessage message = new KmehrReader().read(payload.getBytes(StandardCharsets.UTF_8));
        assertThat(message.folders()).singleElement().satisfies(folder -> {
            assertThat(folder.patient().insz())
                    .isEqualTo(Insz.of(registration.child().insz()));
            assertThat(folder.transactions()).singleElement().satisfies(t -> {
                assertThat(t.id()).isEqualTo(registration.contactMomentId().toString());
                assertThat(t.items()).singleElement().satisfies(item -> {
                    assertThat(item.cnk()).isEqualTo("3187011");
                    assertThat(item.lot()).isEqualTo("VX241A");
                });
            });
        });
        assertThat(message.sender().nihii()).isEqualTo("71012345000");
    }

    @Test
    void aNurseIsTheAuthorAsANurseAndAPhysicianAsAPhysician() {
        KmehrMessage byNurse = new KmehrReader()
                .read(adapter.compose(Registrations.belgian(Inszs.random().value(), "45678981402"), "m-n", NOW)
                        .getBytes(StandardCharsets.UTF_8));
        KmehrMessage byPhysician = new KmehrReader()
                .read(adapter.compose(Registrations.belgian(), "m-p", NOW).getBytes(StandardCharsets.UTF_8));

        assertThat(byNurse.folders().get(0).transactions().get(0).author().kind())
                .isEqualTo(PartyKind.PERS_NURSE);
        assertThat(byNurse.folders().get(0).transactions().get(0).author().nihii())
                .isEqualTo("45678981402");
        assertThat(byPhysician.folders().get(0).transactions().get(0).author().kind())
                .isEqualTo(PartyKind.PERS_PHYSICIAN);
    }

    @Test
    void anotherProfessionIsRefusedAtApprovalInsteadOfPassingForAPhysician() {
        assertThatThrownBy(() ->
                        adapter.compose(Registrations.belgian(Inszs.random().value(), "51234509000"), "m", NOW))
                .isInstanceOfSatisfying(
                        UnsendableRegistrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registry.vaccinnet.professionUnknown"));
    }

    @Test
    void aMissingSoftwareIdIsRefusedAtApproval() {
        assertThatThrownBy(() -> adapter.compose(withSoftwareId(null), "m", NOW))
                .isInstanceOfSatisfying(
                        UnsendableRegistrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registry.vaccinnet.noSoftwareId"));
        assertThatThrownBy(() -> adapter.compose(withSoftwareId("  "), "m", NOW))
                .isInstanceOfSatisfying(
                        UnsendableRegistrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registry.vaccinnet.noSoftwareId"));
    }

    @Test
    void aSoftwareIdOfTheWrongFormOrTooLongIsRefusedAtApproval() {
        for (String invalid : List.of("ddjgz", "ddjgz vaccinatie_kg", "a_b_c_d_e", "ddjgz_" + "x".repeat(45))) {
            assertThatThrownBy(() -> adapter.compose(withSoftwareId(invalid), "m", NOW))
                    .as(invalid)
                    .isInstanceOfSatisfying(
                            UnsendableRegistrationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("registry.vaccinnet.invalidSoftwareId"));
        }
        assertThat(adapter.compose(withSoftwareId("ddjgz_vaccinatie_kg-gent.2"), "m", NOW))
                .contains("kmehrmessage");
    }

    @Test
    void fiveHundredPersonsPerRequestAndNoRetractionAfterDispatch() {
        assertThat(adapter.registry()).isEqualTo(VaccinnetRegisters.VACCINNET_BATCH);
        assertThat(adapter.maxPerRequest()).isEqualTo(500);
        assertThat(adapter.retractsAfterDispatch()).isFalse();
    }

    // send

    @Test
    void allMessagesLeaveInOneUploadAndAreSubmittedWithTheTransactionId() {
        List<RegistryAdapter.Pending> messages = List.of(
                pending(Registrations.belgian(), null),
                pending(Registrations.belgian(), null),
                pending(Registrations.belgian(), null));

        List<Delivery> deliveries = adapter.send(messages);

        assertThat(client.uploads).singleElement().satisfies(upload -> {
            assertThat(upload.type()).isEqualTo("vaccinatie");
            assertThat(upload.pakket()).isEqualTo("ddjgz_vaccinatie_kgtest");
            KmehrMessage kmehr = new KmehrReader().read(upload.kmehrMessage());
            assertThat(kmehr.folders())
                    .extracting(f -> f.transactions().get(0).id())
                    .containsExactly(messages.stream()
                            .map(m -> m.registration().contactMomentId().toString())
                            .toArray(String[]::new));
        });
        assertThat(deliveries).hasSize(3).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(Delivery.Outcome.SUBMITTED);
            assertThat(d.remoteId()).isEqualTo("T-1");
            assertThat(d.pollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        });
    }

    @Test
    void uploadsMadeInTheSameMillisecondStillHaveTheirOwnKmehrMessageId() {
        adapter.send(List.of(pending(Registrations.belgian(), null)));
        adapter.send(List.of(pending(Registrations.belgian(), null)));

        assertThat(client.uploads)
                .extracting(u -> new KmehrReader().read(u.kmehrMessage()).id())
                .doesNotHaveDuplicates()
                .hasSize(2);
    }

    @Test
    void messagesApprovedUnderAnotherSoftwareIdLeaveInTheirOwnUpload() {
        List<Delivery> deliveries = adapter.send(List.of(
                pending(Registrations.belgian(), null),
                pending(withSoftwareId("ddjgz_vaccinatie_kgnieuw"), null),
                pending(Registrations.belgian(), null)));

        assertThat(client.uploads)
                .extracting(UploadRequest::pakket)
                .containsExactly("ddjgz_vaccinatie_kgtest", "ddjgz_vaccinatie_kgnieuw");
        assertThat(new KmehrReader().read(client.uploads.get(0).kmehrMessage()).folders())
                .hasSize(2);
        assertThat(deliveries)
                .extracting(Delivery::outcome)
                .containsOnly(Delivery.Outcome.SUBMITTED)
                .hasSize(3);
    }

    @Test
    void withoutPollIntervalTheOutcomeIsAskedAfterTheRegistrysNextRun() {
        VaccinnetBatchProperties runs = properties("", Duration.ofSeconds(2), null);
        VaccinnetBatchAdapter atRuns = adapter(client, runs);

        Delivery delivery =
                atRuns.send(List.of(pending(Registrations.belgian(), null))).get(0);

        // 10:00 UTC is 11:00 in Brussels: the 12h run, plus 15 minutes
        assertThat(delivery.pollAt()).isEqualTo(Instant.parse("2026-12-02T11:15:00Z"));
    }

    @Test
    void serviceUnavailableIsRetriedAndOtherFoutCodesGoToAPerson() {
        client.onUpload =
                r -> BatchUploadClient.Answer.of(UploadReply.refused(new Fault("SERVICE_UNAVAILABLE", "Onderhoud")));
        assertThat(adapter.send(List.of(pending(Registrations.belgian(), null))))
                .singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE));

        client.onUpload = r -> BatchUploadClient.Answer.of(
                UploadReply.refused(new Fault("PAKKET_ONGELDIG", "Het pakket is niet gekend")));
        List<Delivery> refused =
                adapter.send(List.of(pending(Registrations.belgian(), null), pending(Registrations.belgian(), null)));
        assertThat(refused).hasSize(2).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(Delivery.Outcome.ERROR);
            assertThat(d.code()).isEqualTo("PAKKET_ONGELDIG");
            assertThat(d.detail()).isEqualTo("PAKKET_ONGELDIG: Het pakket is niet gekend");
        });
    }

    // the real client against an HTTP server

    private VaccinnetBatchAdapter overHttp(int status, Duration answerDelay, Duration readTimeout) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/batchupload", exchange -> {
            try {
                Thread.sleep(answerDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body =
                    status == 200 ? BatchUploadMessages.writeUploadReply(UploadReply.accepted("T-HTTP")) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        VaccinnetBatchProperties http = properties(
                "http://localhost:" + server.getAddress().getPort() + "/batchupload",
                readTimeout,
                Duration.ofMinutes(5));
        return adapter(
                new VaccinnetBatchConfiguration()
                        .batchUploadClient(http, new org.springframework.mock.env.MockEnvironment()),
                http);
    }

    @Test
    void overHttpAnUploadIsSubmitted() throws IOException {
        Delivery delivery = overHttp(200, Duration.ZERO, Duration.ofSeconds(5))
                .send(List.of(pending(Registrations.belgian(), null)))
                .get(0);
        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.SUBMITTED);
        assertThat(delivery.remoteId()).isEqualTo("T-HTTP");
    }

    @Test
    void http5xxIsRetried() throws IOException {
        Delivery delivery = overHttp(503, Duration.ZERO, Duration.ofSeconds(5))
                .send(List.of(pending(Registrations.belgian(), null)))
                .get(0);
        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(delivery.httpStatus()).isEqualTo(503);
    }

    @Test
    void aTimeoutIsRetried() throws IOException {
        Delivery delivery = overHttp(200, Duration.ofMillis(1500), Duration.ofMillis(300))
                .send(List.of(pending(Registrations.belgian(), null)))
                .get(0);
        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(delivery.detail()).isEqualTo("timeout");
    }

    @Test
    void unauthorisedForbiddenOrNotFoundIsOurSetUp() throws IOException {
        for (int status : List.of(401, 403, 404)) {
            Delivery delivery = overHttp(status, Duration.ZERO, Duration.ofSeconds(5))
                    .send(List.of(pending(Registrations.belgian(), null)))
                    .get(0);
            server.stop(0);
            assertThat(delivery.outcome()).as("HTTP " + status).isEqualTo(Delivery.Outcome.MISCONFIGURED);
        }
    }

    @Test
    void withAnExternalDatabaseAndNoEndpointEveryUploadIsStuckWithAClearText() {
        VaccinnetBatchProperties none = properties("", Duration.ofSeconds(5), Duration.ofMinutes(5));
        var production = new org.springframework.mock.env.MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/ddjgz");
        VaccinnetBatchAdapter unconfigured =
                adapter(new VaccinnetBatchConfiguration().batchUploadClient(none, production), none);

        Delivery delivery = unconfigured
                .send(List.of(pending(Registrations.belgian(), null)))
                .get(0);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.MISCONFIGURED);
        assertThat(delivery.detail()).contains("DDJGZ_VACCINNET_BATCH_ENDPOINT");
    }

    // poll

    @Test
    void anUnprocessedUploadIsAskedAgainAfterTheNextRun() {
        List<Delivery> answers =
                adapter.poll(List.of(pending(Registrations.belgian(), "T-7"), pending(Registrations.belgian(), "T-7")));

        assertThat(answers).hasSize(2).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(Delivery.Outcome.PENDING);
            assertThat(d.pollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        });
        assertThat(client.resultRequests).as("asked once per upload").containsExactly("T-7");
    }

    @Test
    void aProcessedUploadGivesTheOutcomePerPersonAndTransaction() {
        OutgoingRegistration ok = Registrations.belgian();
        OutgoingRegistration unknown = Registrations.belgian();
        OutgoingRegistration other = Registrations.belgian();
        client.onResult = id -> BatchUploadClient.Answer.of(ResultReply.of(new ProcessingResult(
                id,
                ProcessingStatus.PROCESSED,
                List.of(
                        new PatientResult(
                                Insz.of(ok.child().insz()),
                                List.of(new TransactionResult(
                                        ok.contactMomentId().toString(), "OK", "Geregistreerd."))),
                        new PatientResult(
                                Insz.of(unknown.child().insz()),
                                List.of(new TransactionResult(
                                        unknown.contactMomentId().toString(),
                                        "ZORGVRAGER_NIET_GEVONDEN",
                                        "Zorgvrager niet teruggevonden")))))));

        List<Delivery> answers =
                adapter.poll(List.of(pending(ok, "T-9"), pending(unknown, "T-9"), pending(other, "T-9")));

        assertThat(answers.get(0).outcome()).isEqualTo(Delivery.Outcome.ACCEPTED);
        assertThat(answers.get(0).code()).isEqualTo("OK");
        assertThat(answers.get(0).remoteId()).isEqualTo("T-9");
        assertThat(answers.get(1).outcome()).isEqualTo(Delivery.Outcome.REJECTED);
        assertThat(answers.get(1).code()).isEqualTo("ZORGVRAGER_NIET_GEVONDEN");
        assertThat(answers.get(1).detail()).isEqualTo("Zorgvrager niet teruggevonden");
        assertThat(answers.get(2).outcome()).isEqualTo(Delivery.Outcome.ERROR);
        assertThat(answers.get(2).code()).isEqualTo(VaccinnetBatchAdapter.NO_RESULT);
        assertThat(client.resultRequests).containsExactly("T-9");
    }

    @Test
    void anUnknownTransactionIdGoesToTheAdministrator() {
        client.onResult = id -> BatchUploadClient.Answer.of(
                ResultReply.refused(new Fault("TRANSACTIE_ONBEKEND", "Onbekende transactionId.")));

        Delivery answer =
                adapter.poll(List.of(pending(Registrations.belgian(), "T-x"))).get(0);

        assertThat(answer.outcome()).isEqualTo(Delivery.Outcome.MISCONFIGURED);
        assertThat(answer.code()).isEqualTo("TRANSACTIE_ONBEKEND");
    }
}
