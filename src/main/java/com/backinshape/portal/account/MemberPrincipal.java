package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.Role;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. A member whose email is not verified yet holds only {@code ROLE_UNVERIFIED}
 * and so reaches nothing but the verification page; verified members hold {@code ROLE_MEMBER}, admins
 * also {@code ROLE_ADMIN}.
 */
public final class MemberPrincipal implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String UNVERIFIED = "UNVERIFIED";

    private final long memberId;
    private final String email;
    private final String firstName;
    private final boolean verified;
    private final boolean enabled;
    private final Role role;
    private @Nullable String passwordHash;

    MemberPrincipal(Member member) {
        this.memberId = member.requireId();
        this.email = member.getEmail();
        this.firstName = member.getFirstName();
        this.verified = member.isVerified();
        this.enabled = member.isEnabled();
        this.role = member.getRole();
        this.passwordHash = member.getPasswordHash();
    }

    public long memberId() { return memberId; }
    public String email() { return email; }
    public String firstName() { return firstName; }
    public boolean verified() { return verified; }
    public boolean isAdmin() { return verified && role == Role.ADMIN; }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (!verified) {
            return List.of(new SimpleGrantedAuthority("ROLE_" + UNVERIFIED));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.MEMBER.name()));
        if (role == Role.ADMIN) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name()));
        }
        return authorities;
    }

    @Override
    public @Nullable String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return email; }

    @Override
    public boolean isEnabled() { return enabled; }

    @Override
    public void eraseCredentials() { passwordHash = null; }

    /** Equal by member, so that all sessions of one member can be found and ended together. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof MemberPrincipal other && other.memberId == memberId;
    }

    @Override
    public int hashCode() { return Objects.hash(memberId); }

    @Override
    public String toString() { return "MemberPrincipal[" + memberId + "]"; }
}
