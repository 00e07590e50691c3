package nl.ddjgz.security.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
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

import java.time.Clock;
import java.util.EnumSet;
import nl.ddjgz.security.Role;
import nl.ddjgz.security.UserAccount;
import nl.ddjgz.security.UserAccounts;
import nl.ddjgz.shared.Nihii;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(UserAdminController.class)
class UserAdminControllerTests {

    private static final RequestPostProcessor ADMIN = user("beheerder").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserAccounts users;

    @MockitoBean
    Clock clock;

    /** Locking was replaced by the per-source throttle: the list says active or disabled, never "locked". */
    @Test
    void theUserListShowsActiveOrDisabledAndNoLock() throws Exception {
        UserAccount active = mock(UserAccount.class);
        given(active.getId()).willReturn(1L);
        given(active.getUsername()).willReturn("arts");
        given(active.getDisplayName()).willReturn("Dr. A. Arts");
        given(active.isEnabled()).willReturn(true);
        UserAccount disabled = mock(UserAccount.class);
        given(disabled.getId()).willReturn(2L);
        given(disabled.getUsername()).willReturn("oud.collega");
        given(disabled.getDisplayName()).willReturn("Oud Collega");
        given(disabled.isEnabled()).willReturn(false);
        given(users.all()).willReturn(java.util.List.of(active, disabled));

        mvc.perform(get("/admin/users").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td class=\"status\">Actief</td>")))
                .andExpect(content().string(containsString("<td class=\"status\">Uitgeschakeld</td>")))
                .andExpect(content().string(not(containsString("Geblokkeerd"))));
    }

    @Test
    void createsAUserAndSaysSo() throws Exception {
        mvc.perform(post("/admin/users/new")
                        .param("username", "j.devries")
                        .param("displayName", "J. de Vries")
                        .param("password", "a-long-enough-password")
                        .param("roles", "JGZ_ASSISTANT")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("flash", "user.created"));
        verify(users)
                .create("j.devries", "J. de Vries", "a-long-enough-password", EnumSet.of(Role.JGZ_ASSISTANT), null);
    }

    @Test
    void aShortPasswordOrStrangeUsernameIsRefusedInDutch() throws Exception {
        mvc.perform(post("/admin/users/new")
                        .param("username", "j de vries")
                        .param("displayName", "J. de Vries")
                        .param("password", "short")
                        .param("roles", "JGZ_ASSISTANT")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een wachtwoord heeft minstens 12 tekens.")))
                .andExpect(content().string(containsString("Gebruik alleen letters, cijfers")));
        verify(users, never()).create(any(), any(), any(), anySet(), any());
    }

    @Test
    void aTakenUsernameIsReportedAtTheField() throws Exception {
        given(users.create(any(), any(), any(), anySet(), any())).willThrow(new UserAccounts.UsernameTakenException());
        mvc.perform(post("/admin/users/new")
                        .param("username", "arts")
                        .param("displayName", "Dubbel")
                        .param("password", "a-long-enough-password")
                        .param("roles", "ADMIN")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze gebruikersnaam bestaat al.")));
    }

    @Test
    void aBelgianProfessionalIsCreatedWithTheNihiiAsPrinted() throws Exception {
        mvc.perform(post("/admin/users/new")
                        .param("username", "dr.peeters")
                        .param("displayName", "Dr. L. Peeters")
                        .param("password", "a-long-enough-password")
                        .param("roles", "JGZ_PROFESSIONAL")
                        .param("nihii", "1-23456-25-003")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        verify(users)
                .create(
                        "dr.peeters",
                        "Dr. L. Peeters",
                        "a-long-enough-password",
                        EnumSet.of(Role.JGZ_PROFESSIONAL),
                        Nihii.of("12345625003"));
    }

    @Test
    void theAdministratorSetsANihiiOnAUser() throws Exception {
        mvc.perform(post("/admin/users/7")
                        .param("displayName", "Dr. L. Peeters")
                        .param("roles", "JGZ_PROFESSIONAL")
                        .param("enabled", "true")
                        .param("nihii", "12345625003")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "user.updated"));
        verify(users).update(7L, "Dr. L. Peeters", EnumSet.of(Role.JGZ_PROFESSIONAL), true, Nihii.of("12345625003"));
    }

    @Test
    void aWrongNihiiIsRefusedInDutchAndNothingChanges() throws Exception {
        UserAccount account = mock(UserAccount.class);
        given(account.getId()).willReturn(7L);
        given(account.getUsername()).willReturn("dr.peeters");
        given(users.get(7L)).willReturn(account);
        mvc.perform(post("/admin/users/7")
                        .param("displayName", "Dr. L. Peeters")
                        .param("roles", "JGZ_PROFESSIONAL")
                        .param("enabled", "true")
                        .param("nihii", "12345624003")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit RIZIV-nummer klopt niet: controleer de cijfers.")));
        verify(users, never()).update(anyLong(), any(), anySet(), anyBoolean(), any());
        verify(users, never()).update(anyLong(), any(), any(), anyBoolean());
    }

    @Test
    void aDoctorWhoIsAlsoAdministratorGetsBothRoles() throws Exception {
        mvc.perform(post("/admin/users/new")
                        .param("username", "dr.beheer")
                        .param("displayName", "Dr. Beheer")
                        .param("password", "a-long-enough-password")
                        .param("roles", "JGZ_PROFESSIONAL", "ADMIN")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        verify(users)
                .create(
                        "dr.beheer",
                        "Dr. Beheer",
                        "a-long-enough-password",
                        EnumSet.of(Role.JGZ_PROFESSIONAL, Role.ADMIN),
                        null);
    }

    @Test
    void aUserWithoutAnyRoleIsRefusedInDutch() throws Exception {
        mvc.perform(post("/admin/users/new")
                        .param("username", "niemand")
                        .param("displayName", "Niemand")
                        .param("password", "a-long-enough-password")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies ten minste één rol.")));
        verify(users, never()).create(any(), any(), any(), anySet(), any());
    }

    @Test
    void anAdministratorChangingTheirOwnRolesIsToldWhyAndNothingChanges() throws Exception {
        UserAccount account = mock(UserAccount.class);
        given(account.getId()).willReturn(3L);
        given(account.getUsername()).willReturn("beheerder");
        given(users.get(3L)).willReturn(account);
        doThrow(new UserAccounts.OwnRolesException())
                .when(users)
                .update(3L, "Beheerder", EnumSet.of(Role.JGZ_PROFESSIONAL), true, null);
        mvc.perform(post("/admin/users/3")
                        .param("displayName", "Beheerder")
                        .param("roles", "JGZ_PROFESSIONAL")
                        .param("enabled", "true")
                        .param("nihii", "")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U kunt uw eigen rollen niet wijzigen")));
    }
}
