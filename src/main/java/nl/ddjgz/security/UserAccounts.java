package nl.ddjgz.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.shared.Nihii;
import nl.ddjgz.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages the users: create, change role, NIHII or disable, reset password; counts failed logins; tells other modules
 * who a professional is.
 */
@Service
public class UserAccounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SecurityProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    UserAccounts(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            SecurityProperties properties,
            AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether any user exists (demo data is loaded only into an empty module). */
    @Transactional(readOnly = true)
    public boolean any() {
        return accounts.count() > 0;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return accounts.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("user"));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    /**
     * The user with this name as a care professional: display name and NIHII (null when none was entered); empty when
     * there is no such user.
     */
    @Transactional(readOnly = true)
    public Optional<Professional> professional(String username) {
        return accounts.findByUsername(username).map(UserAccount::asProfessional);
    }

    /**
     * Creates a user without NIHII.
     *
     * @throws UsernameTakenException when the name is in use (names are compared without case)
     */
    @Transactional
    public UserAccount create(String username, String displayName, String password, Role role) {
        return create(username, displayName, password, role, null);
    }

    /**
     * Creates a user.
     *
     * @param nihii the RIZIV number of a Belgian care professional, or null
     * @throws UsernameTakenException when the name is in use (names are compared without case)
     */
    @Transactional
    public UserAccount create(String username, String displayName, String password, Role role, Nihii nihii) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new UsernameTakenException();
        }
        UserAccount account = accounts.save(new UserAccount(
                username.strip(), displayName.strip(), passwordEncoder.encode(password), role, nihii, clock.instant()));
        audit.record(AuditAction.USER_CREATE, null, "user " + account.getUsername() + " role " + role);
        return account;
    }

    /** Changes display name, role and whether the user may log in; the NIHII stays as it is. */
    @Transactional
    public void update(long id, String displayName, Role role, boolean enabled) {
        update(id, displayName, role, enabled, get(id).getNihii());
    }

    /** Changes display name, role, whether the user may log in and the NIHII (null removes it). */
    @Transactional
    public void update(long id, String displayName, Role role, boolean enabled, Nihii nihii) {
        UserAccount account = get(id);
        account.update(displayName.strip(), role, enabled, nihii);
        audit.record(
                AuditAction.USER_UPDATE,
                null,
                "user " + account.getUsername() + " role " + role + (enabled ? " enabled" : " disabled"));
    }

    /** Sets a new password (and lifts a lockout). */
    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount account = get(id);
        account.changePassword(passwordEncoder.encode(newPassword));
        audit.record(AuditAction.USER_UPDATE, null, "user " + account.getUsername() + " password reset");
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void loginFailed(String username) {
        accounts.findByUsername(username)
                .ifPresent(a -> a.loginFailed(clock.instant(), properties.maxFailedLogins(), properties.lockout()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void loginSucceeded(String username) {
        accounts.findByUsername(username).ifPresent(UserAccount::loginSucceeded);
    }

    /** The user name is already in use. */
    public static class UsernameTakenException extends RuntimeException {
        public UsernameTakenException() {
            super("username taken");
        }
    }
}
