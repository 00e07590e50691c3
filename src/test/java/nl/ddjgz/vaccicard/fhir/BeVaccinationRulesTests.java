package nl.ddjgz.vaccicard.fhir;

import static nl.ddjgz.vaccicard.fhir.BeVaccinationProfile.*;
import static nl.ddjgz.vaccicard.fhir.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Immunization.ImmunizationStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule broken on an otherwise complete Immunization gives exactly its code. */
class BeVaccinationRulesTests {

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("fhir.profile.missing", im -> im.getMeta().getProfile().clear()),
                broken("fhir.identifier.required", im -> im.getIdentifier().clear()),
                broken("fhir.status.required", im -> im.setStatus(null)),
                broken("fhir.statusReason.required", im -> im.setStatus(ImmunizationStatus.NOTDONE)),
                broken("fhir.vaccineCode.required", im -> im.setVaccineCode(new CodeableConcept())),
                broken(
                        "fhir.vaccineCode.system",
                        im -> im.setVaccineCode(
                                new CodeableConcept(new Coding("http://hl7.org/fhir/sid/cvx", "146", null)))),
                broken(
                        "fhir.vaccineCode.unknown",
                        im -> im.getVaccineCode().getCodingFirstRep().setCode("1119349007")),
                broken(
                        "fhir.vaccineCode.otherNeedsText",
                        im -> im.setVaccineCode(new CodeableConcept(new Coding(CS_VACCINE_CODE, "other", null)))),
                broken(
                        "fhir.patient.ssin",
                        im -> im.getPatient().getIdentifier().setSystem("urn:oid:2.16.840.1.113883.2.4.6.3")),
                broken("fhir.patient.ssin", im -> im.setPatient(new Reference())),
                broken(
                        "fhir.patient.insz",
                        im -> im.getPatient().getIdentifier().setValue("15010512377")),
                broken("fhir.patient.logicalReference", im -> im.getPatient().setReference("Patient/1")),
                broken("fhir.occurrence.required", im -> im.setOccurrence(null)),
                broken("fhir.occurrence.required", im -> im.setOccurrence(new StringType("last week"))),
                broken("fhir.occurrence.future", im -> im.setOccurrence(new DateTimeType("2026-03-11"))),
                broken("fhir.recorded.required", im -> im.setRecordedElement(null)),
                broken(
                        "fhir.recorder.required",
                        im -> im.getExtension().removeIf(e -> EXT_RECORDER.equals(e.getUrl()))),
                broken(
                        "fhir.recorder.required",
                        im -> ((Reference) im.getExtensionByUrl(EXT_RECORDER).getValue())
                                .getIdentifier()
                                .setSystem("urn:other")),
                broken(
                        "fhir.recorder.nihii",
                        im -> ((Reference) im.getExtensionByUrl(EXT_RECORDER).getValue())
                                .getIdentifier()
                                .setValue("1001234567")),
                broken(
                        "fhir.performer.nihii",
                        im -> im.getPerformerFirstRep()
                                .getActor()
                                .getIdentifier()
                                .setValue("12345")),
                broken("fhir.lotNumber.forbidden", im -> im.setLotNumber(LOT)),
                broken(
                        "fhir.product.cnk",
                        im -> ((CodeableConcept) im.getExtensionByUrl(EXT_ADMINISTERED_PRODUCT)
                                        .getExtensionByUrl(SUB_CODED)
                                        .getValue())
                                .getCodingFirstRep()
                                .setCode("32105731")),
                broken(
                        "fhir.product.cnk",
                        im -> ((CodeableConcept) im.getExtensionByUrl(EXT_ADMINISTERED_PRODUCT)
                                        .getExtensionByUrl(SUB_CODED)
                                        .getValue())
                                .getCodingFirstRep()
                                .setSystem("urn:other")),
                broken(
                        "fhir.product.lotNumber",
                        im -> im.getExtensionByUrl(EXT_ADMINISTERED_PRODUCT)
                                .getExtensionByUrl(SUB_LOT_NUMBER)
                                .setValue(new StringType(" "))),
                broken(
                        "fhir.route.unknown",
                        im -> im.getRoute().getCodingFirstRep().setCode("SQ")),
                broken(
                        "fhir.site.snomed",
                        im -> im.setSite(new CodeableConcept(
                                new Coding("http://terminology.hl7.org/CodeSystem/v3-ActSite", "LA", null)))));
    }

    private static Arguments broken(String code, Consumer<Immunization> breaker) {
        return Arguments.of(code, breaker);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleGivesItsCode(String code, Consumer<Immunization> breaker) {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());
        breaker.accept(im);

        List<Violation> violations = BeVaccinationRules.check(im, CLOCK);

        assertThat(violations).extracting(Violation::code).containsExactly(code);
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.path()).startsWith("Immunization");
            assertThat(v.message()).doesNotContain(INSZ).doesNotContain("15010512377");
            assertThat(v.toString()).doesNotContain(INSZ);
        });
    }

    @Test
    void lotNumberInImmunizationLotNumberIsRefusedEvenWithTheExtension() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());
        im.setLotNumber(LOT);

        assertThat(BeVaccinationRules.check(im, CLOCK)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(BeVaccinationRules.LOT_NUMBER_FORBIDDEN);
            assertThat(v.path()).isEqualTo("Immunization.lotNumber");
        });
    }

    @Test
    void notDoneWithoutStatusReasonIsRefused() {
        Immunization im = BeVaccinations.toImmunization(refused().build());
        im.setStatusReason(null);

        assertThat(BeVaccinationRules.check(im, CLOCK))
                .extracting(Violation::code)
                .containsExactly(BeVaccinationRules.STATUS_REASON_REQUIRED);
    }

    @Test
    void anInszFromBefore2000IsValidToo() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());
        im.getPatient().setIdentifier(new Identifier().setSystem(NS_SSIN).setValue("85073003328"));

        assertThat(BeVaccinationRules.check(im, CLOCK)).isEmpty();
    }

    @Test
    void todayIsNotTheFuture() {
        Immunization im = BeVaccinations.toImmunization(
                hexavalent().occurrence(LocalDate.of(2026, 3, 10)).build());

        assertThat(BeVaccinationRules.check(im, CLOCK)).isEmpty();
    }

    @Test
    void everyVaccineOfTheBelgianValueSetPasses() {
        for (BeVaccineCode code : BeVaccineCode.values()) {
            Immunization im =
                    BeVaccinations.toImmunization(hexavalent().vaccine(code).build());
            assertThat(BeVaccinationRules.check(im, CLOCK)).as(code.name()).isEmpty();
        }
    }

    @Test
    void anEmptyImmunizationNamesEveryRequiredElement() {
        assertThat(BeVaccinationRules.check(new Immunization(), CLOCK))
                .extracting(Violation::code)
                .contains(
                        "fhir.profile.missing",
                        "fhir.identifier.required",
                        "fhir.status.required",
                        "fhir.vaccineCode.required",
                        "fhir.patient.ssin",
                        "fhir.occurrence.required",
                        "fhir.recorded.required",
                        "fhir.recorder.required");
    }

    @Test
    void anAdministeredProductWithoutSubExtensionsOfOursIsNotJudged() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());
        im.getExtensionByUrl(EXT_ADMINISTERED_PRODUCT).addExtension(new Extension("note", new StringType("x")));

        assertThat(BeVaccinationRules.check(im, CLOCK)).isEmpty();
    }
}
