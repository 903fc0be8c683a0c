package com.backinshape.portal.billing;

import com.backinshape.portal.billing.domain.ComplimentaryGrant;
import com.backinshape.portal.billing.domain.MemberSubscription;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for premium access. A paid tier is on exactly when the subscription is trialing or active (and, when
 * cancelled at period end, the period has not ended); past due for at most the grace period after the failed renewal;
 * or a complimentary grant has not expired. The higher tier wins.
 */
final class AccessRule {

    private AccessRule() {}

    static Tier tierFor(
            @Nullable MemberSubscription s, Collection<ComplimentaryGrant> grants, Instant now, Duration grace) {
        Tier paid = s == null ? Tier.FREE : paidTier(s, now, grace);
        Tier granted = grants.stream()
                .filter(g -> g.isValidAt(now))
                .map(ComplimentaryGrant::getTier)
                .max(Enum::compareTo)
                .orElse(Tier.FREE);
        return paid.compareTo(granted) >= 0 ? paid : granted;
    }

    private static Tier paidTier(MemberSubscription s, Instant now, Duration grace) {
        Tier tier = s.getTier();
        SubscriptionStatus status = s.getStatus();
        if (tier == null || status == null) {
            return Tier.FREE;
        }
        boolean on = switch (status) {
            case TRIALING, ACTIVE -> !s.isCancelAtPeriodEnd() || periodNotEnded(s, now);
            case PAST_DUE ->
                s.getPastDueSince() != null && now.isBefore(s.getPastDueSince().plus(grace));
            default -> false;
        };
        return on ? tier : Tier.FREE;
    }

    private static boolean periodNotEnded(MemberSubscription s, Instant now) {
        Instant end = s.getTrialEnd() != null
                        && s.getStatus() == SubscriptionStatus.TRIALING
                        && (s.getCurrentPeriodEnd() == null || s.getTrialEnd().isBefore(s.getCurrentPeriodEnd()))
                ? s.getTrialEnd()
                : s.getCurrentPeriodEnd();
        return end != null && now.isBefore(end);
    }
}
