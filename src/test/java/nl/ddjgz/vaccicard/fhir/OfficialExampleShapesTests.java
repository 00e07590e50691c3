package nl.ddjgz.vaccicard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Immunization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For each official example instance, our resource of the same shape passes our profile check. */
class OfficialExampleShapesTests {

    static Stream<Arguments> officialExamples() {
        return OfficialExampleShapes.BY_OFFICIAL_EXAMPLE.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("officialExamples")
    void ourResourceOfTheSameShapePassesTheProfileCheck(String official, String file) {
        Immunization im = FhirJson.parse(Immunization.class, OfficialExampleShapes.json(file));

        assertThat(BeVaccinationRules.check(im, ShippedValueSets.official())).isEmpty();
    }

    @Test
    void everyOfficialImmunizationExampleHasAShape() {
        assertThat(OfficialExampleShapes.BY_OFFICIAL_EXAMPLE).hasSize(44);
        assertThat(OfficialExampleShapes.BY_OFFICIAL_EXAMPLE.values())
                .allSatisfy(file -> assertThat(OfficialExampleShapes.json(file))
                        .contains(BeVaccinationProfile.PROFILE, BeVaccinationProfile.EXT_RECORDER));
    }
}
