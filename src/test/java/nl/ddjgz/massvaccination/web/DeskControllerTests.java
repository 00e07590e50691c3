package nl.ddjgz.massvaccination.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.ddjgz.batch.BatchField;
import nl.ddjgz.massvaccination.DeskSetting;
import nl.ddjgz.massvaccination.IdentifierKind;
import nl.ddjgz.massvaccination.MassSessionsMother;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.ScanAnswer;
import nl.ddjgz.massvaccination.ScanDesk;
import nl.ddjgz.massvaccination.ScanOutcome;
import nl.ddjgz.massvaccination.SessionSetup;
import nl.ddjgz.praeventis.PraeventisRegister;
import nl.ddjgz.registry.RegisterChoice;
import nl.ddjgz.schedule.VaccinationSchedule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The scanning desk as a web slice: the script's scan gets its JSON answer (colour, the Dutch text, the totals, what
 * the desk offers next), and bad input gives the Dutch message and calls nothing.
 */
@WebMvcTest(DeskController.class)
@Import(BatchField.class)
class DeskControllerTests {

    private static final RequestPostProcessor ASSISTANT = user("assistent").roles("JGZ_ASSISTANT");
    private static final RequestPostProcessor DOCTOR = user("arts").roles("JGZ_PROFESSIONAL");
    private static final UUID SESSION = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @MockitoBean
    ScanDesk scanDesk;

    @MockitoBean
    SessionSetup sessionSetup;

    @MockitoBean
    VaccinationSchedule schedule;

    @MockitoBean
    RegisterChoice register;

    @BeforeEach
    void aDutchOrganisation() {
        given(register.profile()).willReturn(PraeventisRegister.PROFILE);
        given(schedule.zone()).willReturn(ZoneId.of("Europe/Amsterdam"));
        given(sessionSetup.identifierKind()).willReturn(IdentifierKind.BSN);
    }

    @Test
    void aScanFromTheScriptIsAnsweredWithItsColourTheDutchTextAndTheTotals() throws Exception {
        UUID scanId = UUID.randomUUID();
        ScanAnswer answer = new ScanAnswer(
                scanId,
                ScanOutcome.EXPECTED,
                "Eva Jansen",
                LocalDate.of(2016, 3, 1),
                null,
                null,
                "HPV",
                UUID.randomUUID(),
                true,
                1,
                null);
        given(scanDesk.scanAtDesk(SESSION, scanId, "2", "111222333", false))
                .willReturn(new ScanDesk.DeskScan(Optional.of(answer), MassSessionsMother.totals(7, 20, 6, 1, 0, 2)));

        scan(scanId, "2", "111222333")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scanId").value(scanId.toString()))
                .andExpect(jsonPath("$.colour").value("GREEN"))
                .andExpect(jsonPath("$.text").value("Eva Jansen, geboren 01-03-2016: HPV dosis 1"))
                .andExpect(jsonPath("$.stored").value(true))
                .andExpect(jsonPath("$.totals.registered").value(7))
                .andExpect(jsonPath("$.totals.expected").value(20))
                .andExpect(jsonPath("$.actions").isEmpty());
    }

    @Test
    void anUnknownChildIsRedWithTheFollowUpAndTheRivmCardOffered() throws Exception {
        UUID scanId = UUID.randomUUID();
        given(scanDesk.scanAtDesk(SESSION, scanId, "1", "123456782", false))
                .willReturn(new ScanDesk.DeskScan(
                        Optional.of(new ScanAnswer(
                                scanId, ScanOutcome.NO_DOSSIER, null, null, null, null, null, null, true, 0, null)),
                        MassSessionsMother.totals(0, 0, 0, 0, 0, 1)));

        scan(scanId, "1", "123456782")
                .andExpect(jsonPath("$.colour").value("RED"))
                .andExpect(jsonPath("$.actions[0].href").value("/massvaccination/" + SESSION + "/unknown/" + scanId))
                .andExpect(jsonPath("$.actions[1].href")
                        .value("/massvaccination/" + SESSION + "/unknown/" + scanId + "/card"));
    }

    @Test
    void aRepeatedEnterIsAnsweredWithNothingStored() throws Exception {
        UUID scanId = UUID.randomUUID();
        given(scanDesk.scanAtDesk(SESSION, scanId, "1", "", false))
                .willReturn(new ScanDesk.DeskScan(Optional.empty(), MassSessionsMother.totals(3, 0, 0, 0, 0, 0)));

        scan(scanId, "1", "")
                .andExpect(jsonPath("$.colour").value("NONE"))
                .andExpect(jsonPath("$.stored").value(false))
                .andExpect(jsonPath("$.totals.registered").value(3));
    }

    @Test
    void aLotSwitchWithAnUnreadablePackScanGetsTheDutchMessageAndSwitchesNothing() throws Exception {
        MvcResult result = mvc.perform(post("/massvaccination/" + SESSION + "/desk/lot")
                        .param("balie", "1")
                        .param("vaccineType", "09")
                        .param("batch", "010870815000123711261301" + "1726123110AB")
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/massvaccination/" + SESSION + "/desk?balie=1#lot-form"))
                .andReturn();

        assertThat(result.getFlashMap().get("lotError"))
                .isEqualTo("De houdbaarheidsdatum op de verpakking is ongeldig: typ het partijnummer over.");
        verify(sessionSetup, never()).switchLot(any(), anyString(), any());
    }

    @Test
    void aSearchWithoutBirthDateGetsTheDutchMessageAndSearchesNothing() throws Exception {
        Clock clock = Clock.system(ZoneId.of("Europe/Amsterdam"));
        MassVaccinationSession session = MassSessionsMother.session(LocalDate.now(clock), clock, "09", "CX241A");
        given(sessionSetup.get(SESSION)).willReturn(session);
        given(sessionSetup.deskSetting(SESSION, "1"))
                .willReturn(new DeskSetting(null, SESSION, "1", null, null, List.of(), null, null, null, null));
        given(scanDesk.recentAtDesk(SESSION, "1")).willReturn(List.of());
        given(scanDesk.totals(SESSION)).willReturn(MassSessionsMother.totals(0, 0, 0, 0, 0, 0));

        MvcResult result = mvc.perform(post("/massvaccination/" + SESSION + "/desk/search")
                        .param("balie", "1")
                        .param("familyName", "Jansen")
                        .with(ASSISTANT)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(result.getModelAndView().getModel().get("searchError")).isEqualTo("mass.desk.search.required");
        assertThat(result.getResponse().getContentAsString()).contains(dutch("mass.desk.search.required"));
        verify(scanDesk, never()).findChildren(anyString(), any());
    }

    /** A scan as the desk's script posts it, asking for JSON. */
    private ResultActions scan(UUID scanId, String desk, String code) throws Exception {
        return mvc.perform(post("/massvaccination/" + SESSION + "/desk/scans")
                .accept(MediaType.APPLICATION_JSON)
                .param("balie", desk)
                .param("scanId", scanId.toString())
                .param("code", code)
                .with(ASSISTANT)
                .with(csrf()));
    }

    private String dutch(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("nl"));
    }
}
