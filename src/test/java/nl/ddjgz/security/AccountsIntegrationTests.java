package nl.ddjgz.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Roles by the job over HTTP: the administrator sees no child's data unless also a professional, a user may hold
 * several roles, an administrator cannot change their own roles, and a user's live sessions end when the administrator
 * disables them, changes their roles or resets their password.
 */
@IntegrationTest
class AccountsIntegrationTests {

    private static final String DEMO_PASSWORD = "demo-wachtwoord";
    private static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcTemplate jdbc;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Visitor loggedIn(String username, String password) {
        Visitor visitor = new Visitor(port);
        assertThat(Visitor.location(visitor.login(username, password))).isEqualTo("/");
        return visitor;
    }

    @Test
    void theAdministratorSeesNoRecallAndAQueueWithoutChildren() {
        Visitor admin = loggedIn("beheerder", DEMO_PASSWORD);
        assertThat(admin.get("/recall").statusCode()).isEqualTo(403);
        var queue = admin.get("/queue");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body())
                .contains("id=\"queue-no-child-data\"", "id=\"queue-counts\"")
                .doesNotContain("id=\"queue-table\"", "class=\"child\"");
        assertThat(queue.body()).doesNotContain(">Terugroeplijst<");
    }

    @Test
    void aDoctorWhoIsAlsoAdministratorHasBothJobs() {
        String name = unique("dr-beheer");
        users.create(name, "Dr. Beheer", PASSWORD, EnumSet.of(Role.JGZ_PROFESSIONAL, Role.ADMIN), null);
        Visitor both = loggedIn(name, PASSWORD);
        assertThat(Visitor.location(both.get("/"))).isEqualTo("/dossiers");
        assertThat(both.get("/recall").statusCode()).isEqualTo(200);
        assertThat(both.get("/admin/users").statusCode()).isEqualTo(200);
        var page = both.get("/dossiers");
        assertThat(page.body()).contains("Jeugdarts / jeugdverpleegkundige, Functioneel beheerder");
        assertThat(jdbc.queryForObject(
                        "select user_role from audit_event where username = ? and action = 'LOGIN' order by id desc"
                                + " limit 1",
                        String.class,
                        name))
                .isEqualTo("ADMIN,JGZ_PROFESSIONAL");
    }

    @Test
    void theAdministratorTicksSeveralRolesButCannotChangeTheirOwn() {
        String adminName = unique("beheer");
        UserAccount admin = users.create(adminName, "Beheer", PASSWORD, Role.ADMIN);
        UserAccount other = users.create(unique("ass"), "Assistent", PASSWORD, Role.JGZ_ASSISTANT);
        Visitor visitor = loggedIn(adminName, PASSWORD);

        visitor.get("/admin/users/" + other.getId());
        var saved = visitor.post(
                "/admin/users/" + other.getId(),
                Map.of("displayName", "Assistent", "roles", "JGZ_PROFESSIONAL", "enabled", "true", "nihii", ""));
        assertThat(Visitor.location(saved)).isEqualTo("/admin/users");
        assertThat(users.get(other.getId()).getRoles()).containsExactly(Role.JGZ_PROFESSIONAL);

        visitor.get("/admin/users/" + admin.getId());
        var refused = visitor.post(
                "/admin/users/" + admin.getId(),
                Map.of("displayName", "Beheer", "roles", "JGZ_PROFESSIONAL", "enabled", "true", "nihii", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("U kunt uw eigen rollen niet wijzigen");
        assertThat(users.get(admin.getId()).getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void disablingAUserEndsTheirLiveSessions() {
        String name = unique("off");
        UserAccount account = users.create(name, "Test", PASSWORD, Role.JGZ_ASSISTANT);
        Visitor visitor = loggedIn(name, PASSWORD);
        assertThat(visitor.get("/dossiers").statusCode()).isEqualTo(200);

        users.update(account.getId(), "Test", Role.JGZ_ASSISTANT, false);
        assertThat(visitor.get("/dossiers").statusCode()).isEqualTo(302);
        assertThat(sessionsOf(name)).isZero();
    }

    @Test
    void changingAUsersRolesEndsTheirLiveSessionsButAChangedNameDoesNot() {
        String name = unique("role");
        UserAccount account = users.create(name, "Test", PASSWORD, Role.JGZ_PROFESSIONAL);
        Visitor visitor = loggedIn(name, PASSWORD);

        users.update(account.getId(), "Test Renamed", Role.JGZ_PROFESSIONAL, true);
        assertThat(visitor.get("/recall").statusCode()).isEqualTo(200);

        users.update(account.getId(), "Test Renamed", Role.JGZ_ASSISTANT, true);
        assertThat(visitor.get("/recall").statusCode())
                .as("the old session with the professional role is gone")
                .isEqualTo(302);
        Visitor again = loggedIn(name, PASSWORD);
        assertThat(again.get("/recall").statusCode()).isEqualTo(403);
    }

    @Test
    void resettingAPasswordEndsTheUsersLiveSessions() {
        String name = unique("reset");
        UserAccount account = users.create(name, "Test", PASSWORD, Role.JGZ_ASSISTANT);
        Visitor visitor = loggedIn(name, PASSWORD);
        users.resetPassword(account.getId(), "a-brand-new-password");
        assertThat(visitor.get("/dossiers").statusCode()).isEqualTo(302);
    }

    private long sessionsOf(String name) {
        return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class, name);
    }
}
