package com.backinshape.portal.billing;

import com.backinshape.portal.billing.domain.MemberSubscriptionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing's figures for the admin dashboard, defined here once: active by plan, MRR, churn, past-due members, and who
 * converted (started a paid subscription).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SubscriptionMetrics {

    /** Subscriptions on one plan now: paying ({@code active}) and in a free trial. */
    public record PlanCount(Tier tier, Period period, long active, long trialing) {}

    /**
     * @param mrr monthly recurring revenue of paying (active) subscriptions at today's prices: yearly ÷ 12, trials and
     *     past-due excluded
     * @param churned subscriptions that ended in the period
     * @param pastDue members whose renewal failed and who are in their grace period or beyond
     */
    public record Metrics(List<PlanCount> plans, Money mrr, long churned, long pastDue) {
        public long active() {
            return plans.stream().mapToLong(PlanCount::active).sum();
        }

        public long trialing() {
            return plans.stream().mapToLong(PlanCount::trialing).sum();
        }
    }

    private static final int CHUNK = 1000;

    private final MemberSubscriptionRepository rows;
    private final BillingProperties settings;

    SubscriptionMetrics(MemberSubscriptionRepository rows, BillingProperties settings) {
        this.rows = rows;
        this.settings = settings;
    }

    /**
     * Those of {@code memberIds} who started a paid subscription (a free trial included; complimentary grants are not
     * conversions): their row holds a Stripe subscription, whatever became of it since.
     */
    @Transactional(readOnly = true)
    public Set<Long> convertedAmong(List<Long> memberIds) {
        Set<Long> converted = new HashSet<>();
        for (int i = 0; i < memberIds.size(); i += CHUNK) {
            converted.addAll(
                    rows.membersWithSubscriptionAmong(memberIds.subList(i, Math.min(i + CHUNK, memberIds.size()))));
        }
        return converted;
    }

    /** Now, with churn counted over [from, to). */
    @Transactional(readOnly = true)
    public Metrics metrics(Instant from, Instant to) {
        var plans = new ArrayList<PlanCount>();
        long monthlyPence = 0;
        long yearlyPence = 0;
        for (Tier tier : List.of(Tier.PREMIUM, Tier.PREMIUM_PLUS)) {
            for (Period period : Period.values()) {
                long active = rows.countByTierAndPeriodAndStatus(tier, period, SubscriptionStatus.ACTIVE);
                long trialing = rows.countByTierAndPeriodAndStatus(tier, period, SubscriptionStatus.TRIALING);
                plans.add(new PlanCount(tier, period, active, trialing));
                long revenue = settings.amount(new Plan(tier, period)).minor() * active;
                if (period == Period.MONTHLY) {
                    monthlyPence += revenue;
                } else {
                    yearlyPence += revenue;
                }
            }
        }
        plans.sort(Comparator.comparing(PlanCount::tier).thenComparing(PlanCount::period));
        Money mrr = Money.gbp(monthlyPence + Math.round(yearlyPence / 12.0));
        return new Metrics(
                plans, mrr, rows.countEndedBetween(from, to), rows.countByStatus(SubscriptionStatus.PAST_DUE));
    }
}
