package nl.ddjgz.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator on an external database (DDJGZ_BOOTSTRAP_ADMIN_USERNAME / _PASSWORD): created only while no
 * user is ADMIN, never over an existing user, with the admin page's password rules, a bcrypt hash and an audit line,
 * the password never in the log. Each test runs in a transaction that is rolled back, so taking the demo
 * administrator's role away ("an external database without an administrator") is seen by no other test.
 */
@IntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdministratorIntegrationTests {

    private static final String PASSWORD = "first-admin-Secret-42";

    @Autowired
    UserAccounts users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @PersistenceContext
    EntityManager entityManager;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private BootstrapAdministrator bootstrap(String username, String password) {
        return new BootstrapAdministrator(users, username, password);
    }

    /** An external database where nobody is administrator yet (undone when the test's transaction rolls back). */
    private void noAdministrator() {
        jdbc.update("delete from user_account_role where role = 'ADMIN'");
    }

    private String hashOf(String username) {
        return jdbc.queryForObject(
                "select password_hash from user_account where lower(username) = lower(?)", String.class, username);
    }

    private int usersNamed(String username) {
        return jdbc.queryForObject(
                "select count(*) from user_account where lower(username) = lower(?)", Integer.class, username);
    }

    @Test
    void withoutAnAdministratorTheConfiguredOneIsCreatedOnceWithABcryptHashAndAnAuditLine(CapturedOutput output) {
        noAdministrator();
        String name = unique("eerste-beheerder");

        assertThat(bootstrap(name, PASSWORD).createIfNoAdministrator()).isTrue();
        entityManager.flush(); // what a commit would write, for the SQL reads below

        assertThat(jdbc.queryForList(
                        "select r.role from user_account_role r join user_account u on u.id = r.user_id"
                                + " where u.username = ?",
                        String.class,
                        name))
                .containsExactly("ADMIN");
        assertThat(jdbc.queryForObject("select enabled from user_account where username = ?", Boolean.class, name))
                .isTrue();
        String hash = hashOf(name);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'USER_CREATE' and detail = ?",
                        Integer.class,
                        "user " + name + " roles ADMIN"))
                .isEqualTo(1);
        assertThat(output)
                .contains("Created the first administrator '" + name + "'")
                .doesNotContain(PASSWORD);

        // a second start with the settings still in place changes nothing
        assertThat(bootstrap(name, "another-password-123").createIfNoAdministrator())
                .isFalse();
        assertThat(hashOf(name)).isEqualTo(hash);
        assertThat(usersNamed(name)).isEqualTo(1);
    }

    @Test
    void whenAnAdministratorExistsNothingIsCreatedOrChanged(CapturedOutput output) {
        String beheerderHash = hashOf("beheerder");
        String name = unique("tweede-beheerder");

        assertThat(bootstrap(name, PASSWORD).createIfNoAdministrator()).isFalse();
        assertThat(usersNamed(name)).isZero();
        // the existing administrator's own name: not overwritten either
        assertThat(bootstrap("beheerder", PASSWORD).createIfNoAdministrator()).isFalse();
        assertThat(hashOf("beheerder")).isEqualTo(beheerderHash);
        assertThat(output).contains("An administrator exists").doesNotContain(PASSWORD);
    }

    @Test
    void anExistingUserWhoIsNotAdministratorIsNeverTakenOver() {
        noAdministrator();
        String assistantHash = hashOf("assistent");

        assertThatThrownBy(() -> bootstrap("ASSISTENT", PASSWORD).createIfNoAdministrator())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DDJGZ_BOOTSTRAP_ADMIN_USERNAME names an existing user");
        assertThat(hashOf("assistent")).isEqualTo(assistantHash);
        assertThat(jdbc.queryForList(
                        "select r.role from user_account_role r join user_account u on u.id = r.user_id"
                                + " where u.username = 'assistent'",
                        String.class))
                .containsExactly("JGZ_ASSISTANT");
    }

    @Test
    void thePasswordFollowsTheAdminPagesRulesAndIsNeverInTheMessage(CapturedOutput output) {
        noAdministrator();
        String name = unique("kort");
        String shortPassword = "kort-123";

        assertThatThrownBy(() -> bootstrap(name, shortPassword).createIfNoAdministrator())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DDJGZ_BOOTSTRAP_ADMIN_PASSWORD must be 12 to 128 characters")
                .message()
                .doesNotContain(shortPassword);
        assertThatThrownBy(() -> bootstrap(name, "").createIfNoAdministrator())
                .hasMessageContaining("DDJGZ_BOOTSTRAP_ADMIN_PASSWORD");
        assertThatThrownBy(() -> bootstrap("naam met spaties", PASSWORD).createIfNoAdministrator())
                .hasMessageContaining("DDJGZ_BOOTSTRAP_ADMIN_USERNAME must be");
        assertThat(usersNamed(name)).isZero();
        assertThat(output).doesNotContain(shortPassword).doesNotContain(PASSWORD);
    }

    @Test
    void withoutTheSettingsNothingHappens() {
        noAdministrator();
        long before = jdbc.queryForObject("select count(*) from user_account", Long.class);
        assertThat(bootstrap("", "").createIfNoAdministrator()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class))
                .isEqualTo(before);
    }
}
