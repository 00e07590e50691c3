package nl.ddjgz.vaccicard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.registry.Deliveries;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.registry.RegistryMessage;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.simulator.Faults;
import nl.ddjgz.simulator.vaccicard.SimulatedVaccicard;
import nl.ddjgz.vaccicard.fhir.BeVaccination;
import nl.ddjgz.vaccicard.fhir.BeVaccinations;
import nl.ddjgz.vaccicard.fhir.FhirJson;
import nl.ddjgz.vaccicard.fhir.OperationOutcomes;
import org.hl7.fhir.r4.model.Immunization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery to Vaccicard end to end on the embedded database: approved registrations queued by the outbox with the
 * organisation's register set to Vaccicard, delivered by a dispatcher node through the adapter (OAuth2 token, FHIR
 * conditional create) to the simulated Vaccicard of the test context.
 */
@IntegrationTest
class VaccicardIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    SimulatedVaccicard vaccicard;

    @Autowired
    @Qualifier("vaccicardFaults")
    Faults faults;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Clock clock;

    @RegisterExtension
    final Deliveries deliveries = Deliveries.reportingTo("VACCICARD");

    @AfterEach
    void restore() {
        deliveries.stopNodes();
        faults.clear();
        vaccicard.resetCredentials();
        vaccicard.tooManyRequestsNext(0);
    }

    private Map<String, Object> row(RegistryMessage message) {
        return jdbc.queryForMap(
                "select state, registry, attempts, ack_code, ack_text, last_error, remote_id from registry_message"
                        + " where id = ?",
                message.getId());
    }

    /** One registration queued and delivered by a node of this name: sent twice, registered once. */
    private void assertSentAgainAndRegisteredOnce(String node) {
        String insz = Inszs.random().value();
        RegistryMessage message = deliveries.queue(Registrations.belgian(insz, Registrations.NIHII));

        deliveries.start(node, 2, 5);
        awaitState(message, "ACKNOWLEDGED");

        assertThat(attemptOutcomes(message)).containsExactly("RETRYABLE", "ACCEPTED");
        assertThat(vaccicard.immunizationsFor(insz)).hasSize(1);
    }

    private void awaitState(RegistryMessage message, String state) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(row(message).get("state")).isEqualTo(state));
    }

    private List<String> attemptOutcomes(RegistryMessage message) {
        return jdbc.queryForList(
                "select outcome from registry_attempt where message = ? order by started_at, finished_at",
                String.class,
                message.getId());
    }

    @Test
    void anApprovedVaccinationIsRegisteredInVaccicardAsACompletedImmunizationWithItsLot() {
        String insz = Inszs.random().value();
        RegistryMessage message = deliveries.queue(Registrations.belgian(insz, Registrations.NIHII));
        assertThat(row(message).get("registry")).isEqualTo("VACCICARD");

        deliveries.start("vc-accept", 2, 5);
        awaitState(message, "ACKNOWLEDGED");

        List<SimulatedVaccicard.Stored> stored = vaccicard.immunizationsFor(insz);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).status()).isEqualTo("completed");
        assertThat(stored.get(0).identifier())
                .isEqualTo("urn:ddjgz:vaccination|" + message.getContactMomentId() + ":11:" + message.getMessageId());
        assertThat(stored.get(0).json()).contains("\"valueString\":\"VX241A\"").doesNotContain("\"lotNumber\":\"");
        assertThat(row(message))
                .containsEntry("ack_code", "created")
                .containsEntry("remote_id", stored.get(0).id());
        assertThat(attemptOutcomes(message)).containsExactly("ACCEPTED");
    }

    @Test
    void whenVaccicardAnswers503TheMessageIsSentAgainAndRegisteredOnce() {
        faults.failNext(1);

        assertSentAgainAndRegisteredOnce("vc-503");
    }

    @Test
    void aThrottledRequestIsSentAgainLater() {
        vaccicard.tooManyRequestsNext(1);

        assertSentAgainAndRegisteredOnce("vc-429");
    }

    @Test
    void aLostAnswerLeadsToAResendThatTheConditionalCreateStoresOnce() {
        String insz = Inszs.random().value();
        long duplicatesBefore = vaccicard.duplicates();
        faults.loseAcknowledgements(1);
        RegistryMessage message = deliveries.queue(Registrations.belgian(insz, Registrations.NIHII));

        deliveries.start("vc-lost", 2, 5);
        awaitState(message, "ACKNOWLEDGED");

        assertThat(vaccicard.immunizationsFor(insz)).as("stored once").hasSize(1);
        assertThat(vaccicard.duplicates() - duplicatesBefore).isEqualTo(1);
        assertThat(attemptOutcomes(message)).containsExactly("RETRYABLE", "ACCEPTED");
        assertThat(row(message))
                .containsEntry("ack_code", "exists")
                .containsEntry(
                        "remote_id", vaccicard.immunizationsFor(insz).get(0).id());
    }

    @Test
    void aChildVaccicardDoesNotKnowGoesToAPersonWithTheRegistersText() {
        String insz = Inszs.random().value();
        vaccicard.refusePatient(insz);
        RegistryMessage message = deliveries.queue(Registrations.belgian(insz, Registrations.NIHII));

        deliveries.start("vc-422", 2, 5);
        awaitState(message, "NEEDS_ACTION");

        Map<String, Object> row = row(message);
        assertThat(row.get("ack_code")).isEqualTo("not-found");
        assertThat((String) row.get("ack_text"))
                .isEqualTo("1 error: Immunization.patient.identifier: patient not found: no person with this INSZ in"
                        + " the national register")
                .doesNotContain(insz);
        assertThat(outbox.needingAttention())
                .extracting(w -> w.message().getId())
                .contains(message.getId());
        assertThat(vaccicard.immunizationsFor(insz)).isEmpty();
    }

    @Test
    void wrongClientCredentialsLeaveTheMessageStuckForTheAdministratorUntilFixedAndRetried() {
        String insz = Inszs.random().value();
        vaccicard.expectCredentials("ddjgz", "rotated-by-vaccicard");
        RegistryMessage message = deliveries.queue(Registrations.belgian(insz, Registrations.NIHII));

        deliveries.start("vc-401", 2, 5);
        awaitState(message, "STUCK");

        // a token issued before the rotation is refused (401: retried with a new token), then the token endpoint
        // refuses the credentials: the administrator must act
        assertThat(attemptOutcomes(message)).endsWith("MISCONFIGURED").containsOnly("RETRYABLE", "MISCONFIGURED");
        assertThat(vaccicard.immunizationsFor(insz)).isEmpty();
        String text = row(message).get("ack_text") + " " + row(message).get("last_error");
        assertThat(text).contains("HTTP 401");

        vaccicard.resetCredentials();
        outbox.retry(message.getId());
        awaitState(message, "ACKNOWLEDGED");
        assertThat(vaccicard.immunizationsFor(insz)).hasSize(1);
    }

    @Test
    void aCorrectionAfterAcceptanceSetsTheRegisteredResourceToEnteredInErrorAndRegistersTheNewOne() {
        String insz = Inszs.random().value();
        OutgoingRegistration first = Registrations.belgian(insz, Registrations.NIHII);
        RegistryMessage accepted = deliveries.queue(first);
        deliveries.start("vc-correct", 2, 5);
        awaitState(accepted, "ACKNOWLEDGED");
        String firstId = (String) row(accepted).get("remote_id");

        OutgoingRegistration.Item item = first.items().get(0);
        OutgoingRegistration corrected = new OutgoingRegistration(
                first.contactMomentId(),
                first.dossierId(),
                first.dossierNumber(),
                first.disclosure(),
                first.child(),
                first.organisation(),
                first.contactMoment(),
                List.of(new OutgoingRegistration.Item(
                        item.vaccineTypeCode(), item.w0422Code(), item.vaccineName(), item.date(), "VX242A", null)),
                first.approvedBy());
        assertThat(outbox.canRetract(first.contactMomentId())).isTrue();
        // "Corrigeren" retracts (ContactMoments.correct), the new approval queues the corrected registration; both
        // in one transaction here, which the outbox must also allow
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        RegistryMessage replacement = tx.execute(s -> {
            assertThat(outbox.retract(first.contactMomentId(), "arts")).isTrue();
            return outbox.queue(corrected, "arts", Outbox.Release.AT_ONCE);
        });

        awaitState(replacement, "ACKNOWLEDGED");
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(vaccicard.byId(firstId).orElseThrow().status())
                                .isEqualTo("entered-in-error"));
        assertThat(row(accepted).get("state")).isEqualTo("RETRACTED");
        assertThat(jdbc.queryForList(
                        "select state from registry_message where contact_moment_id = ? and operation = 'RETRACT'",
                        String.class,
                        first.contactMomentId()))
                .containsExactly("ACKNOWLEDGED");
        List<SimulatedVaccicard.Stored> stored = vaccicard.immunizationsFor(insz);
        assertThat(stored)
                .extracting(SimulatedVaccicard.Stored::status)
                .containsExactlyInAnyOrder("entered-in-error", "completed");
        assertThat(stored)
                .filteredOn(s -> s.status().equals("completed"))
                .singleElement()
                .satisfies(s -> assertThat(s.json()).contains("\"valueString\":\"VX242A\""));
        assertThat(vaccicard.byId(firstId).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void theSimulatedVaccicardWantsABearerTokenChecksTheProfileAndStoresAResentResourceOnce() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port + "/simulator/vaccicard";
        String insz = Inszs.random().value();
        Immunization valid = BeVaccinations.toImmunization(BeVaccination.builder()
                .identifier("urn:test", UUID.randomUUID().toString())
                .patient(Insz.of(insz))
                .occurrence(LocalDate.now(clock))
                .recorded(clock.instant())
                .recorderNihii(Registrations.NIHII)
                .vaccine("871831003", "Measles and mumps and rubella vaccine")
                .product("3187052", "M-M-RvaxPro")
                .lot("MM241A")
                .build());
        String ifNoneExist =
                "identifier=urn%3Atest|" + valid.getIdentifierFirstRep().getValue();

        HttpResponse<String> anonymous = http.send(
                fhirPost(base, null, FhirJson.encode(valid), ifNoneExist), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=client_credentials&client_id=ddjgz&client_secret=simulator-secret"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        String bearer = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");

        Immunization withLotNumber = valid.copy();
        withLotNumber.setLotNumber("MM241A");
        HttpResponse<String> invalid = http.send(
                fhirPost(base, bearer, FhirJson.encode(withLotNumber), null), HttpResponse.BodyHandlers.ofString());
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(OperationOutcomes.read(invalid.body()))
                .extracting(OperationOutcomes.Issue::diagnostics)
                .anySatisfy(d -> assertThat(d).startsWith("[profile.lotNumber.forbidden]"));

        HttpResponse<String> created = http.send(
                fhirPost(base, bearer, FhirJson.encode(valid), ifNoneExist), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> resent = http.send(
                fhirPost(base, bearer, FhirJson.encode(valid), ifNoneExist), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(FhirJson.parse(Immunization.class, resent.body())
                        .getIdElement()
                        .getIdPart())
                .isEqualTo(FhirJson.parse(Immunization.class, created.body())
                        .getIdElement()
                        .getIdPart());
        assertThat(vaccicard.immunizationsFor(insz)).hasSize(1);
    }

    private static HttpRequest fhirPost(String base, String bearer, String json, String ifNoneExist) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/fhir/Immunization"))
                .header("Content-Type", FhirJson.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (ifNoneExist != null) {
            request.header("If-None-Exist", ifNoneExist);
        }
        return request.build();
    }
}
