package nl.ddjgz.vaccicard.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.ddjgz.vaccicard.VaccicardValueSets;
import nl.ddjgz.vaccicard.fhir.BeValueSet;
import nl.ddjgz.vaccicard.fhir.BeValueSets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(ValueSetsController.class)
class ValueSetsControllerTests {

    private static final RequestPostProcessor ADMIN = user("beheerder").roles("ADMIN");
    private static final String SNOMED = "http://snomed.info/sct";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    VaccicardValueSets valueSets;

    @Test
    void showsEachValueSetWithItsCodesInDutchAndFrench() throws Exception {
        given(valueSets.entries(any())).willReturn(List.of());
        given(valueSets.entries(BeValueSet.VACCINE_CODE))
                .willReturn(List.of(new VaccicardValueSets.Entry(
                        new BeValueSets.Concept(
                                BeValueSet.VACCINE_CODE,
                                SNOMED,
                                "1181000221105",
                                "Influenza vaccine",
                                "Griep",
                                "vaccin contre la grippe"),
                        true,
                        true)));

        mvc.perform(get("/admin/vaccicard-value-sets").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Codelijsten voor Vaccicard")))
                .andExpect(content().string(containsString("BeVaccination 1.1.2")))
                .andExpect(content().string(containsString("Redenen om niet te vaccineren")))
                .andExpect(content().string(containsString("1181000221105")))
                .andExpect(content().string(containsString("Griep")))
                .andExpect(content().string(containsString("vaccin contre la grippe")));
    }

    @Test
    void switchingACodeOffSavesItAndSaysSo() throws Exception {
        given(valueSets.update(any(), anyString(), anyString(), anyString(), anyString(), anyBoolean()))
                .willReturn(true);

        mvc.perform(post("/admin/vaccicard-value-sets/update")
                        .param("valueSet", "VACCINE_CODE")
                        .param("system", SNOMED)
                        .param("code", "1181000221105")
                        .param("displayNl", "Griep")
                        .param("displayFr", "vaccin contre la grippe")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/vaccicard-value-sets"))
                .andExpect(flash().attribute("flash", "vaccicardValueSets.saved"));
        verify(valueSets)
                .update(BeValueSet.VACCINE_CODE, SNOMED, "1181000221105", "Griep", "vaccin contre la grippe", false);
    }

    @Test
    void aNewCodeNeedsASystemUrlAndIsAddedOnce() throws Exception {
        mvc.perform(post("/admin/vaccicard-value-sets/add")
                        .param("valueSet", "ROUTE")
                        .param("system", "not a url")
                        .param("code", "XX")
                        .param("displayEn", "x")
                        .param("displayNl", "x")
                        .param("displayFr", "x")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/vaccicard-value-sets"))
                .andExpect(flash().attribute("errorKey", "vaccicardValueSets.system.pattern"));
        verify(valueSets, never()).add(any(), any(), any(), any(), any(), any());

        given(valueSets.add(any(), any(), any(), any(), any(), any())).willReturn(false);
        mvc.perform(post("/admin/vaccicard-value-sets/add")
                        .param("valueSet", "ROUTE")
                        .param("system", "urn:example:routes")
                        .param("code", "XX")
                        .param("displayEn", "x")
                        .param("displayNl", "x")
                        .param("displayFr", "x")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(flash().attribute("errorKey", "vaccicardValueSets.exists"));
    }
}
