package com.backinshape.portal.billing;

import com.backinshape.portal.billing.domain.ComplimentaryGrantRepository;
import com.backinshape.portal.billing.domain.MemberSubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has premium: the one access decision of the portal. Programmes, views and admin ask here at the
 * moment they need it and keep no copy.
 */
@Service
public class PremiumAccess {

    private final MemberSubscriptionRepository subscriptions;
    private final ComplimentaryGrantRepository grants;
    private final BillingProperties settings;
    private final Clock clock;

    PremiumAccess(MemberSubscriptionRepository subscriptions, ComplimentaryGrantRepository grants,
                  BillingProperties settings, Clock clock) {
        this.subscriptions = subscriptions;
        this.grants = grants;
        this.settings = settings;
        this.clock = clock;
    }

    /** The tier the member may use now. */
    @Transactional(readOnly = true)
    public Tier tierFor(long memberId) {
        return tierAt(memberId, clock.instant());
    }

    /** True when the member may use everything of {@code tier} now. */
    @Transactional(readOnly = true)
    public boolean has(long memberId, Tier tier) {
        return tierFor(memberId).includes(tier);
    }

    Tier tierAt(long memberId, Instant at) {
        return AccessRule.tierFor(subscriptions.findByMemberId(memberId).orElse(null),
                grants.findByMemberId(memberId), at, settings.gracePeriod());
    }
}
