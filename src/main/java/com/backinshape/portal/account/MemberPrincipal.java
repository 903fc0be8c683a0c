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
 * The signed-in person. A member whose email is not verified yet holds only {@code ROLE_UNVERIFIED} and so reaches
 * nothing but the verification page; verified members hold {@code ROLE_MEMBER}, admins also {@code ROLE_ADMIN}, but
 * only once they gave their authenticator's code in this session: until then an admin holds
 * {@code ROLE_NEEDS_SECOND_FACTOR} instead, which opens no admin page or service.
 */
public final class MemberPrincipal implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String UNVERIFIED = "UNVERIFIED";
    /** The role of an admin who gave the password but not yet the authenticator's code. */
    public static final String NEEDS_SECOND_FACTOR = "NEEDS_SECOND_FACTOR";

    private final long memberId;
    private final String email;
    private final String firstName;
    private final boolean verified;
    private final boolean enabled;
    private final Role role;
    /** An admin gave the authenticator's code (or a recovery code) in this session. */
    private final boolean secondFactor;

    private @Nullable String passwordHash;

    MemberPrincipal(Member member) {
        this.memberId = member.requireId();
        this.email = member.getEmail();
        this.firstName = member.getFirstName();
        this.verified = member.isVerified();
        this.enabled = member.isEnabled();
        this.role = member.getRole();
        this.secondFactor = false;
        this.passwordHash = member.getPasswordHash();
    }

    private MemberPrincipal(MemberPrincipal p, boolean secondFactor) {
        this.memberId = p.memberId;
        this.email = p.email;
        this.firstName = p.firstName;
        this.verified = p.verified;
        this.enabled = p.enabled;
        this.role = p.role;
        this.secondFactor = secondFactor;
        this.passwordHash = null;
    }

    /** The same person after the second factor: only the second-factor check hands this out. */
    MemberPrincipal withSecondFactor() {
        return new MemberPrincipal(this, true);
    }

    public long memberId() {
        return memberId;
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public boolean verified() {
        return verified;
    }
    /** An admin who gave both factors in this session. */
    public boolean isAdmin() {
        return verified && role == Role.ADMIN && secondFactor;
    }
    /** An admin who gave the password but not yet the authenticator's code: no admin page opens yet. */
    public boolean needsSecondFactor() {
        return verified && role == Role.ADMIN && !secondFactor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (!verified) {
            return List.of(new SimpleGrantedAuthority("ROLE_" + UNVERIFIED));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.MEMBER.name()));
        if (role == Role.ADMIN) {
            authorities.add(
                    new SimpleGrantedAuthority("ROLE_" + (secondFactor ? Role.ADMIN.name() : NEEDS_SECOND_FACTOR)));
        }
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Equal by member, so that all sessions of one member can be found and ended together. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof MemberPrincipal other && other.memberId == memberId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberId);
    }

    @Override
    public String toString() {
        return "MemberPrincipal[" + memberId + "]";
    }
}
