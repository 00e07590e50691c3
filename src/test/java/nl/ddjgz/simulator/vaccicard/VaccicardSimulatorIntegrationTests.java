package nl.ddjgz.simulator.vaccicard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.vaccicard.fhir.BeVaccinationProfile;
import nl.ddjgz.vaccicard.fhir.BeVaccinationRules;
import nl.ddjgz.vaccicard.fhir.FhirJson;
import nl.ddjgz.vaccicard.fhir.OfficialExampleShapes;
import nl.ddjgz.vaccicard.fhir.OperationOutcomes;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Immunization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The simulated Vaccicard judges what it receives with the profile's rules and its own reading: our resources of the
 * shape of every official example are accepted; hostile variants are refused with the rule they break.
 */
@IntegrationTest
class VaccicardSimulatorIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private String bearer;

    @BeforeEach
    void token() throws Exception {
        HttpResponse<String> token = HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=client_credentials&client_id=ddjgz&client_secret=simulator-secret"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        bearer = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    private String base() {
        return "http://localhost:" + port + "/simulator/vaccicard";
    }

    private HttpResponse<String> post(String json) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + "/fhir/Immunization"))
                        .header("Content-Type", FhirJson.MEDIA_TYPE)
                        .header("Authorization", "Bearer " + bearer)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void ourResourceOfTheShapeOfEveryOfficialExampleIsAccepted() throws Exception {
        for (String file : new TreeSet<>(OfficialExampleShapes.BY_OFFICIAL_EXAMPLE.values())) {
            HttpResponse<String> answer = post(OfficialExampleShapes.json(file));
            assertThat(answer.statusCode()).as(file + ": " + answer.body()).isEqualTo(201);
        }
        Map<String, String> shapes = OfficialExampleShapes.BY_OFFICIAL_EXAMPLE;
        assertThat(shapes.keySet()).contains("othercode", "vaccinnet-1", "recorder-logical-reference");
    }

    static Stream<Arguments> hostileVariants() {
        return Stream.of(
                Arguments.of("wrong recorder URL", BeVaccinationRules.RECORDER_CARDINALITY, (Consumer<Immunization>)
                        im -> im.getExtensionByUrl(BeVaccinationProfile.EXT_RECORDER)
                                .setUrl("https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/"
                                        + "be-ext-recorder")),
                Arguments.of("two performers", BeVaccinationRules.PERFORMER_CARDINALITY, (Consumer<Immunization>)
                        im -> im.addPerformer(im.getPerformerFirstRep().copy())),
                Arguments.of(
                        "expirationDate present", BeVaccinationRules.EXPIRATION_DATE_FORBIDDEN, (Consumer<Immunization>)
                                im -> im.setExpirationDateElement(new DateType("2027-01-31"))),
                Arguments.of(
                        "code outside the value set", BeVaccinationRules.VACCINE_CODE_BINDING, (Consumer<Immunization>)
                                im -> im.getVaccineCode().getCodingFirstRep().setCode("1119349007")),
                Arguments.of("given after today", RegisterProfile.OCCURRENCE_FUTURE, (Consumer<Immunization>)
                        im -> im.setOccurrence(new DateTimeType("2099-01-01"))),
                Arguments.of("protocolApplied present", BeVaccinationRules.PROTOCOL_APPLIED_FORBIDDEN, (Consumer<
                                Immunization>)
                        im -> im.addProtocolApplied().setSeries("RVP")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileVariants")
    void aHostileVariantIsRefusedWithTheRule(String what, String rule, Consumer<Immunization> breaker)
            throws Exception {
        Immunization im = FhirJson.parse(Immunization.class, OfficialExampleShapes.json("hepa-vaccinnet"));
        breaker.accept(im);

        HttpResponse<String> answer = post(FhirJson.encode(im));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(OperationOutcomes.read(answer.body()))
                .extracting(OperationOutcomes.Issue::diagnostics)
                .anySatisfy(d -> assertThat(d).startsWith("[" + rule + "]"));
    }

    @Test
    void itReadsStrictlyAndRefusesUnknownElementsAndAnInvalidInsz() throws Exception {
        String json = OfficialExampleShapes.json("hepa-vaccinnet");

        HttpResponse<String> unknown = post(json.replaceFirst("\"status\"", "\"colour\": \"red\", \"status\""));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(OperationOutcomes.read(unknown.body()))
                .extracting(OperationOutcomes.Issue::diagnostics)
                .singleElement()
                .satisfies(d -> assertThat(d).startsWith("not valid FHIR R4 JSON"));

        Immunization im = FhirJson.parse(Immunization.class, json);
        im.getPatient().getIdentifier().setValue("90083101829");
        HttpResponse<String> nobody = post(FhirJson.encode(im));
        assertThat(nobody.statusCode()).isEqualTo(422);
        assertThat(List.of(nobody.body())).singleElement().asString().contains("patient not found");
    }
}
