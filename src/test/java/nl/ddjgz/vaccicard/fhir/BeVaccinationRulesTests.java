package nl.ddjgz.vaccicard.fhir;

import static nl.ddjgz.vaccicard.fhir.BeVaccinationProfile.*;
import static nl.ddjgz.vaccicard.fhir.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Immunization.ImmunizationStatus;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The profile BeVaccination 1.1.2 rule by rule: a table of hostile variants of a complete Immunization, each refused
 * with exactly the code of the rule it breaks; and what the profile allows (lenient where it is lenient).
 */
class BeVaccinationRulesTests {

    private static final String OLD_RECORDER_URL =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-ext-recorder";

    static Stream<Arguments> hostileVariants() {
        return Stream.of(
                hostile(
                        "recorder under the vaccination guide's URL instead of the core one",
                        BeVaccinationRules.RECORDER_CARDINALITY,
                        im -> im.getExtensionByUrl(EXT_RECORDER).setUrl(OLD_RECORDER_URL)),
                hostile(
                        "two recorders",
                        BeVaccinationRules.RECORDER_CARDINALITY,
                        im -> im.addExtension(im.getExtensionByUrl(EXT_RECORDER).copy())),
                hostile(
                        "recorder as a string",
                        BeVaccinationRules.RECORDER_VALUE,
                        im -> im.getExtensionByUrl(EXT_RECORDER).setValue(new StringType("Dr X"))),
                hostile(
                        "recorder is a practitioner role (the core extension allows patient, practitioner, organisation)",
                        BeVaccinationRules.RECORDER_VALUE,
                        im -> ((Reference) im.getExtensionByUrl(EXT_RECORDER).getValue()).setType("PractitionerRole")),
                hostile(
                        "two performers",
                        BeVaccinationRules.PERFORMER_CARDINALITY,
                        im -> im.addPerformer()
                                .setActor(new Reference()
                                        .setIdentifier(new Identifier()
                                                .setSystem(NS_NIHDI)
                                                .setValue(RECORDER_NIHII)))),
                hostile(
                        "performer without actor",
                        BeVaccinationRules.PERFORMER_ACTOR_REQUIRED,
                        im -> im.getPerformerFirstRep().setActor(null)),
                hostile(
                        "performer is a patient",
                        BeVaccinationRules.PERFORMER_ACTOR_TYPE,
                        im -> im.getPerformerFirstRep().getActor().setReference("Patient/123")),
                hostile(
                        "expirationDate present",
                        BeVaccinationRules.EXPIRATION_DATE_FORBIDDEN,
                        im -> im.setExpirationDateElement(new DateType("2027-01-31"))),
                hostile(
                        "Immunization.lotNumber present",
                        BeVaccinationRules.LOT_NUMBER_FORBIDDEN,
                        im -> im.setLotNumber(LOT)),
                hostile(
                        "location present",
                        BeVaccinationRules.LOCATION_FORBIDDEN,
                        im -> im.setLocation(new Reference("Location/1"))),
                hostile(
                        "protocolApplied present",
                        BeVaccinationRules.PROTOCOL_APPLIED_FORBIDDEN,
                        im -> im.addProtocolApplied().setDoseNumber(new StringType("1"))),
                hostile(
                        "vaccine code outside the value set",
                        BeVaccinationRules.VACCINE_CODE_BINDING,
                        im -> im.getVaccineCode().getCodingFirstRep().setCode("1119349007")),
                hostile(
                        "vaccine code of another code system (CVX)",
                        BeVaccinationRules.VACCINE_CODE_BINDING,
                        im -> im.setVaccineCode(
                                new CodeableConcept(new Coding("http://hl7.org/fhir/sid/cvx", "146", null)))),
                hostile(
                        "vaccine as text only",
                        BeVaccinationRules.VACCINE_CODE_BINDING,
                        im -> im.setVaccineCode(new CodeableConcept().setText("hexa"))),
                hostile("no vaccine code", BeVaccinationRules.VACCINE_CODE_REQUIRED, im -> im.setVaccineCode(null)),
                hostile(
                        "'other' without text",
                        BeVaccinationRules.RULE_1,
                        im -> im.setVaccineCode(new CodeableConcept(new Coding(CS_VACCINE_CODE, "other", null)))),
                hostile(
                        "unspecified vaccine 787859002 without text",
                        BeVaccinationRules.RULE_1,
                        im -> im.setVaccineCode(
                                new CodeableConcept(new Coding(SNOMED, UNSPECIFIED_VACCINE_CODE, null)))),
                hostile(
                        "status reason outside the value set",
                        BeVaccinationRules.STATUS_REASON_BINDING,
                        im -> im.setStatus(ImmunizationStatus.NOTDONE)
                                .setStatusReason(new CodeableConcept(new Coding(CS_ACT_REASON, "PHILISOP", null)))),
                hostile(
                        "route SQ is not a Belgian route",
                        BeVaccinationRules.ROUTE_BINDING,
                        im -> im.getRoute().getCodingFirstRep().setCode("SQ")),
                hostile(
                        "site outside the value set (any SNOMED body structure is not enough)",
                        BeVaccinationRules.SITE_BINDING,
                        im -> im.getSite().getCodingFirstRep().setCode("368208006")),
                hostile(
                        "product coded by a code system the profile does not name",
                        BeVaccinationRules.RULE_2,
                        im -> ((CodeableConcept) im.getExtensionByUrl(EXT_ADMINISTERED_PRODUCT)
                                        .getExtensionByUrl(SUB_CODED)
                                        .getValue())
                                .getCodingFirstRep()
                                .setSystem("urn:other")),
                hostile(
                        "lot number of the product as a date",
                        BeVaccinationRules.EXTENSION_VALUE,
                        im -> im.getExtensionByUrl(EXT_ADMINISTERED_PRODUCT)
                                .getExtensionByUrl(SUB_LOT_NUMBER)
                                .setValue(new DateType("2026-01-01"))),
                hostile(
                        "two administered products",
                        BeVaccinationRules.EXTENSION_CARDINALITY,
                        im -> im.addExtension(
                                im.getExtensionByUrl(EXT_ADMINISTERED_PRODUCT).copy())),
                hostile(
                        "identifier without system",
                        BeVaccinationRules.IDENTIFIER_INCOMPLETE,
                        im -> im.getIdentifierFirstRep().setSystem(null)),
                hostile("no patient", BeVaccinationRules.PATIENT_REQUIRED, im -> im.setPatient(new Reference())),
                hostile(
                        "patient refers to a practitioner",
                        BeVaccinationRules.PATIENT_TYPE,
                        im -> im.getPatient().setReference("Practitioner/1")),
                hostile("no occurrence", BeVaccinationRules.OCCURRENCE_REQUIRED, im -> im.setOccurrence(null)),
                hostile("no recorded", BeVaccinationRules.RECORDED_REQUIRED, im -> im.setRecordedElement(null)),
                hostile("no status", BeVaccinationRules.STATUS_REQUIRED, im -> im.setStatus(null)),
                hostile(
                        "reaction without date",
                        BeVaccinationRules.REACTION_DATE_REQUIRED,
                        im -> im.addReaction().setReported(true)),
                hostile(
                        "reaction detail that cannot be resolved",
                        BeVaccinationRules.RULE_3,
                        im -> im.addReaction()
                                .setDateElement(new DateTimeType("2026-03-09"))
                                .setDetail(new Reference("Observation/elsewhere"))),
                hostile(
                        "confirmation status outside its value set",
                        BeVaccinationRules.CONFIRMATION_STATUS_BINDING,
                        im -> im.addExtension(new Extension(EXT_CONFIRMATION_STATUS, new CodeType("sure")))),
                hostile(
                        "note extension that is not an annotation",
                        BeVaccinationRules.EXTENSION_VALUE,
                        im -> im.addExtension(new Extension(EXT_NOTE, new StringType("a note")))),
                hostile("encounter location typed outside the care locations", BeVaccinationRules.RULE_4, im -> {
                    Location location = new Location();
                    location.setId("loc");
                    location.addType(new CodeableConcept(new Coding("urn:other", "garage", null)));
                    Encounter encounter = new Encounter();
                    encounter.setId("enc");
                    encounter.addLocation().setLocation(new Reference("#loc"));
                    im.addContained(location).addContained(encounter);
                    im.setEncounter(new Reference("#enc"));
                }));
    }

    private static Arguments hostile(String what, String code, Consumer<Immunization> breaker) {
        return Arguments.of(what, code, breaker);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileVariants")
    void aHostileVariantIsRefusedWithTheRuleItBreaks(String what, String code, Consumer<Immunization> breaker) {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());
        assertThat(BeVaccinationRules.check(im, VALUE_SETS)).isEmpty();
        breaker.accept(im);

        List<Violation> violations = BeVaccinationRules.check(im, VALUE_SETS);

        assertThat(violations).extracting(Violation::code).containsExactly(code);
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.path()).startsWith("Immunization");
            assertThat(v.message()).isNotBlank().doesNotContain(INSZ);
        });
    }

    @Test
    void theProfileIsAsLenientAsItIs() {
        Immunization im = BeVaccinations.toImmunization(refused().build());
        // not-done without a reason, no identifier, a reported date as text, the child by another identifier, the
        // recorder an organisation, no performer: all allowed by the profile
        im.setStatusReason(null);
        im.getIdentifier().clear();
        im.setOccurrence(new StringType("Summer 2018"));
        im.getPatient()
                .setIdentifier(new Identifier()
                        .setSystem("https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/one-patientid")
                        .setValue("3564564568"));
        im.getExtensionByUrl(EXT_RECORDER)
                .setValue(new Reference()
                        .setIdentifier(new Identifier()
                                .setSystem(NS_NIHDI_ORGANIZATION)
                                .setValue("x")));
        im.getPerformer().clear();

        assertThat(BeVaccinationRules.check(im, VALUE_SETS)).isEmpty();
    }

    @Test
    void aPerformerMayBeAPractitionerAnOrganisationOrARole() {
        for (BeActor actor : List.of(
                BeActor.practitioner(PERFORMER_NIHII, "Dr P"),
                BeActor.organization("12345678", "ONE"),
                BeActor.role(PERFORMER_NIHII, "nurse"))) {
            Immunization im =
                    BeVaccinations.toImmunization(hexavalent().performer(actor).build());
            assertThat(BeVaccinationRules.check(im, VALUE_SETS))
                    .as(actor.type())
                    .isEmpty();
        }
    }

    @Test
    void everyCodeOfEachValueSetPasses() {
        for (BeValueSets.Concept vaccine : VALUE_SETS.concepts(BeValueSet.VACCINE_CODE)) {
            Immunization im = BeVaccinations.toImmunization(hexavalent().build());
            im.setVaccineCode(new CodeableConcept(new Coding(vaccine.system(), vaccine.code(), vaccine.displayEn()))
                    .setText("as given"));
            assertThat(BeVaccinationRules.check(im, VALUE_SETS))
                    .as(vaccine.code())
                    .isEmpty();
        }
        for (StatusReason reason : StatusReason.values()) {
            Immunization im =
                    BeVaccinations.toImmunization(refused().notDone(reason).build());
            assertThat(BeVaccinationRules.check(im, VALUE_SETS))
                    .as(reason.name())
                    .isEmpty();
        }
        for (Route route : Route.values()) {
            Immunization im =
                    BeVaccinations.toImmunization(hexavalent().route(route).build());
            assertThat(BeVaccinationRules.check(im, VALUE_SETS))
                    .as(route.name())
                    .isEmpty();
        }
        for (Site site : Site.values()) {
            Immunization im =
                    BeVaccinations.toImmunization(hexavalent().site(site).build());
            assertThat(BeVaccinationRules.check(im, VALUE_SETS)).as(site.name()).isEmpty();
        }
    }

    @Test
    void theValueSetsAreThoseOfTheProfile() {
        assertThat(VALUE_SETS.concepts(BeValueSet.VACCINE_CODE)).hasSize(60);
        assertThat(VALUE_SETS.contains(BeValueSet.VACCINE_CODE, CS_VACCINE_CODE, "other"))
                .isTrue();
        assertThat(VALUE_SETS.contains(BeValueSet.VACCINE_CODE, SNOMED, "1181000221105"))
                .as("influenza")
                .isTrue();
        assertThat(VALUE_SETS.contains(BeValueSet.VACCINE_CODE, SNOMED, "1209197008"))
                .as("HPV9")
                .isTrue();
        assertThat(VALUE_SETS.contains(BeValueSet.VACCINE_CODE, SNOMED, "1981000221108"))
                .as("MenB")
                .isTrue();
        assertThat(VALUE_SETS.concepts(BeValueSet.STATUS_REASON))
                .extracting(BeValueSets.Concept::code)
                .containsExactly("OTHER", "ALLERGY", "IMMUNE", "MEDPREC", "OSTOCK", "PATOBJ");
        assertThat(VALUE_SETS.concepts(BeValueSet.ROUTE)).hasSize(8);
        assertThat(VALUE_SETS.concepts(BeValueSet.SITE)).hasSize(6);
        assertThat(VALUE_SETS.concepts(BeValueSet.VACCINE_CODE))
                .allSatisfy(c -> assertThat(c.displayNl() + c.displayFr() + c.displayEn())
                        .doesNotContain("???"));
    }

    @Test
    void aNoteAnOrderAndAConfirmationAreTakenAsTheProfileTypesThem() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());
        im.addExtension(new Extension(EXT_NOTE, new Annotation().setText("koorts")));
        im.addExtension(new Extension(EXT_CONFIRMATION_STATUS, new CodeType("confirmed")));
        im.addExtension(new Extension(EXT_ORIGINAL_ORDER, new Reference("MedicationRequest/1")));

        assertThat(BeVaccinationRules.check(im, VALUE_SETS)).isEmpty();
    }

    @Test
    void anEmptyImmunizationNamesEveryRequiredElement() {
        assertThat(BeVaccinationRules.check(new Immunization(), VALUE_SETS))
                .extracting(Violation::code)
                .containsExactlyInAnyOrder(
                        BeVaccinationRules.STATUS_REQUIRED,
                        BeVaccinationRules.VACCINE_CODE_REQUIRED,
                        BeVaccinationRules.PATIENT_REQUIRED,
                        BeVaccinationRules.OCCURRENCE_REQUIRED,
                        BeVaccinationRules.RECORDED_REQUIRED,
                        BeVaccinationRules.RECORDER_CARDINALITY);
    }
}
