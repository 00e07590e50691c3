package nl.ddjgz.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Manages the users: create, change role or disable, reset password; and counts failed logins. */
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
     * Creates a user.
     *
     * @throws UsernameTakenException when the name is in use (names are compared without case)
     */
    @Transactional
    public UserAccount create(String username, String displayName, String password, Role role) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new UsernameTakenException();
        }
        UserAccount account = accounts.save(new UserAccount(
                username.strip(), displayName.strip(), passwordEncoder.encode(password), role, clock.instant()));
        audit.record(AuditAction.USER_CREATE, null, "user " + account.getUsername() + " role " + role);
        return account;
    }

    /** Changes display name, role and whether the user may log in. */
    @Transactional
    public void update(long id, String displayName, Role role, boolean enabled) {
        UserAccount account = get(id);
        account.update(displayName.strip(), role, enabled);
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
