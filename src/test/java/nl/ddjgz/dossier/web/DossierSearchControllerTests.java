package nl.ddjgz.dossier.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.praeventis.PraeventisRegister;
import nl.ddjgz.registry.RegisterChoice;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.ScannerAffixes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(DossierSearchController.class)
@Import(DossierSearchControllerTests.Scanner.class)
class DossierSearchControllerTests {

    /** The register the pages ask ({@code RegistryModel}): Praeventis. */
    @MockitoBean
    RegisterChoice register;

    @BeforeEach
    void reportToPraeventis() {
        given(register.profile()).willReturn(PraeventisRegister.PROFILE);
    }

    /** A scanner configured to send an AIM identifier before the number and "#" after it. */
    @TestConfiguration
    static class Scanner {
        @Bean
        ScannerAffixes scannerAffixes() {
            return new ScannerAffixes("]C1", "#");
        }
    }

    private static final RequestPostProcessor NURSE = user("verpleegkundige").roles("JGZ_PROFESSIONAL");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Dossiers dossiers;

    @Test
    void showsBothSearchFormsInDutch() throws Exception {
        mvc.perform(get("/dossiers").with(NURSE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zoeken op BSN")))
                .andExpect(content().string(containsString("Scan of typ het BSN van de oproepkaart.")))
                .andExpect(content().string(containsString("<label for=\"bsn\">BSN</label>")))
                .andExpect(content().string(containsString("Een kind uit België? Typ dan het INSZ")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Zoeken op INSZ"))))
                .andExpect(content().string(containsString("Zoeken op achternaam en geboortedatum")));
    }

    @Test
    void aValidBsnThatIsFoundOpensTheDossierWithoutTheBsnInTheUrl() throws Exception {
        ChildDossier dossier = Children.dossier(Children.born(LocalDate.now().minusYears(2)));
        given(dossiers.findByBsn(Bsn.of("111222333"))).willReturn(Optional.of(dossier));

        mvc.perform(post("/dossiers/search/bsn")
                        .param("bsn", " 111222333 ")
                        .with(NURSE)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dossiers/" + dossier.getId()));
    }

    @Test
    void aCallCardScannedIntoTheFieldLosesTheScannersPrefixAndSuffixAsAtTheMassDesk() throws Exception {
        ChildDossier dossier = Children.dossier(Children.born(LocalDate.now().minusYears(4)));
        given(dossiers.findByBsn(Bsn.of("111222333"))).willReturn(Optional.of(dossier));

        mvc.perform(post("/dossiers/search/bsn")
                        .param("bsn", "]C1111222333#\r\n")
                        .with(NURSE)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dossiers/" + dossier.getId()));
        verify(dossiers).findByBsn(Bsn.of("111222333"));

        // only the prefix and suffix: nothing to search
        mvc.perform(post("/dossiers/search/bsn")
                        .param("bsn", "]C1#")
                        .with(NURSE)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit veld is verplicht.")));
        verify(dossiers, never()).findByInsz(any());
    }

    @Test
    void anInvalidBsnGetsADutchMessageAndNoSearch() throws Exception {
        mvc.perform(post("/dossiers/search/bsn")
                        .param("bsn", "123456789")
                        .with(NURSE)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit is geen geldig BSN")));
        mvc.perform(post("/dossiers/search/bsn")
                        .param("bsn", "12ab")
                        .with(NURSE)
                        .with(csrf()))
                .andExpect(content().string(containsString("Dit is geen geldig BSN")));
        mvc.perform(post("/dossiers/search/bsn").param("bsn", "").with(NURSE).with(csrf()))
                .andExpect(content().string(containsString("Dit veld is verplicht.")));
        verifyNoInteractions(dossiers);
    }

    @Test
    void anUnknownBsnOffersToOpenANewDossierCarryingTheBsnInTheFormNotTheUrl() throws Exception {
        given(dossiers.findByBsn(any())).willReturn(Optional.empty());
        mvc.perform(post("/dossiers/search/bsn")
                        .param("bsn", "123456782")
                        .with(NURSE)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geen dossier gevonden.")))
                .andExpect(content().string(containsString("Nieuw dossier aanmaken")))
                .andExpect(content().string(containsString("name=\"bsn\" value=\"123456782\"")))
                .andExpect(content().string(not(containsString("?bsn="))));
    }

    @Test
    void searchByNameAndBirthDateListsSeveralChildren() throws Exception {
        LocalDate birth = LocalDate.now().minusYears(3);
        ChildDossier a = Children.dossier(Children.withFamilyName(Children.born(birth), "Jansen"));
        ChildDossier b = Children.dossier(Children.withFamilyName(Children.born(birth), "Jansen"));
        given(dossiers.findByNameAndBirthDate("Jansen", birth)).willReturn(List.of(a, b));

        mvc.perform(post("/dossiers/search/name")
                        .param("familyName", "Jansen")
                        .param("birthDate", birth.toString())
                        .with(NURSE)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gevonden kinderen")))
                .andExpect(content().string(containsString("/dossiers/" + a.getId())))
                .andExpect(content().string(containsString("/dossiers/" + b.getId())));
    }

    @Test
    void aBirthDateInTheFutureOrNotADateIsRefusedInDutch() throws Exception {
        mvc.perform(post("/dossiers/search/name")
                        .param("familyName", "Jansen")
                        .param("birthDate", LocalDate.now().plusDays(2).toString())
                        .with(NURSE)
                        .with(csrf()))
                .andExpect(content().string(containsString("Deze datum mag niet in de toekomst liggen.")));
        mvc.perform(post("/dossiers/search/name")
                        .param("familyName", "Jansen")
                        .param("birthDate", "31-02-2020x")
                        .with(NURSE)
                        .with(csrf()))
                .andExpect(content().string(containsString("Vul een geldige datum in")));
        verify(dossiers, never()).findByNameAndBirthDate(any(), any());
    }

    @Test
    void aValidInszInTheSameFieldOpensTheBelgianChildsDossier() throws Exception {
        ChildDossier dossier = Children.dossier(Children.born(LocalDate.now().minusYears(2)));
        given(dossiers.findByInsz(Insz.of("15010512378"))).willReturn(Optional.of(dossier));

        mvc.perform(post("/dossiers/search/bsn")
                        .param("bsn", "15.01.05-123.78")
                        .with(NURSE)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dossiers/" + dossier.getId()));
        verify(dossiers, never()).findByBsn(any());
    }

    @Test
    void anInszWithWrongCheckDigitsGetsTheInszMessageAndNoSearch() throws Exception {
        mvc.perform(post("/dossiers/search/bsn")
                        .param("bsn", "15010512377")
                        .with(NURSE)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit INSZ klopt niet: controleer de cijfers.")));
        verifyNoInteractions(dossiers);
    }

    @Test
    void anUnknownInszOffersToOpenANewDossierCarryingTheInszInTheFormNotTheUrl() throws Exception {
        given(dossiers.findByInsz(any())).willReturn(Optional.empty());
        mvc.perform(post("/dossiers/search/bsn")
                        .param("bsn", "15010512378")
                        .with(NURSE)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geen dossier gevonden.")))
                .andExpect(content().string(containsString("name=\"insz\" value=\"15010512378\"")))
                .andExpect(content().string(not(containsString("type=\"hidden\" name=\"bsn\""))))
                .andExpect(content().string(not(containsString("?insz="))));
    }
}
