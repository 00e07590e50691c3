package nl.ddjgz.organisation.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.ddjgz.organisation.Organisation;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.organisation.RegisterOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The organisation's data that goes into messages is checked in the official formats before it is stored. */
@WebMvcTest(OrganisationAdminController.class)
class OrganisationAdminControllerTests {

    private static final RequestPostProcessor ADMIN = user("beheerder").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrganisationSettings settings;

    /** The registers to choose, as the register adapters describe them. */
    @MockitoBean
    RegisterOptions registers;

    @BeforeEach
    void organisation() {
        Organisation organisation = mock(Organisation.class);
        given(organisation.getRegistry()).willReturn("PRAEVENTIS");
        given(organisation.getLanguage()).willReturn("nl");
        given(organisation.getSendWindow()).willReturn(nl.ddjgz.organisation.SendWindow.DEFAULT);
        given(settings.organisation()).willReturn(organisation);
        List<RegisterOptions.Option> options = List.of(
                new RegisterOptions.Option("PRAEVENTIS", false, false),
                new RegisterOptions.Option("VACCICARD", true, false),
                new RegisterOptions.Option("VACCINNET_BATCH", true, true),
                new RegisterOptions.Option("VACCINNET_DIRECT", true, true));
        given(registers.options()).willReturn(options);
        given(registers.option(any()))
                .willAnswer(call -> options.stream()
                        .filter(o -> o.code().equals(call.getArgument(0)))
                        .findFirst());
    }

    private static MockHttpServletRequestBuilder form(String uzi, String applicationId, String oid) {
        return post("/admin/organisation")
                .param("name", "JGZ Regio Utrecht")
                .param("ura", "12345678")
                .param("agb", "")
                .param("city", "Utrecht")
                .param("applicationId", applicationId)
                .param("serverCertificateId", uzi)
                .param("dossierOid", oid)
                .param("contactMomentOid", "2.16.840.1.113883.2.4.3.8.1000.2")
                .with(ADMIN)
                .with(csrf());
    }

    @Test
    void identifiersInTheOfficialFormatsAreStored() throws Exception {
        mvc.perform(form("900012345", "900001234", "2.16.840.1.113883.2.4.3.8.1000.1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/organisation"));
        verify(settings)
                .update(
                        "JGZ Regio Utrecht",
                        "12345678",
                        "",
                        "Utrecht",
                        "900001234",
                        "900012345",
                        "2.16.840.1.113883.2.4.3.8.1000.1",
                        "2.16.840.1.113883.2.4.3.8.1000.2");
    }

    @Test
    void anUziNumberOfEightDigitsABadApplicationIdAndABadOidAreRefusedInDutch() throws Exception {
        mvc.perform(form("00000000", "DDJGZ", "2.16.840.01.x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een UZI-servercertificaatnummer heeft 9 cijfers.")))
                .andExpect(content().string(containsString("Een applicatie-id bestaat uit cijfers")))
                .andExpect(content().string(containsString("Een OID bestaat uit getallen gescheiden door punten")));
        verify(settings, never()).update(any(), any(), any(), any(), any(), any(), any(), any());
    }
}
