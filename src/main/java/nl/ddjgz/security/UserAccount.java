package nl.ddjgz.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import nl.ddjgz.shared.Nihii;

/**
 * A person who can log in, with one or more roles (a youth doctor may also be the administrator) and, for a Belgian care professional, a NIHII (RIZIV number). Holds only a
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled;
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(
            String username, String displayName, String passwordHash, Set<Role> roles, Nihii nihii, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = requireRoles(roles);
        this.nihii = nihii;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void update(String displayName, Set<Role> roles, boolean enabled, Nihii nihii) {
        this.displayName = displayName;
        Set<Role> wanted = requireRoles(roles);
        this.roles.retainAll(wanted);
        this.roles.addAll(wanted);
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

    /** The roles of this user (at least one). */
    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    private static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        return EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
