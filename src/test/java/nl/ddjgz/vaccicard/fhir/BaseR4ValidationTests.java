package nl.ddjgz.vaccicard.fhir;

import static nl.ddjgz.vaccicard.fhir.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/**
 * What we build is valid FHIR R4 by HAPI's instance validator against the base StructureDefinitions. The
 * BeVaccination package itself is not available here: its rules are {@link BeVaccinationRules}.
 */
class BaseR4ValidationTests {

    /** Slow to build (it loads every R4 StructureDefinition): one for the class. */
    private static final FhirValidator VALIDATOR = validator();

    private static FhirValidator validator() {
        var context = FhirJson.context();
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context),
                new UnknownCodeSystemWarningValidationSupport(context));
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        // the BeVaccination profile and its extensions are not loaded: judged by the base resource only
        instanceValidator.setAnyExtensionsAllowed(true);
        instanceValidator.setErrorForUnknownProfiles(false);
        return context.newValidator().registerValidatorModule(instanceValidator);
    }

    private static List<SingleValidationMessage> errors(org.hl7.fhir.instance.model.api.IBaseResource resource) {
        return VALIDATOR.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
    }

    @Test
    void aCompleteVaccinationIsValidR4() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());

        assertThat(errors(im)).isEmpty();
    }

    @Test
    void aRefusalOtherVaccineAndCorrectionAreValidR4() {
        assertThat(errors(BeVaccinations.toImmunization(refused().build()))).isEmpty();
        assertThat(errors(BeVaccinations.toImmunization(
                        hexavalent().otherVaccine("Yellow fever vaccine").build())))
                .isEmpty();
        assertThat(errors(BeVaccinations.enteredInError(hexavalent().build(), "4711")))
                .isEmpty();
    }

    @Test
    void anOperationOutcomeOfViolationsIsValidR4() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());
        im.setLotNumber(LOT);
        OperationOutcome outcome = OperationOutcomeWriter.fromViolations(BeVaccinationRules.check(im, VALUE_SETS));

        assertThat(errors(outcome)).isEmpty();
    }

    @Test
    void ourResourcesOfTheOfficialExampleShapesAreValidR4() {
        for (String file : new java.util.TreeSet<>(OfficialExampleShapes.BY_OFFICIAL_EXAMPLE.values())) {
            Immunization im = FhirJson.parse(Immunization.class, OfficialExampleShapes.json(file));
            assertThat(errors(im)).as(file).isEmpty();
        }
    }

    @Test
    void theValidatorDoesCatchBaseR4Errors() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());
        im.setStatus(null);

        assertThat(errors(im)).isNotEmpty();
    }
}
