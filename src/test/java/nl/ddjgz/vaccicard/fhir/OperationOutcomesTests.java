package nl.ddjgz.vaccicard.fhir;

import static nl.ddjgz.vaccicard.fhir.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.ddjgz.vaccicard.fhir.OperationOutcomes.Issue;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

class OperationOutcomesTests {

    @Test
    void aRoundTripKeepsEveryIssue() {
        List<Issue> issues = List.of(
                Issue.error("required", "recorded is required", "Immunization.recorded"),
                new Issue("warning", "business-rule", "site is unusual for this vaccine", "Immunization.site"),
                new Issue("information", "informational", null, null));

        String json = OperationOutcomeWriter.toJson(issues);

        assertThat(json).contains("\"resourceType\":\"OperationOutcome\"");
        assertThat(OperationOutcomes.read(json)).containsExactlyElementsOf(issues);
    }

    @Test
    void readsARegistryAnswer() {
        String json = """
                {
                  "resourceType": "OperationOutcome",
                  "issue": [
                    {
                      "severity": "error",
                      "code": "invalid",
                      "diagnostics": "Immunization.lotNumber: element not allowed by profile",
                      "expression": ["Immunization.lotNumber"]
                    },
                    {
                      "severity": "error",
                      "code": "not-found",
                      "details": { "text": "patient unknown" },
                      "location": ["/f:Immunization/f:patient"]
                    }
                  ]
                }
                """;

        assertThat(OperationOutcomes.read(json))
                .containsExactly(
                        Issue.error(
                                "invalid",
                                "Immunization.lotNumber: element not allowed by profile",
                                "Immunization.lotNumber"),
                        Issue.error("not-found", "patient unknown", "/f:Immunization/f:patient"));
    }

    @Test
    void violationsBecomeBusinessRuleErrorsWithTheirCodeAndPath() {
        Immunization im = BeVaccinations.toImmunization(hexavalent().build());
        im.setLotNumber(LOT);
        OperationOutcome outcome = OperationOutcomeWriter.fromViolations(BeVaccinationRules.check(im, VALUE_SETS));

        List<Issue> issues = OperationOutcomes.read(FhirJson.encode(outcome));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.isError()).isTrue();
            assertThat(issue.code()).isEqualTo("business-rule");
            assertThat(issue.diagnostics()).startsWith("[profile.lotNumber.forbidden] ");
            assertThat(issue.expression()).isEqualTo("Immunization.lotNumber");
        });
    }

    @Test
    void summarisesErrorsInOneLine() {
        List<Issue> issues = List.of(
                Issue.error("required", "recorded is\nrequired", "Immunization.recorded"),
                new Issue("warning", "business-rule", "ignored when there are errors", null),
                Issue.error("invalid", null, null));

        assertThat(OperationOutcomes.summary(issues))
                .isEqualTo("2 errors: Immunization.recorded: recorded is required; invalid");
        assertThat(OperationOutcomes.summary(List.of(new Issue("warning", "business-rule", "odd site", null))))
                .isEqualTo("1 warning: odd site");
        assertThat(OperationOutcomes.summary(List.of())).isEqualTo("no issues");
    }

    @Test
    void refusesJsonThatIsNoOperationOutcome() {
        String immunization =
                FhirJson.encode(BeVaccinations.toImmunization(hexavalent().build()));

        assertThatThrownBy(() -> OperationOutcomes.read(immunization))
                .isInstanceOf(FhirJson.InvalidFhirJsonException.class)
                .message()
                .doesNotContain(INSZ);
    }

    @Test
    void refusesAnIssueWithoutFhirCodes() {
        assertThatThrownBy(() -> OperationOutcomeWriter.of(new Issue("severe", "invalid", null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
