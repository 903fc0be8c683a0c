package com.backinshape.portal.admin;

import com.backinshape.portal.account.MemberSummary;
import com.backinshape.portal.billing.SubscriptionStatus;
import com.backinshape.portal.billing.Tier;
import org.jspecify.annotations.Nullable;

/** One line of the members grid: the account and, from billing, the tier now and the subscription status. */
public record MemberRow(
        MemberSummary member, Tier tier, @Nullable SubscriptionStatus status) {}
