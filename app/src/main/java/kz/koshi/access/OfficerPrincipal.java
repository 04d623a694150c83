package kz.koshi.access;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import kz.koshi.reference.AgencyType;
import kz.koshi.shared.KoshiPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in officer: who they are, their agency and their roles. */
public final class OfficerPrincipal implements UserDetails, CredentialsContainer, KoshiPrincipal {

    private final long officerId;
    private final String username;
    private final String fullName;
    private final String agencyCode;
    private final AgencyType agencyType;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Instant lockedUntil;
    private String passwordHash;

    OfficerPrincipal(Officer officer, AgencyType agencyType, Instant now) {
        this.officerId = officer.id();
        this.username = officer.username();
        this.fullName = officer.fullName();
        this.agencyCode = officer.agencyCode();
        this.agencyType = agencyType;
        this.roles = Set.copyOf(officer.roles());
        this.enabled = officer.enabled();
        this.lockedUntil = officer.lockedUntil() != null && officer.lockedUntil().isAfter(now) ? officer.lockedUntil() : null;
        this.passwordHash = officer.passwordHash();
    }

    public long officerId() {
        return officerId;
    }

    public String fullName() {
        return fullName;
    }

    public AgencyType agencyType() {
        return agencyType;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public String actorName() {
        return username;
    }

    @Override
    public String agencyCode() {
        return agencyCode;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfficerPrincipal o && o.officerId == officerId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(officerId);
    }

    @Override
    public String toString() {
        return "Officer#" + officerId;
    }
}
