package nl.ddjgz.security;

import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The first administrator on an external database: when {@code DDJGZ_BOOTSTRAP_ADMIN_USERNAME} and {@code
 * DDJGZ_BOOTSTRAP_ADMIN_PASSWORD} are set and no user holds the role {@code ADMIN}, creates that user at start-up
 * (after the demo data, so the default run keeps its own administrator). Never changes an existing user; the password
 * follows the administrator page's rules, is stored as a bcrypt hash and never logged. A setting that cannot be used
 * stops start-up with a text naming the variable (never its value).
 */
@Component
class BootstrapAdministrator implements ApplicationRunner {

    static final String USERNAME_VARIABLE = "DDJGZ_BOOTSTRAP_ADMIN_USERNAME";
    static final String PASSWORD_VARIABLE = "DDJGZ_BOOTSTRAP_ADMIN_PASSWORD";

    /** The rules of the administrator page's user form ({@code UserForm}). */
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    private static final int PASSWORD_MIN = 12;
    private static final int PASSWORD_MAX = 128;

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserAccounts users;
    private final String username;
    private final String password;

    BootstrapAdministrator(
            UserAccounts users,
            @Value("${ddjgz.security.bootstrap-admin.username:}") String username,
            @Value("${ddjgz.security.bootstrap-admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfNoAdministrator();
    }

    /**
     * Creates the configured administrator when none exists.
     *
     * @return whether a user was created
     * @throws IllegalStateException when the settings cannot be used while no administrator exists
     */
    boolean createIfNoAdministrator() {
        if (!StringUtils.hasText(username) && !StringUtils.hasText(password)) {
            return false;
        }
        if (!StringUtils.hasText(username)
                || !USERNAME.matcher(username.strip()).matches()) {
            throw refused(USERNAME_VARIABLE + " must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (password == null
                || password.isBlank()
                || password.length() < PASSWORD_MIN
                || password.length() > PASSWORD_MAX) {
            throw refused(PASSWORD_VARIABLE + " must be " + PASSWORD_MIN + " to " + PASSWORD_MAX + " characters");
        }
        try {
            return users.createFirstAdministrator(username.strip(), password)
                    .map(created -> {
                        log.info(
                                "Created the first administrator '{}' from {}; remove {} and {} now",
                                created.getUsername(),
                                USERNAME_VARIABLE,
                                USERNAME_VARIABLE,
                                PASSWORD_VARIABLE);
                        return true;
                    })
                    .orElseGet(() -> {
                        log.info(
                                "An administrator exists: {} and {} are ignored (remove them)",
                                USERNAME_VARIABLE,
                                PASSWORD_VARIABLE);
                        return false;
                    });
        } catch (DataIntegrityViolationException e) {
            // another node, started at the same moment with the same settings, created it first
            log.info("The first administrator was created by another node; {} is ignored", USERNAME_VARIABLE);
            return false;
        } catch (UserAccounts.UsernameTakenException e) {
            throw refused(USERNAME_VARIABLE + " names an existing user who is not an administrator; choose another"
                    + " name (the existing user is left as it is)");
        }
    }

    private static IllegalStateException refused(String reason) {
        return new IllegalStateException("First administrator not created: " + reason);
    }
}
