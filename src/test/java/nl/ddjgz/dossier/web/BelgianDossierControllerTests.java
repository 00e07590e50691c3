package nl.ddjgz.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import nl.ddjgz.dossier.ChildData;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Consent;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.registry.RegisterChoice;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Inszs;
import nl.ddjgz.vaccinnet.VaccinnetRegisters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dossier form of an organisation that reports to a Belgian register: the INSZ comes first, there is no BSN to mark
 * as missing and no RIVM consent. (The Dutch rules are in {@link DossierControllerTests}.)
 */
@WebMvcTest(DossierController.class)
class BelgianDossierControllerTests {

    private static final RequestPostProcessor ASSISTANT = user("assistent").roles("JGZ_ASSISTANT");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Dossiers dossiers;

    @MockitoBean
    VaccinationSchedule schedule;

    /** The register the pages name and switch on ({@code RegistryModel}). */
    @MockitoBean
    RegisterChoice register;

    @BeforeEach
    void reportToVaccinnet() {
        given(register.profile()).willReturn(VaccinnetRegisters.BATCH);
    }

    private static MockHttpServletRequestBuilder child(String bsn, String insz) {
        return post("/dossiers/new")
                .param("bsn", bsn)
                .param("insz", insz)
                .param("givenNames", "Lotte")
                .param("familyName", "Peeters")
                .param("birthDate", LocalDate.now().minusMonths(2).toString())
                .param("gender", "F")
                .with(ASSISTANT)
                .with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theNewDossierFormAsksTheInszFirstWithoutNoBsnMarkOrRivmConsent() throws Exception {
        String form = page(get("/dossiers/new").with(ASSISTANT));
        assertThat(form)
                .contains("INSZ (rijksregisternummer)")
                .contains("BSN (alleen voor een kind uit Nederland)")
                .contains(">Adres<")
                .doesNotContain("Kind heeft geen BSN")
                .doesNotContain("id=\"noBsn\"")
                .doesNotContain("Adres (BRP)")
                .doesNotContain("Toestemming uitwisseling gegevens met RIVM")
                .doesNotContain("id=\"consent-fields\"")
                .doesNotContain("??");
        assertThat(form.indexOf("id=\"insz\"")).isPositive().isLessThan(form.indexOf("id=\"bsn\""));
    }

    @Test
    void theFormSpeaksFrenchWithTheNiss() throws Exception {
        String form = page(get("/dossiers/new").locale(Locale.FRENCH).with(ASSISTANT));
        assertThat(form)
                .contains("NISS (numéro de registre national)")
                .contains("BSN (uniquement pour un enfant venant des Pays-Bas)")
                .doesNotContain("L’enfant n’a pas de BSN")
                .doesNotContain("RIVM");
    }

    @Test
    void aChildWithAnInszAndNoBsnIsSavedWithoutAnyMark() throws Exception {
        ChildDossier dossier = Children.dossier(Children.belgian(LocalDate.now().minusMonths(2)));
        given(dossiers.open(any())).willReturn(dossier);
        mvc.perform(child("", "15.01.05-123.78"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dossiers/" + dossier.getId()));
        verify(dossiers)
                .open(ArgumentMatchers.argThat((ChildData d) ->
                        d.bsn() == null && Insz.of("15010512378").equals(d.insz())));
    }

    /** Decided: the child is saved, and the dossier page says "Geen INSZ" until it is filled in. */
    @Test
    void aChildWithoutInszOrBsnIsSavedToo() throws Exception {
        ChildDossier dossier = Children.dossier(Children.belgian(LocalDate.now().minusMonths(2)));
        given(dossiers.open(any())).willReturn(dossier);
        mvc.perform(child("", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dossiers/" + dossier.getId()));
        verify(dossiers).open(ArgumentMatchers.argThat((ChildData d) -> d.bsn() == null && d.insz() == null));
    }

    @Test
    void aWrongInszStillGetsItsMessageAndNothingIsStored() throws Exception {
        assertThat(page(child("", "15010512377")))
                .contains("Het formulier bevat fouten. Er is niets opgeslagen.")
                .contains("Dit INSZ klopt niet: controleer de cijfers.")
                .doesNotContain("Vul het BSN in");
        verify(dossiers, never()).open(any());
    }

    @Test
    void savingWithoutTheConsentFieldsKeepsTheRecordedConsent() throws Exception {
        LocalDate today = LocalDate.now();
        Consent consent = new Consent(true, "03", today.minusMonths(1), "01", null);
        ChildDossier dossier = Children.dossier(Children.withConsent(Children.born(today.minusMonths(2)), consent)
                .withInsz(Inszs.random()));
        given(dossiers.read(dossier.getId())).willReturn(dossier);

        String form = page(get("/dossiers/" + dossier.getId() + "/edit").with(ASSISTANT));
        assertThat(form)
                .doesNotContain("Toestemming uitwisseling gegevens met RIVM")
                .contains("type=\"hidden\" id=\"consentGiven\" name=\"consentGiven\" value=\"true\"")
                .contains("name=\"consentSource\" value=\"PARENT_WITH_AUTHORITY\"")
                .contains("name=\"consentDate\" value=\"" + today.minusMonths(1) + "\"");

        // what the form posts back: the hidden consent fields as they were
        mvc.perform(post("/dossiers/" + dossier.getId() + "/edit")
                        .param("insz", dossier.getInsz().formatted())
                        .param("bsn", "")
                        .param("givenNames", "Lotte")
                        .param("familyName", "Peeters")
                        .param("birthDate", today.minusMonths(2).toString())
                        .param("gender", "F")
                        .param("consentGiven", "true")
                        .param("consentSource", "PARENT_WITH_AUTHORITY")
                        .param("consentDate", today.minusMonths(1).toString())
                        .param("consentWay", "WRITTEN")
                        .param("consentEndDate", "")
                        .param("version", "0")
                        .with(ASSISTANT)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        verify(dossiers)
                .change(
                        ArgumentMatchers.eq(dossier.getId()),
                        ArgumentMatchers.eq(0L),
                        ArgumentMatchers.argThat((ChildData d) -> consent.equals(d.consent())));
    }

    @Test
    void theDossierPageHasNoRivmConsentCard() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 23);
        ChildDossier dossier = Children.dossier(Children.belgian(today.minusMonths(3)));
        given(dossiers.read(dossier.getId())).willReturn(dossier);
        given(schedule.today()).willReturn(today);

        assertThat(page(get("/dossiers/" + dossier.getId()).with(ASSISTANT)))
                .contains(dossier.getInsz().formatted())
                .doesNotContain("id=\"consent\"")
                .doesNotContain("Toestemming uitwisseling gegevens met RIVM")
                .doesNotContain("berichten aan Praeventis")
                .doesNotContain("Adres (BRP)")
                .doesNotContain("??");
    }
}
