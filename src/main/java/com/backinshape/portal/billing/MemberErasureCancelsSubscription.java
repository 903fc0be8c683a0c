package com.backinshape.portal.billing;

import com.backinshape.portal.account.AccountEvents.MemberErased;
import com.backinshape.portal.billing.domain.MemberSubscription;
import com.backinshape.portal.billing.domain.MemberSubscriptionRepository;
import com.backinshape.portal.billing.gateway.PaymentGateways;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An erased member pays nothing more: their subscription is cancelled at once, in the erasing transaction. */
@Component
@org.springframework.core.annotation.Order(
        org.springframework.core.Ordered.HIGHEST_PRECEDENCE) // before PaymentDataErasure
class MemberErasureCancelsSubscription {

    private final MemberSubscriptionRepository rows;
    private final PaymentGateways gateways;

    MemberErasureCancelsSubscription(MemberSubscriptionRepository rows, PaymentGateways gateways) {
        this.rows = rows;
        this.gateways = gateways;
    }

    @EventListener
    void on(MemberErased e) {
        rows.findByMemberId(e.memberId())
                .filter(MemberSubscription::holdsSubscription)
                .filter(s -> s.getStripeSubscriptionId() != null)
                .ifPresent(s -> gateways.current().cancelNow(s.getStripeSubscriptionId()));
    }
}
