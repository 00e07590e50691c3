package nl.ddjgz.dossier.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.ddjgz.dossier.ChildData;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.dossier.DuplicateBsnException;
import nl.ddjgz.dossier.DuplicateInszException;
import nl.ddjgz.praeventis.PraeventisRegister;
import nl.ddjgz.registry.RegisterChoice;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.shared.Insz;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(DossierController.class)
class DossierControllerTests {

    /** The register the pages ask ({@code RegistryModel}): Praeventis. */
    @MockitoBean
    RegisterChoice register;

    @BeforeEach
    void reportToPraeventis() {
        given(register.profile()).willReturn(PraeventisRegister.PROFILE);
    }

    private static final RequestPostProcessor ASSISTANT = user("assistent").roles("JGZ_ASSISTANT");
    private static final RequestPostProcessor NURSE = user("verpleegkundige").roles("JGZ_PROFESSIONAL");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Dossiers dossiers;

    @MockitoBean
    VaccinationSchedule schedule;

    private static MockHttpServletRequestBuilder validChild() {
        return childWithBsn("123456782");
    }

    private static MockHttpServletRequestBuilder childWithBsn(String bsn) {
        return post("/dossiers/new")
                .param("bsn", bsn)
                .param("givenNames", "Emma")
                .param("familyName", "Jansen")
                .param("birthDate", LocalDate.now().minusMonths(2).toString())
                .param("gender", "F")
                .param("postcode", "3511 ab")
                .with(ASSISTANT)
                .with(csrf());
    }

    @Test
    void opensADossierAndRedirectsToIt() throws Exception {
        ChildDossier dossier = Children.dossier(Children.born(LocalDate.now().minusMonths(2)));
        given(dossiers.open(any())).willReturn(dossier);
        mvc.perform(validChild())
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dossiers/" + dossier.getId()));
        verify(dossiers)
                .open(org.mockito.ArgumentMatchers.argThat(
                        (ChildData d) -> d.bsn().value().equals("123456782")
                                && d.address().postcode().equals("3511 AB")));
    }

    @Test
    void badInputGetsDutchMessagesNextToTheFieldsAndStoresNothing() throws Exception {
        mvc.perform(post("/dossiers/new")
                        .param("bsn", "123456789")
                        .param("givenNames", "")
                        .param("familyName", "Jansen")
                        .param("birthDate", LocalDate.now().plusDays(1).toString())
                        .param("gender", "F")
                        .param("postcode", "3511AB")
                        .with(ASSISTANT)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het formulier bevat fouten. Er is niets opgeslagen.")))
                .andExpect(content().string(containsString("Dit is geen geldig BSN")))
                .andExpect(content().string(containsString("Dit veld is verplicht.")))
                .andExpect(content().string(containsString("Deze datum mag niet in de toekomst liggen.")))
                .andExpect(content().string(containsString("Vul de postcode in als vier cijfers")));
        verify(dossiers, never()).open(any());
    }

    /** A Dutch organisation's form is unchanged (the Belgian one is in {@link BelgianDossierControllerTests}). */
    @Test
    void theDutchFormAsksTheBsnFirstWithItsNoBsnMarkAddressFromTheBrpAndRivmConsent() throws Exception {
        String form = mvc.perform(get("/dossiers/new").with(NURSE))
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(form)
                .contains("Kind heeft geen BSN", "Adres (BRP)", "Toestemming uitwisseling gegevens met RIVM")
                .contains("id=\"consent-fields\"")
                .doesNotContain("BSN (alleen voor een kind uit Nederland)");
        org.assertj.core.api.Assertions.assertThat(form.indexOf("id=\"bsn\""))
                .isPositive()
                .isLessThan(form.indexOf("id=\"insz\""));
    }

    /** Consent is a professional's act: the assistant's form carries it unchanged and says who records it. */
    @Test
    void anAssistantSeesNoConsentFieldsButTheFormKeepsWhatIsRecorded() throws Exception {
        String form = mvc.perform(get("/dossiers/new").with(ASSISTANT))
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(form)
                .doesNotContain("id=\"consent-fields\"")
                .contains("type=\"hidden\" id=\"consentGiven\" name=\"consentGiven\"")
                .contains("De toestemming voor uitwisseling met RIVM legt een jeugdarts of jeugdverpleegkundige vast");
        org.assertj.core.api.Assertions.assertThat(form.split("id=\"bsn\"", -1))
                .as("one BSN field")
                .hasSize(2);
        org.assertj.core.api.Assertions.assertThat(form.split("id=\"insz\"", -1))
                .as("one INSZ field")
                .hasSize(2);
        org.assertj.core.api.Assertions.assertThat(form)
                .contains("Kind heeft geen BSN")
                .doesNotContain("BSN (alleen voor een kind uit Nederland)");
    }

    @Test
    void anEmptyBsnMustBeMarkedAsNoBsnOnPurpose() throws Exception {
        mvc.perform(childWithBsn(""))
                .andExpect(
                        content().string(containsString("Vul het BSN in, of vink aan dat het kind geen BSN heeft.")));
        verify(dossiers, never()).open(any());
    }

    @Test
    void aDuplicateBsnIsReportedAtTheBsnField() throws Exception {
        given(dossiers.open(any())).willThrow(DuplicateBsnException.class);
        mvc.perform(validChild())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er bestaat al een dossier met dit BSN.")));
    }

    @Test
    void theNewDossierFormAfterASearchIsFilledWithTheSearchedBsn() throws Exception {
        mvc.perform(post("/dossiers/new/prefilled")
                        .param("bsn", "123456782")
                        .with(ASSISTANT)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nieuw dossier")))
                .andExpect(content().string(containsString("value=\"123456782\"")));
    }

    @Test
    void theDossierPageShowsTheChildAndWhoseConsentIsNeeded() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 23);
        ChildDossier dossier = Children.dossier(Children.born(today.minusMonths(3)));
        given(dossiers.read(dossier.getId())).willReturn(dossier);
        given(schedule.today()).willReturn(today);

        mvc.perform(get("/dossiers/" + dossier.getId()).with(ASSISTANT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(dossier.fullName())))
                .andExpect(content().string(containsString(dossier.getBsn().value())))
                .andExpect(content().string(containsString("Bij deze leeftijd (jonger dan 12) beslissen de ouder(s)")))
                .andExpect(content().string(containsString("berichten aan Praeventis gaan met BSN")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aStaleEditIsRefusedWithADutchMessage() throws Exception {
        ChildDossier dossier = Children.dossier(Children.born(LocalDate.now().minusMonths(2)));
        given(dossiers.change(eq(dossier.getId()), anyLong(), any()))
                .willThrow(Dossiers.ConcurrentChangeException.class);
        mvc.perform(post("/dossiers/" + dossier.getId() + "/edit")
                        .param("bsn", "123456782")
                        .param("givenNames", "Emma")
                        .param("familyName", "Jansen")
                        .param("birthDate", LocalDate.now().minusMonths(2).toString())
                        .param("gender", "F")
                        .param("version", "3")
                        .with(ASSISTANT)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft dit dossier intussen gewijzigd.")));
    }

    private static MockHttpServletRequestBuilder belgianChild(String insz) {
        return post("/dossiers/new")
                .param("bsn", "")
                .param("insz", insz)
                .param("givenNames", "Lotte")
                .param("familyName", "Peeters")
                .param("birthDate", LocalDate.now().minusMonths(2).toString())
                .param("gender", "F")
                .with(ASSISTANT)
                .with(csrf());
    }

    @Test
    void aBelgianChildIsOpenedWithItsInszAsPrintedAndNeedsNoBsnMark() throws Exception {
        ChildDossier dossier = Children.dossier(Children.born(LocalDate.now().minusMonths(2)));
        given(dossiers.open(any())).willReturn(dossier);
        mvc.perform(belgianChild("15.01.05-123.78"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dossiers/" + dossier.getId()));
        verify(dossiers)
                .open(org.mockito.ArgumentMatchers.argThat((ChildData d) ->
                        d.bsn() == null && Insz.of("15010512378").equals(d.insz())));
    }

    @Test
    void anInszWithWrongCheckDigitsGetsTheDutchMessageAndStoresNothing() throws Exception {
        mvc.perform(belgianChild("15010512377"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het formulier bevat fouten. Er is niets opgeslagen.")))
                .andExpect(content().string(containsString("Dit INSZ klopt niet: controleer de cijfers.")))
                .andExpect(content().string(containsString("INSZ (rijksregisternummer)")));
        verify(dossiers, never()).open(any());
    }

    @Test
    void aDuplicateInszIsReportedAtTheInszField() throws Exception {
        given(dossiers.open(any())).willThrow(DuplicateInszException.class);
        mvc.perform(belgianChild("15010512378"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er bestaat al een dossier met dit INSZ.")));
    }

    @Test
    void theNewDossierFormAfterAnInszSearchIsFilledWithTheSearchedInsz() throws Exception {
        mvc.perform(post("/dossiers/new/prefilled")
                        .param("insz", "15010512378")
                        .with(ASSISTANT)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"insz\" value=\"15010512378\"")));
    }

    @Test
    void theDossierPageShowsTheInszAsOnTheIdentityCard() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 23);
        ChildDossier dossier =
                Children.dossier(Children.born(today.minusMonths(3)).withInsz(Insz.of("15010512378")));
        given(dossiers.read(dossier.getId())).willReturn(dossier);
        given(schedule.today()).willReturn(today);

        mvc.perform(get("/dossiers/" + dossier.getId()).with(ASSISTANT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("INSZ (rijksregisternummer)")))
                .andExpect(content().string(containsString("15.01.05-123.78")));
    }
}
