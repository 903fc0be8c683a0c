package com.backinshape.portal.account;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is calling, from the security context: services take the member from here, never from a parameter a view could
 * forge.
 */
@Component
public class CurrentMember {

    public Optional<MemberPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof MemberPrincipal p ? Optional.of(p) : Optional.empty();
    }

    /** The signed-in member's id; refuses anonymous callers. */
    public long requireId() {
        return principal().map(MemberPrincipal::memberId).orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
