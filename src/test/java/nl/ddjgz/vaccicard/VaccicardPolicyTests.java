package nl.ddjgz.vaccicard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.ddjgz.registry.UnsendableRegistrationException;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.vaccicard.fhir.BeVaccination;
import nl.ddjgz.vaccicard.fhir.BeVaccinationProfile;
import nl.ddjgz.vaccicard.fhir.BeVaccinationRules;
import nl.ddjgz.vaccicard.fhir.BeVaccinations;
import nl.ddjgz.vaccicard.fhir.ShippedValueSets;
import nl.ddjgz.vaccicard.fhir.Violation;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two layers of the check before queueing: "not valid FHIR for the register" (the profile) and "refused by our
 * Vaccicard policy" are different refusals with different messages; a table of hostile variants, each refused by the
 * layer it belongs to with the rule it breaks.
 */
class VaccicardPolicyTests {

    private static final String SYSTEM = "urn:ddjgz:vaccination";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC);
    private static final String INSZ = "15010512378";
    private static final String NIHII = "12345625003";

    private final VaccicardAdapter adapter =
            new VaccicardAdapter(SYSTEM, type -> Optional.empty(), null, ShippedValueSets.official(), CLOCK);
    private final VaccicardPolicy policy = new VaccicardPolicy(SYSTEM, CLOCK);

    private static Immunization ours() {
        return BeVaccinations.toImmunization(BeVaccination.builder()
                .identifier(SYSTEM, "cm-1:11:m-1")
                .patient(Insz.of(INSZ))
                .occurrence(LocalDate.of(2026, 3, 9))
                .recorded(Instant.parse("2026-03-09T09:41:12Z"))
                .recorderNihii(NIHII)
                .performerNihii(NIHII)
                .vaccine("871895005", "hexavalent")
                .product("3187011", "Hexyon")
                .lot("VX241A")
                .build());
    }

    static Stream<Arguments> hostileVariants() {
        String oldRecorder =
                "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-ext-recorder";
        return Stream.of(
                // not valid FHIR for the register
                variant(
                        "wrong recorder URL",
                        "registry.vaccicard.profileInvalid",
                        BeVaccinationRules.RECORDER_CARDINALITY,
                        im -> im.getExtensionByUrl(BeVaccinationProfile.EXT_RECORDER)
                                .setUrl(oldRecorder)),
                variant(
                        "two performers",
                        "registry.vaccicard.profileInvalid",
                        BeVaccinationRules.PERFORMER_CARDINALITY,
                        im -> im.addPerformer()
                                .setActor(im.getPerformerFirstRep().getActor().copy())),
                variant(
                        "expirationDate present",
                        "registry.vaccicard.profileInvalid",
                        BeVaccinationRules.EXPIRATION_DATE_FORBIDDEN,
                        im -> im.setExpirationDateElement(new DateType("2027-01-31"))),
                variant(
                        "code outside the value set",
                        "registry.vaccicard.profileInvalid",
                        BeVaccinationRules.VACCINE_CODE_BINDING,
                        im -> im.getVaccineCode().getCodingFirstRep().setCode("1119349007")),
                // valid for the register, refused by our policy
                variant(
                        "vaccination date in the future",
                        "registry.vaccicard.policyRefused",
                        VaccicardPolicy.OCCURRENCE_FUTURE,
                        im -> im.setOccurrence(new DateTimeType("2026-03-11"))),
                variant(
                        "a reported date as text",
                        "registry.vaccicard.policyRefused",
                        VaccicardPolicy.OCCURRENCE_DAY,
                        im -> im.setOccurrence(new StringType("Summer 2018"))),
                variant(
                        "no business identifier (the conditional create needs ours)",
                        "registry.vaccicard.policyRefused",
                        VaccicardPolicy.OUR_IDENTIFIER,
                        im -> im.getIdentifier().clear()),
                variant(
                        "an INSZ with wrong check digits",
                        "registry.vaccicard.policyRefused",
                        VaccicardPolicy.PATIENT_INSZ,
                        im -> im.getPatient().getIdentifier().setValue("15010512377")),
                variant(
                        "the recorder an anonymous organisation reference",
                        "registry.vaccicard.policyRefused",
                        VaccicardPolicy.RECORDER_KNOWN,
                        im -> im.getExtensionByUrl(BeVaccinationProfile.EXT_RECORDER)
                                .setValue(new Reference("Organization/somewhere"))),
                variant(
                        "no profile claimed",
                        "registry.vaccicard.policyRefused",
                        VaccicardPolicy.PROFILE_CLAIMED,
                        im -> im.getMeta().getProfile().clear()));
    }

    private static Arguments variant(String what, String messageKey, String rule, Consumer<Immunization> breaker) {
        return Arguments.of(what, messageKey, rule, breaker);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileVariants")
    void aHostileVariantIsRefusedByItsLayerWithTheRule(
            String what, String messageKey, String rule, Consumer<Immunization> breaker) {
        Immunization im = ours();
        breaker.accept(im);

        UnsendableRegistrationException refused =
                catchThrowableOfType(UnsendableRegistrationException.class, () -> adapter.check(im, "DKTP-Hib-HepB"));

        assertThat(refused).as(what).isNotNull();
        assertThat(refused.messageKey()).isEqualTo(messageKey);
        assertThat(refused.args()[0]).isEqualTo("DKTP-Hib-HepB");
        assertThat((String) refused.args()[refused.args().length - 1]).startsWith(rule + " (Immunization");
        assertThat(refused.getMessage()).doesNotContain(INSZ);
    }

    @Test
    void ourResourcePassesBothLayers() {
        Immunization im = ours();

        assertThat(BeVaccinationRules.check(im, ShippedValueSets.official())).isEmpty();
        assertThat(policy.check(im)).isEmpty();
        adapter.check(im, "DKTP-Hib-HepB");
    }

    @Test
    void whatThePolicyRefusesIsValidForTheRegister() {
        Immunization im = ours();
        im.getIdentifier().clear();
        im.getPatient()
                .setIdentifier(new Identifier()
                        .setSystem("https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/one-patientid")
                        .setValue("3564564568"));

        assertThat(BeVaccinationRules.check(im, ShippedValueSets.official())).isEmpty();
        assertThat(policy.check(im))
                .extracting(Violation::code)
                .containsExactly(VaccicardPolicy.OUR_IDENTIFIER, VaccicardPolicy.PATIENT_INSZ);
    }

    @Test
    void todayIsNotTheFuture() {
        Immunization im = ours();
        im.setOccurrence(new DateTimeType("2026-03-10"));

        assertThat(policy.check(im)).isEmpty();
        assertThat(List.of(VaccicardPolicy.BELGIUM.getId())).containsExactly("Europe/Brussels");
    }
}
