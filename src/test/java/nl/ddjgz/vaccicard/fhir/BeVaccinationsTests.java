package nl.ddjgz.vaccicard.fhir;

import static nl.ddjgz.vaccicard.fhir.BeVaccinationProfile.*;
import static nl.ddjgz.vaccicard.fhir.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Immunization.ImmunizationStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class BeVaccinationsTests {

    @Test
    void aCompleteVaccinationFollowsEveryRule() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());

        assertThat(BeVaccinationRules.check(im, VALUE_SETS)).isEmpty();
    }

    @Test
    void writesTheProfileIdentifierStatusAndVaccine() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());

        assertThat(im.getMeta().getProfile()).extracting(p -> p.getValue()).containsExactly(PROFILE);
        assertThat(im.getIdentifierFirstRep().getSystem()).isEqualTo(ID_SYSTEM);
        assertThat(im.getIdentifierFirstRep().getValue()).isEqualTo("vac-0001");
        assertThat(im.getStatus()).isEqualTo(ImmunizationStatus.COMPLETED);
        assertThat(im.hasStatusReason()).isFalse();
        assertThat(im.getVaccineCode().getCodingFirstRep().getSystem()).isEqualTo(SNOMED);
        assertThat(im.getVaccineCode().getCodingFirstRep().getCode()).isEqualTo("871895005");
    }

    @Test
    void thePatientIsALogicalReferenceByInsz() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());

        assertThat(im.getPatient().hasReference()).isFalse();
        assertThat(im.getPatient().getIdentifier().getSystem()).isEqualTo(NS_SSIN);
        assertThat(im.getPatient().getIdentifier().getValue()).isEqualTo(INSZ);
    }

    @Test
    void writesTheDayOfOccurrenceAndTheInstantOfRecording() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());

        assertThat(((DateTimeType) im.getOccurrence()).getValueAsString()).isEqualTo("2026-03-09");
        assertThat(im.getRecordedElement().getValueAsString()).isEqualTo("2026-03-09T09:41:12Z");
    }

    @Test
    void theRecorderIsTheCoreExtensionAndRecorderAndPerformerAreNamedByNihii() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());

        Extension recorder = im.getExtensionByUrl(
                "https://www.ehealth.fgov.be/standards/fhir/core/StructureDefinition/be-ext-recorder");
        assertThat(recorder).isNotNull();
        Reference ref = (Reference) recorder.getValue();
        assertThat(ref.getType()).isEqualTo("Practitioner");
        assertThat(ref.getIdentifier().getSystem()).isEqualTo(NS_NIHDI);
        assertThat(ref.getIdentifier().getValue()).isEqualTo(RECORDER_NIHII);
        assertThat(im.getPerformer()).hasSize(1);
        assertThat(im.getPerformerFirstRep().getActor().getIdentifier().getSystem())
                .isEqualTo(NS_NIHDI);
        assertThat(im.getPerformerFirstRep().getActor().getIdentifier().getValue())
                .isEqualTo(PERFORMER_NIHII);
    }

    @Test
    void theLotTravelsInTheAdministeredProductExtensionNeverInLotNumber() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());

        assertThat(im.hasLotNumber()).isFalse();
        Extension product = im.getExtensionByUrl(EXT_ADMINISTERED_PRODUCT);
        CodeableConcept coded =
                (CodeableConcept) product.getExtensionByUrl(SUB_CODED).getValue();
        assertThat(coded.getCodingFirstRep().getSystem()).isEqualTo(NS_CNK);
        assertThat(coded.getCodingFirstRep().getCode()).isEqualTo(CNK);
        assertThat(((StringType) product.getExtensionByUrl(SUB_LOT_NUMBER).getValue()).getValue())
                .isEqualTo(LOT);
    }

    @Test
    void writesRouteAndSite() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());

        assertThat(im.getRoute().getCodingFirstRep().getSystem()).isEqualTo(CS_ROUTE);
        assertThat(im.getRoute().getCodingFirstRep().getCode()).isEqualTo("IM");
        assertThat(im.getSite().getCodingFirstRep().getSystem()).isEqualTo(SNOMED);
        assertThat(im.getSite().getCodingFirstRep().getCode()).isEqualTo("50092008");
        assertThat(BeVaccinations.toImmunization(
                                hexavalent().site(Site.DELTOID).route(Route.SC).build())
                        .getSite()
                        .getCodingFirstRep()
                        .getCode())
                .isEqualTo("35259002");
    }

    @Test
    void aRefusalIsNotDoneWithItsReason() {
        Immunization im = BeVaccinations.toImmunization(refused().build());

        assertThat(im.getStatus()).isEqualTo(ImmunizationStatus.NOTDONE);
        assertThat(im.getStatusReason().getCodingFirstRep().getSystem()).isEqualTo(CS_ACT_REASON);
        assertThat(im.getStatusReason().getCodingFirstRep().getCode()).isEqualTo("PATOBJ");
        assertThat(im.getExtensionByUrl(EXT_ADMINISTERED_PRODUCT)).isNull();
        assertThat(BeVaccinationRules.check(im, VALUE_SETS)).isEmpty();
    }

    @Test
    void aNotDoneWithoutReasonHasNoStatusReasonAndFollowsTheProfile() {
        Immunization im = BeVaccinations.toImmunization(refused().notDone(null).build());

        assertThat(im.getStatus()).isEqualTo(ImmunizationStatus.NOTDONE);
        assertThat(im.hasStatusReason()).isFalse();
        assertThat(BeVaccinationRules.check(im, VALUE_SETS)).isEmpty();
    }

    @Test
    void anAllergyIsABelgianStatusReason() {
        Immunization im = BeVaccinations.toImmunization(
                refused().notDone(StatusReason.ALLERGY).build());

        assertThat(im.getStatusReason().getCodingFirstRep().getSystem()).isEqualTo(CS_STATUS_REASON);
        assertThat(BeVaccinationRules.check(im, VALUE_SETS)).isEmpty();
    }

    @Test
    void theVaccineCodeIsOfTheBelgianSnomedEdition() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());

        assertThat(im.getVaccineCode().getCodingFirstRep().getVersion()).isEqualTo(SNOMED_BELGIAN_EDITION);
    }

    @Test
    void aMedicalPrecautionIsNotDoneWithMedprec() {
        Immunization im = BeVaccinations.toImmunization(
                refused().notDone(StatusReason.MEDPREC).build());

        assertThat(im.getStatusReason().getCodingFirstRep().getCode()).isEqualTo("MEDPREC");
        assertThat(BeVaccinationRules.check(im, VALUE_SETS)).isEmpty();
    }

    @Test
    void aVaccineOutsideTheBelgianValueSetIsOtherWithText() {
        Immunization im = BeVaccinations.toImmunization(
                hexavalent().otherVaccine("Yellow fever vaccine").build());

        assertThat(im.getVaccineCode().getCodingFirstRep().getSystem()).isEqualTo(CS_VACCINE_CODE);
        assertThat(im.getVaccineCode().getCodingFirstRep().getCode()).isEqualTo("other");
        assertThat(im.getVaccineCode().getText()).isEqualTo("Yellow fever vaccine");
        assertThat(BeVaccinationRules.check(im, VALUE_SETS)).isEmpty();
    }

    @Test
    void enteredInErrorKeepsTheSentResourceAndLeavesItUntouched() {
        Immunization sent = BeVaccinations.toImmunization(hexavalent().build());
        sent.setId("Immunization/4711");

        Immunization correction = BeVaccinations.enteredInError(sent);

        assertThat(correction.getStatus()).isEqualTo(ImmunizationStatus.ENTEREDINERROR);
        assertThat(correction.getIdElement().getIdPart()).isEqualTo("4711");
        assertThat(correction.getIdentifierFirstRep().getValue()).isEqualTo("vac-0001");
        assertThat(sent.getStatus()).isEqualTo(ImmunizationStatus.COMPLETED);
        assertThat(BeVaccinationRules.check(correction, VALUE_SETS)).isEmpty();
    }

    @Test
    void enteredInErrorByRegistryId() {
        Immunization correction = BeVaccinations.enteredInError(hexavalent().build(), "4711");

        assertThat(correction.getIdElement().getIdPart()).isEqualTo("4711");
        assertThat(correction.getStatus()).isEqualTo(ImmunizationStatus.ENTEREDINERROR);
        assertThat(BeVaccinationRules.check(correction, VALUE_SETS)).isEmpty();
    }

    @Test
    void toValidImmunizationRefusesABrokenVaccinationWithoutNamingThePatient() {
        BeVaccination broken =
                hexavalent().recorderNihii(null).lot(null).otherVaccine(null).build();

        assertThatThrownBy(() -> BeVaccinations.toValidImmunization(broken, VALUE_SETS))
                .isInstanceOf(InvalidBeVaccinationException.class)
                .satisfies(e -> assertThat(((InvalidBeVaccinationException) e).violations())
                        .extracting(Violation::code)
                        .containsExactlyInAnyOrder(BeVaccinationRules.RECORDER_CARDINALITY, BeVaccinationRules.RULE_1))
                .message()
                .doesNotContain(INSZ);
    }

    @Test
    void toValidImmunizationPassesACompleteVaccination() {
        assertThat(BeVaccinations.toValidImmunization(hexavalent().build(), VALUE_SETS)
                        .getStatus())
                .isEqualTo(ImmunizationStatus.COMPLETED);
    }

    @Test
    void theInputNeverPrintsTheInsz() {
        assertThat(hexavalent().build().toString()).doesNotContain(INSZ).doesNotContain("1501");
    }
}
