package nl.ddjgz.vaccination.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.ddjgz.batch.BatchCheck;
import nl.ddjgz.batch.BatchField;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.batch.ListFreshness;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.praeventis.PraeventisRegister;
import nl.ddjgz.registry.Outbox;
import nl.ddjgz.registry.RegisterChoice;
import nl.ddjgz.schedule.ContactActivity;
import nl.ddjgz.schedule.SchedulePlan;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.vaccination.ContactMoment;
import nl.ddjgz.vaccination.ContactMoments;
import nl.ddjgz.vaccination.ContactMomentsMother;
import nl.ddjgz.vaccination.Corrections;
import nl.ddjgz.vaccination.DeskApproval;
import nl.ddjgz.vaccination.RegistrationRefusedException;
import nl.ddjgz.vaccination.VaccinationHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The consultation desk's contact-moment pages as a web slice: what the professional sees for valid input, and that
 * bad input gives the Dutch message and calls nothing.
 */
@WebMvcTest({ContactMomentController.class, PlannedContactMomentController.class})
@Import(BatchField.class)
class ContactMomentControllerTests {

    /** The register the pages ask ({@code RegistryModel}): Praeventis. */
    @MockitoBean
    RegisterChoice register;

    @BeforeEach
    void reportToPraeventis() {
        given(register.profile()).willReturn(PraeventisRegister.PROFILE);
    }

    private static final RequestPostProcessor DOCTOR = user("arts").roles("JGZ_PROFESSIONAL");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @MockitoBean
    ContactMoments contactMoments;

    @MockitoBean
    DeskApproval deskApproval;

    @MockitoBean
    Corrections corrections;

    @MockitoBean
    VaccinationHistory vaccinationHistory;

    @MockitoBean
    Dossiers dossiers;

    @MockitoBean
    BatchNumbers batchNumbers;

    @MockitoBean
    VaccinationSchedule schedule;

    @MockitoBean
    OrganisationSettings organisation;

    @MockitoBean
    Outbox outbox;

    @MockitoBean
    nl.ddjgz.vaccination.PlannedContactMoments planned;

    private final Clock clock = Clock.system(ZONE);
    private final LocalDate today = LocalDate.now(clock);
    private ChildDossier child;
    private ContactMoment moment;

    @BeforeEach
    void aBabyWithADraftContactMoment() {
        child = Children.dossier(Children.born(today.minusMonths(3)));
        moment = ContactMomentsMother.draft(child.getId(), child.getBirthDate(), clock, "11");
        given(contactMoments.get(moment.getId())).willReturn(moment);
        given(dossiers.read(any())).willReturn(child);
        given(schedule.zone()).willReturn(ZONE);
        given(schedule.planFor(any(), any(), any())).willReturn(SchedulePlan.of(List.of()));
        given(batchNumbers.freshness()).willReturn(new ListFreshness(ListFreshness.State.NONE, null));
        given(outbox.stateOf(any())).willReturn(Optional.empty());
        given(outbox.departure(any())).willReturn(Optional.empty());
    }

    @Test
    void startingAContactMomentOpensItsPage() throws Exception {
        given(contactMoments.start(child.getId(), ContactActivity.CONSULTATION, today, 1L, false))
                .willReturn(moment);

        mvc.perform(post("/dossiers/" + child.getId() + "/contactmoments")
                        .param("activity", "CONSULTATION")
                        .param("date", today.toString())
                        .param("locationId", "1")
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/contactmoments/" + moment.getId()));

        verify(contactMoments).start(child.getId(), ContactActivity.CONSULTATION, today, 1L, false);
    }

    @Test
    void aStartInTheFutureOrWithoutActivityGetsTheDutchMessageAndStartsNothing() throws Exception {
        MvcResult result = mvc.perform(post("/dossiers/" + child.getId() + "/contactmoments")
                        .param("date", today.plusDays(1).toString())
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + child.getId()))
                .andReturn();

        LineMessage error = (LineMessage) result.getFlashMap().get("startError");
        assertThat(dutch(error.key())).isEqualTo("Kies een contactmoment en een geldige datum (niet in de toekomst).");
        verifyNoInteractions(contactMoments);
    }

    @Test
    void thePageShowsTheChildAndTheProposedVaccineLine() throws Exception {
        String page = page(moment.getId(), null);

        assertThat(page).contains(child.fullName());
        assertThat(page)
                .contains("/contactmoments/" + moment.getId() + "/lines/"
                        + moment.getLines().get(0).getId() + "/batch");
    }

    @Test
    void aTypedBatchNumberIsRegisteredOnItsLine() throws Exception {
        UUID line = moment.getLines().get(0).getId();
        given(contactMoments.registerBatch(moment.getId(), line, "VX241A", false, false, false, null))
                .willReturn(mock(BatchCheck.class));

        mvc.perform(post("/contactmoments/" + moment.getId() + "/lines/" + line + "/batch")
                        .param("batchNumber", " VX241A ")
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/contactmoments/" + moment.getId()));

        verify(contactMoments).registerBatch(moment.getId(), line, "VX241A", false, false, false, null);
    }

    @Test
    void aPackScanThatCannotBeReadGetsTheDutchMessageOnItsLineAndRegistersNothing() throws Exception {
        UUID line = moment.getLines().get(0).getId();

        MvcResult result = mvc.perform(post("/contactmoments/" + moment.getId() + "/lines/" + line + "/batch")
                        .param("batchNumber", "0108765432109875172701151000X9")
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/contactmoments/" + moment.getId()))
                .andReturn();

        assertThat(page(moment.getId(), result))
                .contains("De productcode van de verpakking klopt niet (controlecijfer): scan opnieuw.");
        verify(contactMoments, never())
                .registerBatch(any(), any(), anyString(), anyBoolean(), anyBoolean(), anyBoolean(), any());
    }

    @Test
    void anApprovalSaysTheMessageIsReadyForTheRegister() throws Exception {
        given(deskApproval.approve(moment.getId(), 3L)).willReturn(true);

        MvcResult result = mvc.perform(post("/contactmoments/" + moment.getId() + "/approve")
                        .param("version", "3")
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/contactmoments/" + moment.getId()))
                .andReturn();

        assertThat(page(moment.getId(), result))
                .contains("Akkoord: de vaccinaties zijn geregistreerd en het bericht staat klaar voor het register.");
    }

    @Test
    void anApprovalWithoutTheShownVersionGoesBackToTheConfirmationPageAndApprovesNothing() throws Exception {
        mvc.perform(post("/contactmoments/" + moment.getId() + "/approve")
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/contactmoments/" + moment.getId() + "/review"));

        verify(deskApproval, never()).approve(any(), anyLong());
    }

    @Test
    void anApprovalTheRulesRefuseShowsTheDutchReasonOnTheConfirmationPage() throws Exception {
        given(deskApproval.approve(moment.getId(), 3L))
                .willThrow(new RegistrationRefusedException(null, "vaccination.date.future"));

        MvcResult result = mvc.perform(post("/contactmoments/" + moment.getId() + "/approve")
                        .param("version", "3")
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/contactmoments/" + moment.getId() + "/review"))
                .andReturn();

        String review = mvc.perform(get("/contactmoments/" + moment.getId() + "/review")
                        .flashAttrs(result.getFlashMap())
                        .with(DOCTOR))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(review)
                .contains("id=\"review-error\"")
                .contains("De vaccinatiedatum mag niet in de toekomst liggen.");
    }

    @Test
    void anIncompleteCorrectionRequestGetsTheDutchMessageAndRecordsNothing() throws Exception {
        MvcResult result = mvc.perform(post("/contactmoments/" + moment.getId() + "/correction-request")
                        .param("whatIsWrong", "Verkeerd partijnummer")
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/contactmoments/" + moment.getId()))
                .andReturn();

        assertThat(page(moment.getId(), result)).contains("Vul alle velden van het correctieverzoek in.");
        verify(corrections, never()).requestCorrection(any(), any(), anyBoolean(), any(), any(), any());
    }

    @Test
    void aPlannedContactMomentIsSavedForItsDay() throws Exception {
        MvcResult result = mvc.perform(post("/dossiers/" + child.getId() + "/planned-contactmoments")
                        .param("date", today.plusDays(7).toString())
                        .param("locationId", "1")
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + child.getId() + "#planned"))
                .andReturn();

        verify(planned).plan(child.getId(), today.plusDays(7), 1L);
        assertThat(dutch((String) result.getFlashMap().get("flash")))
                .isEqualTo("Het contactmoment is gepland; het staat op de werklijst van die dag.");
    }

    @Test
    void aPlanWithoutLocationGetsTheDutchMessageAndPlansNothing() throws Exception {
        MvcResult result = mvc.perform(post("/dossiers/" + child.getId() + "/planned-contactmoments")
                        .param("date", today.plusDays(7).toString())
                        .with(DOCTOR)
                        .with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + child.getId() + "#planned"))
                .andReturn();

        LineMessage error = (LineMessage) result.getFlashMap().get("planError");
        assertThat(dutch(error.key())).isEqualTo("Kies een datum en een locatie voor de afspraak.");
        verifyNoInteractions(planned);
    }

    /** The contact-moment page as the browser shows it after the redirect (with what the action left to say). */
    private String page(UUID id, MvcResult after) throws Exception {
        var request = get("/contactmoments/" + id).with(DOCTOR);
        if (after != null) {
            request.flashAttrs(after.getFlashMap());
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private String dutch(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("nl"));
    }
}
