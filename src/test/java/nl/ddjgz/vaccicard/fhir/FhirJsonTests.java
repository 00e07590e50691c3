package nl.ddjgz.vaccicard.fhir;

import static nl.ddjgz.vaccicard.fhir.BeVaccinationProfile.*;
import static nl.ddjgz.vaccicard.fhir.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class FhirJsonTests {

    @Test
    void aRoundTripKeepsTheExtensionsAndTheRules() {
        Immunization sent = BeVaccinations.toImmunization(hexavalent().build());

        String json = FhirJson.encode(sent);
        Immunization back = FhirJson.parse(Immunization.class, json);

        assertThat(json).contains(EXT_RECORDER, EXT_ADMINISTERED_PRODUCT, "\"lotNumber\"", PROFILE);
        assertThat(json).doesNotContain("\"lotNumber\":\"");
        assertThat(((Reference) back.getExtensionByUrl(EXT_RECORDER).getValue())
                        .getIdentifier()
                        .getValue())
                .isEqualTo(RECORDER_NIHII);
        Extension product = back.getExtensionByUrl(EXT_ADMINISTERED_PRODUCT);
        assertThat(((CodeableConcept) product.getExtensionByUrl(SUB_CODED).getValue())
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo(CNK);
        assertThat(((StringType) product.getExtensionByUrl(SUB_LOT_NUMBER).getValue()).getValue())
                .isEqualTo(LOT);
        assertThat(back.hasLotNumber()).isFalse();
        assertThat(back.getRecordedElement().getValueAsString()).isEqualTo("2026-03-09T09:41:12Z");
        assertThat(BeVaccinationRules.check(back, VALUE_SETS)).isEmpty();
        assertThat(back.equalsDeep(sent)).isTrue();
    }

    @Test
    void prettyJsonParsesToTheSameResource() {
        Immunization sent = BeVaccinations.toImmunization(refused().build());

        String pretty = FhirJson.encodePretty(sent);

        assertThat(pretty).contains("\n");
        assertThat(FhirJson.parse(Immunization.class, pretty).equalsDeep(sent)).isTrue();
        assertThat(FhirJson.parse(pretty)).isInstanceOf(Immunization.class);
    }

    @Test
    void refusesTextThatIsNotFhirJsonOfTheType() {
        assertThatThrownBy(() -> FhirJson.parse(Immunization.class, "{not json"))
                .isInstanceOf(FhirJson.InvalidFhirJsonException.class);
        assertThatThrownBy(() -> FhirJson.parse(Immunization.class, ""))
                .isInstanceOf(FhirJson.InvalidFhirJsonException.class);
        String patient = FhirJson.encode(new Patient());
        assertThatThrownBy(() -> FhirJson.parse(Immunization.class, patient))
                .isInstanceOf(FhirJson.InvalidFhirJsonException.class);
    }

    @Test
    void theContextIsR4AndShared() {
        assertThat(FhirJson.context().getVersion().getVersion().getFhirVersionString())
                .startsWith("4.0");
        assertThat(FhirJson.context()).isSameAs(FhirJson.context());
    }
}
