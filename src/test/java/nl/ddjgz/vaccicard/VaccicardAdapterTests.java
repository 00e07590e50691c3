package nl.ddjgz.vaccicard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.ddjgz.registry.Delivery;
import nl.ddjgz.registry.Disclosure;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.registry.RegistryAdapter;
import nl.ddjgz.registry.UnsendableRegistrationException;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.vaccicard.fhir.BeVaccinationProfile;
import nl.ddjgz.vaccicard.fhir.BeVaccinationRules;
import nl.ddjgz.vaccicard.fhir.BeValueSets;
import nl.ddjgz.vaccicard.fhir.FhirJson;
import nl.ddjgz.vaccicard.fhir.OperationOutcomeWriter;
import nl.ddjgz.vaccicard.fhir.OperationOutcomes.Issue;
import nl.ddjgz.vaccicard.fhir.ShippedValueSets;
import nl.ddjgz.vaccicard.fhir.StatusReason;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The Vaccicard adapter without a register: what it builds at approval (one BeVaccination Immunization per
 * vaccination, as conditional creates in a batch Bundle), what it refuses with which message, how the register's
 * answers count, and the retraction of an accepted registration.
 */
class VaccicardAdapterTests {

    private static final String SYSTEM = "urn:ddjgz:vaccination";
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
    private static final BeValueSets VALUE_SETS = ShippedValueSets.official();

    /** The shipped codes of type 11 (Hexyon), type 10 without SNOMED CT, and a COVID-like type that needs the lot. */
    private static final Map<String, VaccicardAdapter.Codes> CODES = Map.of(
            "11", new VaccicardAdapter.Codes("871895005", "Hexavalent vaccine", "3187011", "Hexyon", false),
            "10", new VaccicardAdapter.Codes(null, null, "3187029", "Infanrix-IPV+Hib", false),
            "04", new VaccicardAdapter.Codes("871831003", "MMR vaccine", null, null, false),
            "28", new VaccicardAdapter.Codes("871873006", "MenACWY vaccine", "3187060", "Nimenrix", true));

    private final FakeClient client = new FakeClient();
    private final VaccicardAdapter adapter =
            new VaccicardAdapter(SYSTEM, type -> Optional.ofNullable(CODES.get(type)), client, VALUE_SETS, CLOCK);

    // --- compose

    @Test
    void aGivenVaccinationIsOneCompletedImmunizationWithTheLotInTheAdministeredProductSentAsAConditionalCreate() {
        OutgoingRegistration registration = registration(List.of(given("11", "VX241A")));
        String messageId = UUID.randomUUID().toString();

        Bundle bundle = FhirJson.parse(Bundle.class, adapter.compose(registration, messageId, NOW));

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.BATCH);
        assertThat(bundle.getEntry()).hasSize(1);
        Bundle.BundleEntryComponent entry = bundle.getEntry().get(0);
        String identifier = registration.contactMomentId() + ":11:" + messageId;
        assertThat(entry.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
        assertThat(entry.getRequest().getUrl()).isEqualTo("Immunization");
        assertThat(entry.getRequest().getIfNoneExist())
                .isEqualTo("identifier=urn%3Addjgz%3Avaccination|" + identifier.replace(":", "%3A"));

        Immunization im = (Immunization) entry.getResource();
        assertThat(im.getStatus()).isEqualTo(Immunization.ImmunizationStatus.COMPLETED);
        assertThat(im.getIdentifierFirstRep().getSystem()).isEqualTo(SYSTEM);
        assertThat(im.getIdentifierFirstRep().getValue()).isEqualTo(identifier);
        assertThat(im.getPatient().getIdentifier().getSystem()).isEqualTo(BeVaccinationProfile.NS_SSIN);
        assertThat(im.getPatient().getIdentifier().getValue())
                .isEqualTo(registration.child().insz());
        assertThat(im.getVaccineCode().getCodingFirstRep().getCode()).isEqualTo("871895005");
        assertThat(im.getOccurrenceDateTimeType().getValueAsString())
                .isEqualTo(registration.items().get(0).date().toString());
        assertThat(im.hasLotNumber()).as("Immunization.lotNumber is forbidden").isFalse();
        Extension product = im.getExtensionByUrl(BeVaccinationProfile.EXT_ADMINISTERED_PRODUCT);
        assertThat(((StringType) product.getExtensionByUrl(BeVaccinationProfile.SUB_LOT_NUMBER)
                                .getValue())
                        .getValue())
                .isEqualTo("VX241A");
        assertThat(((CodeableConcept) product.getExtensionByUrl(BeVaccinationProfile.SUB_CODED)
                                .getValue())
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("3187011");
        assertThat(im.getPerformerFirstRep().getActor().getIdentifier().getValue())
                .isEqualTo(Registrations.NIHII);
        assertThat(BeVaccinationRules.check(im, VALUE_SETS)).isEmpty();
        assertThat(im.getExtensionByUrl(
                        "https://www.ehealth.fgov.be/standards/fhir/core/StructureDefinition/be-ext-recorder"))
                .as("the core recorder extension")
                .isNotNull();
    }

    @Test
    void anObjectionIsNotDoneWithTheReasonAndWithoutProduct() {
        OutgoingRegistration registration = registration(List.of(given("11", "VX241A"), objection("04", "2")));

        Bundle bundle = FhirJson.parse(Bundle.class, adapter.compose(registration, "m-1", NOW));

        assertThat(bundle.getEntry()).hasSize(2);
        Immunization refused = (Immunization) bundle.getEntry().get(1).getResource();
        assertThat(refused.getStatus()).isEqualTo(Immunization.ImmunizationStatus.NOTDONE);
        assertThat(refused.getStatusReason().getCodingFirstRep().getCode()).isEqualTo("PATOBJ");
        assertThat(refused.getExtensionByUrl(BeVaccinationProfile.EXT_ADMINISTERED_PRODUCT))
                .isNull();
        assertThat(refused.getIdentifierFirstRep().getValue()).endsWith(":04:m-1");
        assertThat(refused.hasPerformer()).as("nobody vaccinated").isFalse();
        assertThat(VaccicardAdapter.reasonOf("1")).contains(StatusReason.MEDPREC);
        assertThat(VaccicardAdapter.reasonOf("2")).contains(StatusReason.PATOBJ);
        assertThat(VaccicardAdapter.reasonOf("9")).isEmpty();
    }

    @Test
    void theSameVaccineTypeTwiceGetsTwoIdentifiers() {
        Bundle bundle = FhirJson.parse(
                Bundle.class, adapter.compose(registration(List.of(given("11", "A1"), given("11", "A2"))), "m-2", NOW));

        assertThat(bundle.getEntry())
                .extracting(e ->
                        ((Immunization) e.getResource()).getIdentifierFirstRep().getValue())
                .doesNotHaveDuplicates();
    }

    @Test
    void aChildWithoutAValidInszIsRefusedWithTheBelgianMessage() {
        assertRefused(registration(null, Registrations.NIHII, List.of(given("11", "A"))), "registry.belgian.noInsz");
        assertRefused(
                registration(
                        Inszs.withWrongCheckDigits(Inszs.random()), Registrations.NIHII, List.of(given("11", "A"))),
                "registry.belgian.noInsz");
    }

    @Test
    void anApproverWithoutNihiiIsRefused() {
        assertRefused(
                registration(Inszs.random().value(), null, List.of(given("11", "A"))), "registry.belgian.noNihii");
        assertRefused(
                registration(Inszs.random().value(), "12345678901", List.of(given("11", "A"))),
                "registry.belgian.noNihii");
    }

    @Test
    void aVaccineTypeWithoutSnomedCodeOrWithoutAnyCodesIsRefusedNamingIt() {
        UnsendableRegistrationException noSnomed =
                assertRefused(registration(List.of(given("10", "A"))), "registry.vaccicard.noSnomed");
        assertThat(noSnomed.args()).containsExactly("vaccine 10");
        assertRefused(registration(List.of(given("99", "A"))), "registry.vaccicard.noSnomed");
    }

    @Test
    void aGivenVaccineWithoutCnkIsAnUnknownProductButItsObjectionCanBeSent() {
        assertRefused(registration(List.of(given("04", "A"))), "registry.belgian.unknownProduct");
        assertThat(adapter.compose(registration(List.of(objection("04", "2"))), "m-3", NOW))
                .contains("not-done");
    }

    @Test
    void aMissingLotIsRefusedWhereTheTypeRequiresIt() {
        assertRefused(registration(List.of(given("28", null))), "registry.belgian.lotRequired");
        assertRefused(registration(List.of()), "registry.belgian.nothingToSend");
    }

    // --- send: how answers count

    @Test
    void everyResourceCreatedIsAcceptedWithTheRegistersIds() {
        client.answers.add(VaccicardClient.Answer.http(201, stored("id-1"), null));
        client.answers.add(
                VaccicardClient.Answer.http(201, "", "https://vc.example/fhir/Immunization/id-2/_history/1"));
        RegistryAdapter.Pending message =
                pending(adapter.compose(registration(List.of(given("11", "A"), objection("04", "1"))), "m-4", NOW));

        Delivery delivery = adapter.send(List.of(message)).get(0);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ACCEPTED);
        assertThat(delivery.remoteId()).isEqualTo("id-1,id-2");
        assertThat(delivery.code()).isEqualTo("created");
        assertThat(client.requests).hasSize(2);
        assertThat(client.requests.get(0)).startsWith("POST identifier=urn%3Addjgz%3Avaccination|");
    }

    @Test
    void anApprovalsComposerBuildsTheSameMessageOnEveryCoreAndEachResourceIsSentAsItWasChecked() {
        OutgoingRegistration registration = registration(List.of(given("11", "VX241A"), objection("04", "2")));

        RegistryAdapter.Composer composer = adapter.composer();
        String alone = adapter.compose(registration, "m-7", NOW);
        List<String> composed = java.util.stream.IntStream.range(0, 8)
                .parallel()
                .mapToObj(i -> composer.compose(registration, "m-7", NOW))
                .toList();

        assertThat(composer.concurrent()).isTrue();
        assertThat(composed).allSatisfy(json -> assertThat(json).isEqualTo(alone));
        client.answers.add(VaccicardClient.Answer.http(201, stored("id-1"), null));
        client.answers.add(VaccicardClient.Answer.http(201, stored("id-2"), null));
        Delivery delivery = adapter.send(List.of(pending(alone))).get(0);
        assertThat(delivery.remoteId()).isEqualTo("id-1,id-2");
        Bundle bundle = FhirJson.parse(Bundle.class, alone);
        assertThat(client.bodies)
                .containsExactly(
                        FhirJson.encode(bundle.getEntry().get(0).getResource()),
                        FhirJson.encode(bundle.getEntry().get(1).getResource()));
    }

    @Test
    void aStoredMessageThatIsNoBundleIsOurSetUpAndNothingIsSent() {
        Delivery delivery = adapter.send(List.of(pending("{\"resourceType\":\"Immunization\"}"), pending("not json")))
                .get(0);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.MISCONFIGURED);
        assertThat(client.requests).isEmpty();
    }

    @Test
    void aResentResourceFoundByTheConditionalCreateCountsAsAccepted() {
        client.answers.add(VaccicardClient.Answer.http(200, stored("id-9"), null));

        Delivery delivery = adapter.send(List.of(
                        pending(adapter.compose(registration(List.of(given("11", "A"))), "m", NOW))))
                .get(0);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ACCEPTED);
        assertThat(delivery.code()).isEqualTo("exists");
        assertThat(delivery.remoteId()).isEqualTo("id-9");
    }

    @Test
    void aClientErrorWithAnOperationOutcomeIsRejectedWithItsTextForAPerson() {
        String outcome = OperationOutcomeWriter.toJson(List.of(Issue.error(
                "not-found", "patient not found: no person with this INSZ", "Immunization.patient.identifier")));

        Delivery delivery = VaccicardAdapter.failureOf(VaccicardClient.Answer.http(422, outcome, null));

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.REJECTED);
        assertThat(delivery.httpStatus()).isEqualTo(422);
        assertThat(delivery.code()).isEqualTo("not-found");
        assertThat(delivery.detail())
                .isEqualTo("1 error: Immunization.patient.identifier: patient not found: no person with this INSZ");
    }

    @Test
    void forbiddenAndNotFoundAreOurSetUpAndAnUnauthorisedTokenIsRetriedWithANewOne() {
        String outcome =
                OperationOutcomeWriter.toJson(List.of(Issue.error("login", "a valid bearer token is required", null)));
        assertThat(VaccicardAdapter.failureOf(VaccicardClient.Answer.http(401, outcome, null))
                        .outcome())
                .isEqualTo(Delivery.Outcome.RETRYABLE);
        for (int status : new int[] {403, 404}) {
            Delivery delivery = VaccicardAdapter.failureOf(VaccicardClient.Answer.http(status, outcome, null));
            assertThat(delivery.outcome()).as("HTTP " + status).isEqualTo(Delivery.Outcome.MISCONFIGURED);
            assertThat(delivery.detail()).startsWith("HTTP " + status);
        }
        assertThat(VaccicardAdapter.failureOf(VaccicardClient.Answer.http(400, "not fhir", null))
                        .outcome())
                .isEqualTo(Delivery.Outcome.MISCONFIGURED);
    }

    @Test
    void throttlingServerErrorsAndNoAnswerAreRetried() {
        for (int status : new int[] {408, 429, 500, 502, 503}) {
            assertThat(VaccicardAdapter.failureOf(VaccicardClient.Answer.http(status, "", null))
                            .outcome())
                    .as("HTTP " + status)
                    .isEqualTo(Delivery.Outcome.RETRYABLE);
        }
        Delivery noAnswer = VaccicardAdapter.failureOf(
                VaccicardClient.Answer.of(VaccicardClient.Answer.Kind.UNREACHABLE, "transport: HttpTimeoutException"));
        assertThat(noAnswer.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(noAnswer.detail()).isEqualTo("transport: HttpTimeoutException");
    }

    @Test
    void theFirstResourceThatFailsDecidesAndTheRestIsNotSent() {
        client.answers.add(VaccicardClient.Answer.http(503, "", null));
        RegistryAdapter.Pending message =
                pending(adapter.compose(registration(List.of(given("11", "A"), objection("04", "1"))), "m-5", NOW));

        Delivery delivery = adapter.send(List.of(message)).get(0);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
        assertThat(client.requests).hasSize(1);
    }

    @Test
    void whenALaterResourceIsRefusedTheIdsOfTheStoredOnesAreKept() {
        client.answers.add(VaccicardClient.Answer.http(201, stored("id-1"), null));
        client.answers.add(VaccicardClient.Answer.http(
                422, OperationOutcomeWriter.toJson(List.of(Issue.error("business-rule", "not accepted", null))), null));
        RegistryAdapter.Pending message =
                pending(adapter.compose(registration(List.of(given("11", "A"), objection("04", "1"))), "m-8", NOW));

        Delivery delivery = adapter.send(List.of(message)).get(0);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.REJECTED);
        assertThat(delivery.detail()).isEqualTo("1 error: not accepted");
        assertThat(delivery.remoteId()).isEqualTo("id-1");
    }

    @Test
    void refusedCredentialsAreTheAdministratorsAndAnUnreachableTokenEndpointIsRetried() {
        VaccicardClient.Answer refused =
                VaccicardClient.tokenFailure(new OAuth2AuthorizationException(new OAuth2Error("invalid_client")));
        assertThat(refused.kind()).isEqualTo(VaccicardClient.Answer.Kind.TOKEN_REFUSED);
        Delivery delivery = VaccicardAdapter.failureOf(refused);
        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.MISCONFIGURED);
        assertThat(delivery.detail()).contains("invalid_client").contains("DDJGZ_VACCICARD_CLIENT_SECRET");

        VaccicardClient.Answer down = VaccicardClient.tokenFailure(new OAuth2AuthorizationException(
                new OAuth2Error("invalid_token_response"), new IOException("connection refused")));
        assertThat(VaccicardAdapter.failureOf(down).outcome()).isEqualTo(Delivery.Outcome.RETRYABLE);
    }

    // --- configuration

    @Test
    void pathsAloneMeanThisApplicationsOwnPortWhereTheDevelopmentRunHasItsSimulator() {
        MockEnvironment embedded = new MockEnvironment().withProperty("local.server.port", "8123");

        VaccicardClient.Endpoints endpoints = VaccicardConfiguration.endpoints(
                properties("/simulator/vaccicard/fhir", "/simulator/vaccicard/oauth2/token", "simulator-secret"),
                embedded);

        assertThat(endpoints.missing()).isNull();
        assertThat(endpoints.baseUrl()).isEqualTo("http://localhost:8123/simulator/vaccicard/fhir");
        assertThat(endpoints.tokenUrl()).isEqualTo("http://localhost:8123/simulator/vaccicard/oauth2/token");
        assertThat(endpoints.clientSecret()).isEqualTo("simulator-secret");
    }

    @Test
    void thePortOfAPathIsAskedUntilTheServerRunsThenTheEndpointsAreKept() {
        MockEnvironment starting = new MockEnvironment();
        Supplier<VaccicardClient.Endpoints> endpoints = VaccicardConfiguration.settled(
                properties("/simulator/vaccicard/fhir", "/simulator/vaccicard/oauth2/token", "simulator-secret"),
                starting);

        assertThat(endpoints.get().baseUrl()).isEqualTo("http://localhost:8080/simulator/vaccicard/fhir");
        starting.setProperty("local.server.port", "8123");
        assertThat(endpoints.get().baseUrl()).isEqualTo("http://localhost:8123/simulator/vaccicard/fhir");
        starting.setProperty("local.server.port", "9999");
        assertThat(endpoints.get().tokenUrl()).isEqualTo("http://localhost:8123/simulator/vaccicard/oauth2/token");

        MockEnvironment production = new MockEnvironment();
        Supplier<VaccicardClient.Endpoints> absolute = VaccicardConfiguration.settled(
                properties("https://vaccicard.example/fhir/", "https://vaccicard.example/token", "s"), production);
        assertThat(absolute.get()).isSameAs(absolute.get());
        assertThat(absolute.get().baseUrl()).isEqualTo("https://vaccicard.example/fhir");
    }

    @Test
    void missingSettingsInProductionLeaveEachMessageStuckWithATextNotAFailedStart() {
        MockEnvironment production =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/ddjgz");
        VaccicardProperties properties = properties("https://vaccicard.example/fhir/", "", "");
        VaccicardClient unconfigured =
                new VaccicardClient(properties, () -> VaccicardConfiguration.endpoints(properties, production));
        VaccicardAdapter adapter = new VaccicardAdapter(
                SYSTEM, type -> Optional.ofNullable(CODES.get(type)), unconfigured, VALUE_SETS, CLOCK);

        Delivery delivery = adapter.send(List.of(
                        pending(adapter.compose(registration(List.of(given("11", "A"))), "m", NOW))))
                .get(0);

        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.MISCONFIGURED);
        assertThat(delivery.detail())
                .isEqualTo("Vaccicard is not configured: set DDJGZ_VACCICARD_TOKEN_URL, DDJGZ_VACCICARD_CLIENT_SECRET"
                        + " and retry the message");
        assertThat(VaccicardConfiguration.endpoints(properties("https://vc/fhir/", "https://vc/token", "s"), production)
                        .baseUrl())
                .isEqualTo("https://vc/fhir");
    }

    // --- retraction

    @Test
    void theRetractionSetsEveryAcceptedResourceToEnteredInErrorByAnUpdateOfItsId() {
        OutgoingRegistration registration = registration(List.of(given("11", "A"), objection("04", "2")));
        String sent = adapter.compose(registration, "m-6", NOW);
        RegistryAdapter.Pending accepted = new RegistryAdapter.Pending(
                UUID.randomUUID(),
                "m-6",
                RegistryAdapter.Operation.REGISTER,
                Disclosure.IDENTIFIED,
                sent,
                registration,
                "id-1,id-2",
                1,
                NOW);

        assertThat(adapter.retractsAfterDispatch()).isTrue();
        Bundle retraction = FhirJson.parse(Bundle.class, adapter.composeRetraction(accepted, "m-7", NOW));

        assertThat(retraction.getEntry()).hasSize(2);
        assertThat(retraction.getEntry()).allSatisfy(e -> {
            assertThat(e.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.PUT);
            assertThat(((Immunization) e.getResource()).getStatus())
                    .isEqualTo(Immunization.ImmunizationStatus.ENTEREDINERROR);
        });
        assertThat(retraction.getEntry())
                .extracting(e -> e.getRequest().getUrl())
                .containsExactly("Immunization/id-1", "Immunization/id-2");

        client.answers.add(VaccicardClient.Answer.http(200, stored("id-1"), null));
        client.answers.add(VaccicardClient.Answer.http(200, stored("id-2"), null));
        Delivery delivery = adapter.send(List.of(new RegistryAdapter.Pending(
                        UUID.randomUUID(),
                        "m-7",
                        RegistryAdapter.Operation.RETRACT,
                        Disclosure.IDENTIFIED,
                        adapter.composeRetraction(accepted, "m-7", NOW),
                        registration,
                        "id-1,id-2",
                        1,
                        NOW)))
                .get(0);
        assertThat(delivery.outcome()).isEqualTo(Delivery.Outcome.ACCEPTED);
        assertThat(delivery.code()).isEqualTo("entered-in-error");
        assertThat(client.requests).containsExactly("PUT id-1", "PUT id-2");
    }

    @Test
    void afterAPartialAcceptanceOnlyTheStoredResourcesAreTakenBack() {
        OutgoingRegistration registration = registration(List.of(given("11", "A"), objection("04", "2")));
        String sent = adapter.compose(registration, "m-8", NOW);
        RegistryAdapter.Pending partly = new RegistryAdapter.Pending(
                UUID.randomUUID(),
                "m-8",
                RegistryAdapter.Operation.REGISTER,
                Disclosure.IDENTIFIED,
                sent,
                registration,
                "id-1",
                1,
                NOW);

        Bundle retraction = FhirJson.parse(Bundle.class, adapter.composeRetraction(partly, "m-9", NOW));

        assertThat(retraction.getEntry())
                .extracting(e -> e.getRequest().getUrl())
                .containsExactly("Immunization/id-1");
    }

    // --- helpers

    private UnsendableRegistrationException assertRefused(OutgoingRegistration registration, String key) {
        Throwable thrown = catchThrowable(() -> adapter.compose(registration, "m", NOW));
        assertThat(thrown).isInstanceOf(UnsendableRegistrationException.class);
        UnsendableRegistrationException refused = (UnsendableRegistrationException) thrown;
        assertThat(refused.messageKey()).isEqualTo(key);
        if (registration.child() != null && registration.child().insz() != null) {
            assertThat(String.valueOf(refused.getMessage()))
                    .doesNotContain(registration.child().insz());
        }
        return refused;
    }

    private static VaccicardProperties properties(String baseUrl, String tokenUrl, String secret) {
        return new VaccicardProperties(
                baseUrl, tokenUrl, "ddjgz", secret, "", SYSTEM, Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    private static OutgoingRegistration registration(List<OutgoingRegistration.Item> items) {
        return registration(Inszs.random().value(), Registrations.NIHII, items);
    }

    private static OutgoingRegistration registration(String insz, String nihii, List<OutgoingRegistration.Item> items) {
        OutgoingRegistration r = Registrations.belgian(insz, nihii);
        return new OutgoingRegistration(
                r.contactMomentId(),
                r.dossierId(),
                r.dossierNumber(),
                r.disclosure(),
                r.child(),
                r.organisation(),
                r.contactMoment(),
                items,
                r.approvedBy());
    }

    private static OutgoingRegistration.Item given(String type, String lot) {
        return new OutgoingRegistration.Item(type, type, "vaccine " + type, LocalDate.of(2026, 3, 2), lot, null);
    }

    private static OutgoingRegistration.Item objection(String type, String reason) {
        return new OutgoingRegistration.Item(type, type, "vaccine " + type, LocalDate.of(2026, 3, 2), null, reason);
    }

    private static RegistryAdapter.Pending pending(String payload) {
        return new RegistryAdapter.Pending(
                UUID.randomUUID(),
                "m",
                RegistryAdapter.Operation.REGISTER,
                Disclosure.IDENTIFIED,
                payload,
                null,
                null,
                1,
                NOW);
    }

    private static String stored(String id) {
        Immunization im = new Immunization();
        im.setId(id);
        return FhirJson.encode(im);
    }

    /** Answers from a list, and remembers what was asked ("POST if-none-exist" or "PUT id"). */
    private static final class FakeClient extends VaccicardClient {

        final List<VaccicardClient.Answer> answers = new ArrayList<>();
        final List<String> requests = new ArrayList<>();
        final List<String> bodies = new ArrayList<>();

        FakeClient() {
            super(null, () -> null);
        }

        @Override
        Answer create(String immunizationJson, String ifNoneExist) {
            requests.add("POST " + ifNoneExist);
            bodies.add(immunizationJson);
            return answers.remove(0);
        }

        @Override
        Answer update(String id, String immunizationJson) {
            requests.add("PUT " + id);
            bodies.add(immunizationJson);
            return answers.remove(0);
        }
    }
}
