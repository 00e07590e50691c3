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
    void repeatedFailedLoginsMakeThatAccountWaitFromThatAddressWithoutSayingWhetherItExists() {
        String name = "slow-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "Test", "correct-horse-battery", Role.JGZ_ASSISTANT);
        Visitor visitor = new Visitor(port);
        for (int i = 0; i < 3; i++) {
            assertThat(Visitor.location(visitor.login(name, "wrong-" + i))).isEqualTo("/login?error=bad");
        }
        assertThat(Visitor.location(visitor.login(name, "correct-horse-battery")))
                .as("even the right password waits (the test profile's first delay is an hour)")
                .isEqualTo("/login?error=wait");
        assertThat(visitor.get("/login?error=wait").body()).contains("Te veel mislukte pogingen om aan te melden.");

        // an unknown name is slowed down exactly the same way
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            assertThat(Visitor.location(visitor.login(unknown, "wrong-" + i))).isEqualTo("/login?error=bad");
        }
        assertThat(Visitor.location(visitor.login(unknown, "whatever"))).isEqualTo("/login?error=wait");
    }

    @Test
    void aDisabledAccountIsToldOnlyAfterTheRightPassword() {
        String name = "off-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = users.create(name, "Test", "correct-horse-battery", Role.JGZ_ASSISTANT);
        users.update(account.getId(), "Test", Role.JGZ_ASSISTANT, false);
        assertThat(Visitor.location(new Visitor(port).login(name, "a-wrong-password")))
                .as("the same answer as for a wrong password or an unknown name")
                .isEqualTo("/login?error=bad");
        assertThat(Visitor.location(new Visitor(port).login(name, "correct-horse-battery")))
                .isEqualTo("/login?error=disabled");
    }

    @Test
    void aFailedLoginKeepsTheTypedNameOnlyWhenItIsAKnownUser() {
        String typed = "typo-" + UUID.randomUUID().toString().substring(0, 8);
        long before = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'LOGIN_FAILED' and username is null", Long.class);
        new Visitor(port).login(typed, "some-password");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where username = ? or detail like ?",
                        Long.class,
                        typed,
                        "%" + typed + "%"))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'LOGIN_FAILED' and username is null"
                                + " and detail = 'BadCredentialsException (unknown user)'",
                        Long.class))
                .isGreaterThan(before);
    }

    @Test
    void aStatelessBasicCallWritesNoLoginLine() {
        long before = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'LOGIN' and username in ('prometheus', 'beheerder')",
                Long.class);
        for (int i = 0; i < 3; i++) {
            assertThat(new Visitor(port)
                            .getWithBasic("/actuator/prometheus", "prometheus", "demo-metrics")
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'LOGIN' and username = 'prometheus'",
                        Long.class))
                .isZero();
        new Visitor(port).login("beheerder", DEMO_PASSWORD);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'LOGIN'"
                                + " and username in ('prometheus', 'beheerder')",
                        Long.class))
                .isEqualTo(before + 1);
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
    void aSessionRowIsRewrittenOnlyWhenItsLastAccessMovedByAMinute() {
        Visitor professional = new Visitor(port);
        String session = loginAsNurse(professional);
        long stored = lastAccess(session);

        assertThat(professional.get("/dossiers").statusCode()).isEqualTo(200);
        assertThat(professional.get("/dossiers").statusCode()).isEqualTo(200);
        assertThat(lastAccess(session))
                .as("requests within the minute write nothing")
                .isEqualTo(stored);

        // as if the last write was two minutes ago: the next request writes the row, and the expiry moves with it
        jdbc.update(
                "update spring_session set last_access_time = last_access_time - 120000,"
                        + " expiry_time = expiry_time - 120000 where primary_id = ?",
                session);
        assertThat(professional.get("/dossiers").statusCode()).isEqualTo(200);
        assertThat(lastAccess(session)).isGreaterThanOrEqualTo(stored);
        assertThat(jdbc.queryForObject(
                        "select expiry_time - last_access_time from spring_session where primary_id = ?",
                        Long.class,
                        session))
                .isEqualTo(jdbc.queryForObject(
                                "select max_inactive_interval from spring_session where primary_id = ?",
                                Long.class,
                                session)
                        * 1000);
    }

    @Test
    void aSessionIdleForTheTimeoutSinceItsStoredLastAccessEndsThoughRequestsCameWithinTheMinute() {
        Visitor professional = new Visitor(port);
        String session = loginAsNurse(professional);
        assertThat(professional.get("/dossiers").statusCode()).isEqualTo(200);

        // the stored last access one second past the timeout (30 minutes), as if the requests since had written nothing
        jdbc.update(
                "update spring_session set last_access_time = last_access_time - (max_inactive_interval + 1) * 1000,"
                        + " expiry_time = expiry_time - (max_inactive_interval + 1) * 1000 where primary_id = ?",
                session);
        HttpResponse<String> afterTimeout = professional.get("/dossiers");
        assertThat(afterTimeout.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(afterTimeout)).startsWith("/login");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where primary_id = ?", Long.class, session))
                .as("the expired session is deleted, not rewritten")
                .isZero();
    }

    /** Logs the nurse in and returns the primary id of the session row that login made. */
    private String loginAsNurse(Visitor visitor) {
        visitor.login("verpleegkundige", DEMO_PASSWORD);
        return jdbc.queryForObject(
                "select primary_id from spring_session where principal_name = 'verpleegkundige'"
                        + " order by creation_time desc limit 1",
                String.class);
    }

    private long lastAccess(String session) {
        return jdbc.queryForObject(
                "select last_access_time from spring_session where primary_id = ?", Long.class, session);
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
    void healthIsPublicButMetricsNeedTheScraper() {
        Visitor anonymous = new Visitor(port);
        HttpResponse<String> health = anonymous.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(anonymous.get("/actuator/prometheus").statusCode()).isEqualTo(401);
    }
}
