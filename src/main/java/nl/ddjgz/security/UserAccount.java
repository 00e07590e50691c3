package nl.ddjgz.security;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import nl.ddjgz.shared.Nihii;

/**
 * A person who can log in, with one role and, for a Belgian care professional, a NIHII (RIZIV number). Holds only a
 * password hash.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String displayName;
    private String passwordHash;

    @Convert(converter = NihiiConverter.class)
    private Nihii nihii;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(String username, String displayName, String passwordHash, Role role, Nihii nihii, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.nihii = nihii;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** Whether the account is locked at the given moment. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login; after {@code max} failures in a row the account is locked for {@code lockout}. */
    void loginFailed(Instant now, int max, Duration lockout) {
        failedAttempts++;
        if (failedAttempts >= max) {
            lockedUntil = now.plus(lockout);
            failedAttempts = 0;
        }
    }

    void loginSucceeded() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        loginSucceeded();
    }

    void update(String displayName, Role role, boolean enabled, Nihii nihii) {
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.nihii = nihii;
    }

    /** This user as a care professional (with the NIHII, if entered). */
    public Professional asProfessional() {
        return new Professional(username, displayName, nihii);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The NIHII (RIZIV number), or null when none was entered. */
    public Nihii getNihii() {
        return nihii;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
