package nl.ddjgz.massvaccination.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.massvaccination.MassSessionsMother;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.ScanLine;
import nl.ddjgz.massvaccination.ScanOutcome;
import nl.ddjgz.massvaccination.SessionApproval;
import nl.ddjgz.massvaccination.SessionGroupFile;
import nl.ddjgz.massvaccination.SessionOverview;
import nl.ddjgz.massvaccination.SessionRefusedException;
import nl.ddjgz.massvaccination.SessionReview;
import nl.ddjgz.massvaccination.SessionSetup;
import nl.ddjgz.organisation.Location;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.praeventis.PraeventisRegister;
import nl.ddjgz.registry.RegisterChoice;
import nl.ddjgz.schedule.VaccinationSchedule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The review page of a mass session as a web slice: what the professional sees (the children in the session, the
 * exceptions, the declaration with the count and the fingerprint of what it showed), and an approval of a reviewed
 * set that is no longer the session's refused with the Dutch message.
 */
@WebMvcTest(ReviewController.class)
class ReviewControllerTests {

    private static final RequestPostProcessor DOCTOR = user("arts").roles("JGZ_PROFESSIONAL");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @MockitoBean
    SessionSetup sessionSetup;

    @MockitoBean
    SessionReview sessionReview;

    @MockitoBean
    SessionApproval sessionApproval;

    @MockitoBean
    SessionGroupFile sessionGroupFile;

    @MockitoBean
    OrganisationSettings organisation;

    @MockitoBean
    VaccinationSchedule schedule;

    private final Clock clock = Clock.system(ZONE);
    private final LocalDate today = LocalDate.now(clock);
    private MassVaccinationSession session;
    private ChildDossier eva;
    private ChildDossier sem;
    private SessionOverview overview;

    @MockitoBean
    RegisterChoice register;

    @BeforeEach
    void aSessionWithAnExpectedAndAnUnexpectedChild() {
        given(register.profile()).willReturn(PraeventisRegister.PROFILE);
        session = MassSessionsMother.session(today, clock, "09", "CX241A");
        eva = Children.dossier(Children.withGivenNames(Children.born(today.minusYears(10)), "Eva"));
        sem = Children.dossier(
                Children.withGivenNames(Children.born(today.minusYears(10).minusDays(3)), "Sem"));
        ScanLine expected = MassSessionsMother.line(session, "111222333", ScanOutcome.EXPECTED, eva, clock);
        ScanLine notExpected = MassSessionsMother.line(session, "123456782", ScanOutcome.NOT_EXPECTED, sem, clock);
        overview = MassSessionsMother.overview(session, List.of(expected, notExpected));
        Location location = mock(Location.class);
        given(location.getName()).willReturn("Sporthal De Rijn");
        given(organisation.location(anyLong())).willReturn(location);
        given(schedule.zone()).willReturn(ZONE);
        given(schedule.vaccineTypes()).willReturn(List.of());
        given(sessionReview.overviewShown(session.getId(), "mass session review"))
                .willReturn(overview);
        given(sessionReview.removals(session.getId())).willReturn(Map.of());
    }

    @Test
    void thePageShowsTheChildrenTheExceptionAndTheDeclarationWithWhatItShowed() throws Exception {
        String page = mvc.perform(
                        get("/massvaccination/" + session.getId() + "/review").with(DOCTOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains(eva.fullName()).contains(sem.fullName()).contains("Sporthal De Rijn");
        assertThat(page).contains("uitzonderingen: 1");
        assertThat(page).contains("Ik geef bewust akkoord: de vaccinaties van 2 kinderen worden geregistreerd");
        assertThat(page).contains("name=\"reviewed\" value=\"" + overview.reviewed() + "\"");
        verify(sessionReview).overviewShown(session.getId(), "mass session review");
    }

    @Test
    void anApprovalOfWhatThePageShowedRegistersAndGoesToThePrintPage() throws Exception {
        given(sessionApproval.approve(session.getId(), overview.reviewed())).willReturn(2);

        MvcResult result = mvc.perform(post("/massvaccination/" + session.getId() + "/approve")
                        .param("reviewed", overview.reviewed())
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/massvaccination/" + session.getId() + "/print"))
                .andReturn();

        assertThat(result.getFlashMap().get("addedCount")).isEqualTo(2);
        assertThat(dutch((String) result.getFlashMap().get("flash")))
                .startsWith("Akkoord gegeven: de vaccinaties zijn geregistreerd.");
    }

    @Test
    void anApprovalOfAStaleReviewedSetIsRefusedWithTheDutchMessage() throws Exception {
        given(sessionApproval.approve(session.getId(), "stale"))
                .willThrow(new SessionRefusedException(null, "mass.approve.changed"));

        MvcResult result = mvc.perform(post("/massvaccination/" + session.getId() + "/approve")
                        .param("reviewed", "stale")
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/massvaccination/" + session.getId() + "/review"))
                .andReturn();

        assertThat(dutch((String) result.getFlashMap().get("error")))
                .isEqualTo("Er is intussen gescand of een kind verwijderd. Controleer het overzicht opnieuw en geef"
                        + " dan akkoord.");
        String page = mvc.perform(get("/massvaccination/" + session.getId() + "/review")
                        .flashAttrs(result.getFlashMap())
                        .with(DOCTOR))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Er is intussen gescand of een kind verwijderd.");
    }

    @Test
    void anApprovalWithoutTheReviewedSetApprovesNothing() throws Exception {
        MvcResult result = mvc.perform(post("/massvaccination/" + session.getId() + "/approve")
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/massvaccination/" + session.getId() + "/review"))
                .andReturn();

        assertThat(result.getFlashMap().get("error")).isEqualTo("mass.approve.changed");
        verify(sessionApproval, never()).approve(any(), anyString());
    }

    private String dutch(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("nl"));
    }
}
