package com.backinshape.portal.billing;

import com.backinshape.portal.billing.domain.ComplimentaryGrant;
import com.backinshape.portal.billing.domain.ComplimentaryGrantRepository;
import com.backinshape.portal.billing.domain.MemberSubscription;
import com.backinshape.portal.billing.domain.MemberSubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has premium: the one access decision of the portal. Programmes, views and admin ask here at the moment they need
 * it and keep no copy.
 */
@Service
public class PremiumAccess {

    private final MemberSubscriptionRepository subscriptions;
    private final ComplimentaryGrantRepository grants;
    private final BillingProperties settings;
    private final Clock clock;

    PremiumAccess(
            MemberSubscriptionRepository subscriptions,
            ComplimentaryGrantRepository grants,
            BillingProperties settings,
            Clock clock) {
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

    /** The tiers of many members at once (two queries, e.g. one page of the admin grid); free members included. */
    @Transactional(readOnly = true)
    public Map<Long, Tier> tiersFor(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        Map<Long, MemberSubscription> rows = subscriptions.findByMemberIdIn(memberIds).stream()
                .collect(Collectors.toMap(MemberSubscription::getMemberId, s -> s));
        Map<Long, List<ComplimentaryGrant>> given = grants.findByMemberIdIn(memberIds).stream()
                .collect(Collectors.groupingBy(ComplimentaryGrant::getMemberId));
        Map<Long, Tier> tiers = new HashMap<>();
        memberIds.forEach(id -> tiers.put(
                id, AccessRule.tierFor(rows.get(id), given.getOrDefault(id, List.of()), now, settings.gracePeriod())));
        return tiers;
    }

    /** Every member whose tier is paid now, with the tier (the admin grid's tier filter). */
    @Transactional(readOnly = true)
    public Map<Long, Tier> paidTiers() {
        Instant now = clock.instant();
        Map<Long, MemberSubscription> rows = subscriptions.findPossiblyPremium().stream()
                .collect(Collectors.toMap(MemberSubscription::getMemberId, s -> s));
        Map<Long, List<ComplimentaryGrant>> given =
                grants.findValidAt(now).stream().collect(Collectors.groupingBy(ComplimentaryGrant::getMemberId));
        Set<Long> candidates = new HashSet<>(rows.keySet());
        candidates.addAll(given.keySet());
        Map<Long, Tier> tiers = new HashMap<>();
        for (Long id : candidates) {
            Tier t = AccessRule.tierFor(rows.get(id), given.getOrDefault(id, List.of()), now, settings.gracePeriod());
            if (t.isPaid()) {
                tiers.put(id, t);
            }
        }
        return tiers;
    }

    Tier tierAt(long memberId, Instant at) {
        return AccessRule.tierFor(
                subscriptions.findByMemberId(memberId).orElse(null),
                grants.findByMemberId(memberId),
                at,
                settings.gracePeriod());
    }
}
