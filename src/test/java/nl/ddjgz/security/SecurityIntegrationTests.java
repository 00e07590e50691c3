package nl.ddjgz.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Login, roles, lockout, CSRF, headers and shared sessions, over real HTTP. */
@IntegrationTest
class SecurityIntegrationTests {

    private static final String DEMO_PASSWORD = "demo-wachtwoord";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLoginPageIsDutchAndCarriesTheSecurityHeaders() {
        HttpResponse<String> page = new Visitor(port).get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"nl\"", "Gebruikersnaam", "Wachtwoord", "Aanmelden");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        HttpResponse<String> response = new Visitor(port).get("/dossiers");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(response)).isEqualTo("/login");
    }

    @Test
    void eachRoleStartsOnItsOwnPage() {
        Visitor professional = new Visitor(port);
        assertThat(Visitor.location(professional.login("arts", DEMO_PASSWORD))).isEqualTo("/");
        assertThat(Visitor.location(professional.get("/"))).isEqualTo("/dossiers");

        Visitor admin = new Visitor(port);
        admin.login("beheerder", DEMO_PASSWORD);
        assertThat(Visitor.location(admin.get("/"))).isEqualTo("/admin");
        assertThat(admin.get("/admin/users").body()).contains("Gebruikers", "arts", "assistent");
    }

    @Test
    void aWrongPasswordSaysSoInDutchAndIsAudited() {
        Visitor visitor = new Visitor(port);
        HttpResponse<String> response = visitor.login("arts", "wrong-password");
        assertThat(Visitor.location(response)).isEqualTo("/login?error=bad");
        assertThat(visitor.get("/login?error=bad").body()).contains("Onjuiste gebruikersnaam of wachtwoord.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'LOGIN_FAILED' and username = 'arts'",
                        Long.class))
                .isPositive();
    }

    @Test
    void anAccountIsLockedAfterRepeatedFailedLoginsAndTheAdminCanLiftIt() {
        String name = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = users.create(name, "Test", "correct-horse-battery", Role.JGZ_ASSISTANT);
        Visitor visitor = new Visitor(port);
        for (int i = 0; i < 5; i++) {
            assertThat(Visitor.location(visitor.login(name, "wrong-" + i))).isEqualTo("/login?error=bad");
        }
        assertThat(Visitor.location(visitor.login(name, "correct-horse-battery")))
                .as("even the right password is refused while locked")
                .isEqualTo("/login?error=locked");
        assertThat(visitor.get("/login?error=locked").body()).contains("tijdelijk geblokkeerd");

        users.resetPassword(account.getId(), "another-long-password");
        assertThat(Visitor.location(new Visitor(port).login(name, "another-long-password")))
                .isEqualTo("/");
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        String name = "off-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = users.create(name, "Test", "correct-horse-battery", Role.JGZ_ASSISTANT);
        users.update(account.getId(), "Test", Role.JGZ_ASSISTANT, false);
        assertThat(Visitor.location(new Visitor(port).login(name, "correct-horse-battery")))
                .isEqualTo("/login?error=disabled");
    }

    @Test
    void anAssistantOpeningAnAdminPageGetsTheDutchNoAccessPageAndTheAttemptIsAudited() {
        Visitor assistant = new Visitor(port);
        assistant.login("assistent", DEMO_PASSWORD);
        HttpResponse<String> response = assistant.get("/admin/users");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Geen toegang", "Deze poging is vastgelegd.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCESS_DENIED' and username = 'assistent'"
                                + " and outcome = 'REFUSED' and detail = 'GET /admin/users'",
                        Long.class))
                .isPositive();
    }

    @Test
    void anAdministratorCannotReadDossiers() {
        Visitor admin = new Visitor(port);
        admin.login("beheerder", DEMO_PASSWORD);
        assertThat(admin.get("/dossiers").statusCode()).isEqualTo(403);
    }

    @Test
    void aPostWithoutOrWithATamperedCsrfTokenIsRefused() {
        Visitor professional = new Visitor(port);
        professional.login("arts", DEMO_PASSWORD);
        assertThat(professional
                        .postRaw("/dossiers/search/bsn", Map.of("bsn", "111222333"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(professional
                        .postRaw("/dossiers/search/bsn", Map.of("bsn", "111222333", "_csrf", "tampered"))
                        .statusCode())
                .isEqualTo(403);
        professional.get("/dossiers");
        assertThat(professional
                        .post("/dossiers/search/bsn", Map.of("bsn", "111222333"))
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void sessionsLiveInPostgresSoAnotherNodeKnowsTheLogin() {
        Visitor professional = new Visitor(port);
        professional.login("verpleegkundige", DEMO_PASSWORD);
        assertThat(professional.get("/dossiers").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = 'verpleegkundige'", Long.class))
                .isPositive();
    }

    @Test
    void loggingOutEndsTheSession() {
        Visitor professional = new Visitor(port);
        professional.login("arts", DEMO_PASSWORD);
        professional.get("/dossiers");
        assertThat(Visitor.location(professional.post("/logout", Map.of()))).isEqualTo("/login?logout");
        assertThat(professional.get("/dossiers").statusCode()).isEqualTo(302);
    }

    @Test
    void healthIsPublicButMetricsNeedAnAdministrator() {
        Visitor anonymous = new Visitor(port);
        HttpResponse<String> health = anonymous.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(401);
    }
}
