package com.backinshape.portal.billing.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MemberSubscriptionRepository extends JpaRepository<MemberSubscription, Long> {

    Optional<MemberSubscription> findByMemberId(long memberId);

    /** The member's row, locked until the transaction ends: webhooks for one member apply one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from MemberSubscription s where s.memberId = :memberId")
    Optional<MemberSubscription> lockByMemberId(long memberId);

    Optional<MemberSubscription> findByStripeCustomerId(String customerId);

    /** Members whose subscription Stripe may still change (not yet ended). */
    @Query("""
            select s.memberId from MemberSubscription s where s.stripeSubscriptionId is not null
            and (s.status is null or s.status <> com.backinshape.portal.billing.SubscriptionStatus.CANCELED)""")
    List<Long> findMembersWithLiveSubscriptions();

    Optional<MemberSubscription> findByStripeSubscriptionId(String subscriptionId);

    long countByTierAndPeriodAndStatus(
            com.backinshape.portal.billing.Tier tier,
            com.backinshape.portal.billing.Period period,
            com.backinshape.portal.billing.SubscriptionStatus status);

    long countByStatus(com.backinshape.portal.billing.SubscriptionStatus status);

    @Query("""
            select count(s) from MemberSubscription s where s.status = com.backinshape.portal.billing.SubscriptionStatus.CANCELED
            and s.endedAt >= :from and s.endedAt < :to""")
    long countEndedBetween(java.time.Instant from, java.time.Instant to);

    List<MemberSubscription> findByMemberIdIn(java.util.Collection<Long> memberIds);

    /** Rows that may give access now (the access rule decides): held statuses. */
    @Query("""
            select s from MemberSubscription s where s.status in (com.backinshape.portal.billing.SubscriptionStatus.TRIALING,
            com.backinshape.portal.billing.SubscriptionStatus.ACTIVE, com.backinshape.portal.billing.SubscriptionStatus.PAST_DUE)""")
    List<MemberSubscription> findPossiblyPremium();

    @Query("select s.memberId from MemberSubscription s where s.status = :status")
    List<Long> findMemberIdsByStatus(com.backinshape.portal.billing.SubscriptionStatus status);

    @Query(
            "select s.memberId from MemberSubscription s where s.stripeSubscriptionId is not null and s.memberId in :memberIds")
    java.util.List<Long> membersWithSubscriptionAmong(java.util.Collection<Long> memberIds);
}
