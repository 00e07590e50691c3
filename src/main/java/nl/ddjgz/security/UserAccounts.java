package nl.ddjgz.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.shared.Actor;
import nl.ddjgz.shared.Nihii;
import nl.ddjgz.shared.NotFoundException;
import nl.ddjgz.shared.RefusedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages the users: create, change roles, NIHII or disable, reset password (the last three end the user's live
 * sessions); tells other modules who a professional is. An administrator cannot change their own
 * roles.
 */
@Service
public class UserAccounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final LiveSessions sessions;
    private final Clock clock;

    UserAccounts(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            LiveSessions sessions,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Whether any user exists (demo data is loaded only into an empty module). */
    @Transactional(readOnly = true)
    public boolean any() {
        return accounts.count() > 0;
    }

    /**
     * Creates the first administrator (with the role {@code ADMIN} only), when there is no administrator yet; never
     * changes an existing user. The caller checks the password policy.
     *
     * @return the new user, or empty when an administrator exists
     * @throws UsernameTakenException when there is no administrator but the name is in use by another user
     */
    @Transactional
    public Optional<UserAccount> createFirstAdministrator(String username, String password) {
        if (accounts.anyAdministrator()) {
            return Optional.empty();
        }
        return Optional.of(create(username, username, password, EnumSet.of(Role.ADMIN), null));
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
        return create(username, displayName, password, EnumSet.of(role), nihii);
    }

    /**
     * Creates a user with one or more roles.
     *
     * @param nihii the RIZIV number of a Belgian care professional, or null
     * @throws UsernameTakenException when the name is in use (names are compared without case)
     */
    @Transactional
    public UserAccount create(String username, String displayName, String password, Set<Role> roles, Nihii nihii) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new UsernameTakenException();
        }
        UserAccount account = accounts.save(new UserAccount(
                username.strip(),
                displayName.strip(),
                passwordEncoder.encode(password),
                roles,
                nihii,
                clock.instant()));
        audit.record(AuditAction.USER_CREATE, null, "user " + account.getUsername() + " roles " + roles(account));
        return account;
    }

    /** Changes display name, role and whether the user may log in; the NIHII stays as it is. */
    @Transactional
    public void update(long id, String displayName, Role role, boolean enabled) {
        update(id, displayName, EnumSet.of(role), enabled, get(id).getNihii());
    }

    /**
     * Changes display name, roles, whether the user may log in and the NIHII (null removes it). When the roles change
     * or the user is disabled, the user's live sessions end.
     *
     * @throws OwnRolesException when the administrator tries to change their own roles
     */
    @Transactional
    public void update(long id, String displayName, Set<Role> roles, boolean enabled, Nihii nihii) {
        UserAccount account = get(id);
        boolean rolesChange = !account.getRoles().equals(EnumSet.copyOf(roles));
        if (rolesChange && account.getUsername().equalsIgnoreCase(Actor.name())) {
            throw new OwnRolesException();
        }
        boolean disabledNow = account.isEnabled() && !enabled;
        account.update(displayName.strip(), roles, enabled, nihii);
        audit.record(
                AuditAction.USER_UPDATE,
                null,
                "user " + account.getUsername() + " roles " + roles(account) + (enabled ? " enabled" : " disabled"));
        if (rolesChange || disabledNow) {
            sessions.end(account.getUsername());
        }
    }

    /** Sets a new password (and lifts a lockout); the user's live sessions end. */
    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount account = get(id);
        account.changePassword(passwordEncoder.encode(newPassword));
        audit.record(AuditAction.USER_UPDATE, null, "user " + account.getUsername() + " password reset");
        sessions.end(account.getUsername());
    }

    private static String roles(UserAccount account) {
        return account.getRoles().stream().map(Role::name).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    /** An administrator tried to change their own roles (another administrator must do it). */
    public static class OwnRolesException extends RefusedException {
        public OwnRolesException() {
            super("roles", "user.roles.own");
        }
    }

    /** The user name is already in use. */
    public static class UsernameTakenException extends RuntimeException {
        public UsernameTakenException() {
            super("username taken");
        }
    }
}
