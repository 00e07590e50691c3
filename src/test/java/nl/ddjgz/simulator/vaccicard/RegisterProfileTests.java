package nl.ddjgz.simulator.vaccicard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.simulator.vaccinnet.RegisterInsz;
import nl.ddjgz.vaccicard.fhir.BeVaccination;
import nl.ddjgz.vaccicard.fhir.BeVaccinations;
import nl.ddjgz.vaccicard.fhir.FhirJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulated Vaccicard's own reading of BeVaccination: it takes what our composer builds and a resource written by
 * hand after the profile, and refuses what the register refuses, with the codes its OperationOutcome shows.
 */
class RegisterProfileTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** An Immunization written by hand after the profile: completed MMR, lot in the administered product. */
    private static final String BY_HAND = """
            {
              "resourceType": "Immunization",
              "meta": {"profile": ["https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-vaccination"]},
              "extension": [
                {"url": "https://www.ehealth.fgov.be/standards/fhir/core/StructureDefinition/be-ext-recorder",
                 "valueReference": {"identifier": {
                   "system": "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/nihdi", "value": "12345625003"}}},
                {"url": "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-ext-administeredProduct",
                 "extension": [
                   {"url": "coded", "valueCodeableConcept": {"coding": [{
                     "system": "https://www.ehealth.fgov.be/standards/fhir/medication/NamingSystem/be-ns-cnk-codes",
                     "code": "3187052"}]}},
                   {"url": "lotNumber", "valueString": "MM241A"}]}
              ],
              "identifier": [{"system": "urn:test", "value": "cm-1"}],
              "status": "completed",
              "vaccineCode": {"coding": [{"system": "http://snomed.info/sct", "code": "871831003"}]},
              "patient": {"identifier": {
                "system": "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin", "value": "25110312330"}},
              "occurrenceDateTime": "2026-03-02",
              "recorded": "2026-03-02T10:00:00+01:00",
              "performer": [{"actor": {"identifier": {
                "system": "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/nihdi", "value": "12345625003"}}}]
            }
            """;

    @Test
    void takesAResourceWrittenByHandAfterTheProfile() {
        JsonNode im = tree(BY_HAND);

        assertThat(RegisterProfile.check(im, TODAY)).isEmpty();
        assertThat(RegisterProfile.invalidSsin(im)).isFalse();
        assertThat(RegisterProfile.patientOf(im)).isEqualTo("25110312330");
    }

    @Test
    void takesWhatOurComposerBuilds() {
        Insz child = Inszs.random();
        String json = FhirJson.encode(BeVaccinations.toImmunization(BeVaccination.builder()
                .identifier("urn:test", UUID.randomUUID().toString())
                .patient(child)
                .occurrence(LocalDate.of(2026, 3, 2))
                .recorded(Instant.parse("2026-03-02T09:00:00Z"))
                .recorderNihii(Registrations.NIHII)
                .vaccine("871831003", "Measles and mumps and rubella vaccine")
                .product("3187052", "M-M-RvaxPro")
                .lot("MM241A")
                .build()));

        assertThat(RegisterProfile.check(tree(json), TODAY)).isEmpty();
        assertThat(RegisterProfile.patientOf(tree(json))).isEqualTo(child.value());
    }

    @Test
    void refusesAnUnknownVaccineCodeTheLotInImmunizationLotNumberAndADayAfterToday() {
        assertThat(codes(BY_HAND.replace("871831003", "1119349007")))
                .containsExactly(RegisterProfile.VACCINE_CODE_BINDING);
        assertThat(codes(BY_HAND.replace(
                        "\"status\": \"completed\",", "\"status\": \"completed\", \"lotNumber\": \"MM241A\",")))
                .containsExactly(RegisterProfile.LOT_NUMBER_FORBIDDEN);
        assertThat(codes(BY_HAND.replace(
                        "\"occurrenceDateTime\": \"2026-03-02\"", "\"occurrenceDateTime\": \"2026-03-11\"")))
                .containsExactly(RegisterProfile.OCCURRENCE_FUTURE);
        assertThat(codes(BY_HAND.replace("\"valueString\": \"MM241A\"", "\"valueDate\": \"2026-03-01\"")))
                .containsExactly(RegisterProfile.EXTENSION_VALUE);
    }

    @Test
    void refusesWhatTheProfileRequiresWhenItIsMissing() {
        String bare = BY_HAND.replace("\"status\": \"completed\",", "")
                .replace("\"occurrenceDateTime\": \"2026-03-02\",", "")
                .replace("be-ext-recorder", "be-ext-recorded");

        assertThat(codes(bare))
                .containsExactlyInAnyOrder(
                        RegisterProfile.STATUS_REQUIRED,
                        RegisterProfile.OCCURRENCE_REQUIRED,
                        RegisterProfile.RECORDER_CARDINALITY);
    }

    @Test
    void anSsinWhoseCheckDigitsFailIsNobodyInTheNationalRegister() {
        JsonNode im = tree(BY_HAND.replace("25110312330", "25110312331"));

        assertThat(RegisterProfile.check(im, TODAY)).isEmpty();
        assertThat(RegisterProfile.invalidSsin(im)).isTrue();
        assertThat(RegisterInsz.valid("25090700415")).isTrue();
        assertThat(RegisterInsz.valid("2509070041")).isFalse();
    }

    private static List<String> codes(String json) {
        return RegisterProfile.check(tree(json), TODAY).stream()
                .map(RegisterProfile.Issue::code)
                .toList();
    }

    private static JsonNode tree(String json) {
        return JsonMapper.shared().readTree(json);
    }
}
