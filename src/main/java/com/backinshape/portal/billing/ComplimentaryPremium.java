package com.backinshape.portal.billing;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.domain.ComplimentaryGrant;
import com.backinshape.portal.billing.domain.ComplimentaryGrantRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins give premium without payment until a date, with a reason, and take it back. {@link PremiumAccess} counts it. */
@Service
public class ComplimentaryPremium {

    /** One grant as admin pages show it. */
    public record Grant(long id, long memberId, Tier tier, Instant validUntil, String reason, long grantedBy,
                        Instant grantedAt, @Nullable Instant revokedAt) {
    }

    private final ComplimentaryGrantRepository grants;
    private final CurrentMember currentMember;
    private final Clock clock;

    ComplimentaryPremium(ComplimentaryGrantRepository grants, CurrentMember currentMember, Clock clock) {
        this.grants = grants;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** @throws InvalidInputException "tier", "validUntil" or "reason" */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Grant grant(long memberId, @Nullable Tier tier, @Nullable Instant validUntil, @Nullable String reason) {
        var errors = new InvalidInputException.Collector();
        if (tier == null || !tier.isPaid()) {
            errors.reject("tier", "Choose Premium or Premium Plus.");
        }
        if (validUntil == null || !validUntil.isAfter(clock.instant())) {
            errors.reject("validUntil", "Choose a date in the future.");
        }
        if (reason == null || reason.isBlank()) {
            errors.reject("reason", "Give a reason: it is kept with the grant.");
        } else if (reason.length() > ComplimentaryGrant.REASON_MAX) {
            errors.reject("reason", "At most " + ComplimentaryGrant.REASON_MAX + " characters.");
        }
        errors.throwIfAny();
        return view(grants.save(new ComplimentaryGrant(memberId, tier, validUntil, reason.strip(),
                currentMember.requireId(), clock.instant())));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(long grantId) {
        grants.findById(grantId).ifPresent(g -> g.revoke(clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Grant> grantsOf(long memberId) {
        return grants.findByMemberId(memberId).stream().map(ComplimentaryPremium::view).toList();
    }

    private static Grant view(ComplimentaryGrant g) {
        return new Grant(g.requireId(), g.getMemberId(), g.getTier(), g.getValidUntil(), g.getReason(), g.getGrantedBy(),
                g.getGrantedAt(), g.getRevokedAt());
    }
}
