package com.backinshape.portal.billing.domain;

import jakarta.persistence.LockModeType;
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

    Optional<MemberSubscription> findByStripeSubscriptionId(String subscriptionId);
}
