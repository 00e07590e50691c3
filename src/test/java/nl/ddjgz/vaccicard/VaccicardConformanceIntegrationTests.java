package nl.ddjgz.vaccicard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.registry.Disclosure;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.Registrations;
import nl.ddjgz.registry.RegistryAdapter;
import nl.ddjgz.registry.UnsendableRegistrationException;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.vaccicard.fhir.BeVaccinationProfile;
import nl.ddjgz.vaccicard.fhir.BeVaccinationRules;
import nl.ddjgz.vaccicard.fhir.BeValueSet;
import nl.ddjgz.vaccicard.fhir.FhirJson;
import nl.ddjgz.vaccicard.fhir.ShippedValueSets;
import nl.ddjgz.vaccinecodes.VaccineCode;
import nl.ddjgz.vaccinecodes.VaccineCodes;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Immunization.ImmunizationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every resource our adapter produces from the organisation's codes passes the profile BeVaccination with the
 * register's own lists: administered, not done with and without a reason, entered in error, each vaccine type of the
 * codes table; and the value sets are reference data the administrator switches off or extends.
 */
@IntegrationTest
class VaccicardConformanceIntegrationTests {

    @Autowired
    VaccicardAdapter adapter;

    @Autowired
    VaccineCodes codes;

    @Autowired
    VaccicardValueSets valueSets;

    @Autowired
    Clock clock;

    private OutgoingRegistration registration(List<OutgoingRegistration.Item> items) {
        OutgoingRegistration r = Registrations.belgian(Inszs.random().value(), Registrations.NIHII);
        return new OutgoingRegistration(
                r.contactMomentId(),
                r.dossierId(),
                r.dossierNumber(),
                r.disclosure(),
                r.child(),
                r.organisation(),
                r.contactMoment(),
                items,
                r.approvedBy());
    }

    private OutgoingRegistration.Item item(String type, String objection) {
        return new OutgoingRegistration.Item(
                type,
                type,
                "vaccine " + type,
                LocalDate.now(clock),
                objection == null ? "LOT-" + type : null,
                objection);
    }

    private static List<Immunization> resources(String bundle) {
        return FhirJson.parse(Bundle.class, bundle).getEntry().stream()
                .map(e -> (Immunization) e.getResource())
                .toList();
    }

    @Test
    void everyResourceTheAdapterProducesForEachVaccineTypePassesTheProfileWithTheRegistersLists() {
        List<VaccineCode> sendable = codes.all().stream()
                .filter(c -> c.getSnomedCode() != null && c.getCnk() != null)
                .toList();
        assertThat(sendable).extracting(VaccineCode::getVaccineTypeCode).contains("10", "11", "04", "RSV");
        List<Immunization> produced = new ArrayList<>();
        for (VaccineCode code : sendable) {
            String type = code.getVaccineTypeCode();
            String payload = adapter.compose(
                    registration(List.of(item(type, null), item(type, "1"), item(type, "2"), item(type, "9"))),
                    UUID.randomUUID().toString(),
                    clock.instant());
            List<Immunization> sent = resources(payload);
            assertThat(sent)
                    .extracting(Immunization::getStatus)
                    .containsExactly(
                            ImmunizationStatus.COMPLETED,
                            ImmunizationStatus.NOTDONE,
                            ImmunizationStatus.NOTDONE,
                            ImmunizationStatus.NOTDONE);
            assertThat(sent.get(1).getStatusReason().getCodingFirstRep().getCode())
                    .isEqualTo("MEDPREC");
            assertThat(sent.get(2).getStatusReason().getCodingFirstRep().getCode())
                    .isEqualTo("PATOBJ");
            assertThat(sent.get(3).hasStatusReason())
                    .as("not done without reason")
                    .isFalse();
            produced.addAll(sent);

            String[] ids = {"a-" + type, "b-" + type, "c-" + type, "d-" + type};
            String retraction = adapter.composeRetraction(
                    new RegistryAdapter.Pending(
                            UUID.randomUUID(),
                            "m",
                            RegistryAdapter.Operation.REGISTER,
                            Disclosure.IDENTIFIED,
                            payload,
                            null,
                            String.join(",", ids),
                            1,
                            clock.instant()),
                    "r",
                    clock.instant());
            List<Immunization> withdrawn = resources(retraction);
            assertThat(withdrawn).extracting(Immunization::getStatus).containsOnly(ImmunizationStatus.ENTEREDINERROR);
            produced.addAll(withdrawn);
        }
        assertThat(produced).allSatisfy(im -> {
            assertThat(BeVaccinationRules.check(im, ShippedValueSets.official()))
                    .isEmpty();
            assertThat(BeVaccinationRules.check(im, valueSets)).isEmpty();
            assertThat(im.getExtensionByUrl(
                            "https://www.ehealth.fgov.be/standards/fhir/core/StructureDefinition/be-ext-recorder"))
                    .isNotNull();
            assertThat(im.getPerformer()).hasSizeLessThanOrEqualTo(1);
        });
    }

    @Test
    void theShippedValueSetsAreThoseOfTheProfile() {
        for (BeValueSet set : BeValueSet.values()) {
            assertThat(valueSets.entries(set))
                    .as(set.key())
                    .filteredOn(VaccicardValueSets.Entry::official)
                    .extracting(VaccicardValueSets.Entry::concept)
                    .containsExactlyElementsOf(ShippedValueSets.official().concepts(set));
        }
        assertThat(valueSets.entries(BeValueSet.VACCINE_CODE))
                .filteredOn(VaccicardValueSets.Entry::official)
                .hasSize(60);
    }

    @Test
    @WithMockUser(username = "beheerder", roles = "ADMIN")
    void aCodeTheAdministratorSwitchesOffIsRefusedAsNotValidForTheRegister() {
        String hexa = "871895005";
        assertThat(valueSets.update(
                        BeValueSet.VACCINE_CODE, BeVaccinationProfile.SNOMED, hexa, "Hexavalent", "Hexavalent", false))
                .isTrue();
        try {
            UnsendableRegistrationException refused = catchThrowableOfType(
                    UnsendableRegistrationException.class,
                    () -> adapter.compose(registration(List.of(item("11", null))), "m-off", clock.instant()));
            assertThat(refused.messageKey()).isEqualTo("registry.vaccicard.profileInvalid");
            assertThat((String) refused.args()[2]).startsWith(BeVaccinationRules.VACCINE_CODE_BINDING);
        } finally {
            valueSets.update(
                    BeValueSet.VACCINE_CODE,
                    BeVaccinationProfile.SNOMED,
                    hexa,
                    "Difterie + tetanus + kinkhoest + polio + Haemophilus influenzae b + hepatitis B",
                    "vaccin hexavalent contre la diphtérie, le tétanos, la coqueluche, la poliomyélite, l'Haemophilus"
                            + " influenzae de type B et l'hépatite B",
                    true);
        }
        assertThat(adapter.compose(registration(List.of(item("11", null))), "m-on", clock.instant()))
                .contains(hexa);
    }

    @Test
    @WithMockUser(username = "arts", roles = "JGZ_PROFESSIONAL")
    void onlyTheAdministratorChangesTheLists() {
        assertThat(catchThrowableOfType(
                        org.springframework.security.access.AccessDeniedException.class,
                        () -> valueSets.update(BeValueSet.ROUTE, BeVaccinationProfile.CS_ROUTE, "IM", "x", "x", false)))
                .isNotNull();
        assertThat(valueSets.contains(BeValueSet.ROUTE, BeVaccinationProfile.CS_ROUTE, "IM"))
                .isTrue();
    }

    @Test
    @WithMockUser(username = "beheerder", roles = "ADMIN")
    void aCodeTheRegistersListGainedCanBeAddedOnce() {
        String code = "9" + (System.nanoTime() % 100000) + "1000221109";
        assertThat(valueSets.add(BeValueSet.VACCINE_CODE, BeVaccinationProfile.SNOMED, code, "New", "Nieuw", "Nouveau"))
                .isTrue();
        assertThat(valueSets.add(BeValueSet.VACCINE_CODE, BeVaccinationProfile.SNOMED, code, "New", "Nieuw", "Nouveau"))
                .isFalse();
        assertThat(valueSets.contains(BeValueSet.VACCINE_CODE, BeVaccinationProfile.SNOMED, code))
                .isTrue();
        assertThat(valueSets.entry(BeValueSet.VACCINE_CODE, BeVaccinationProfile.SNOMED, code))
                .hasValueSatisfying(e -> assertThat(e.official()).isFalse());
        assertThat(ShippedValueSets.official().contains(BeValueSet.VACCINE_CODE, BeVaccinationProfile.SNOMED, code))
                .as("the register's shipped list is not ours to change")
                .isFalse();
    }
}
