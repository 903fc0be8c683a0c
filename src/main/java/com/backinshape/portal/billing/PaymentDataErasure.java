package com.backinshape.portal.billing;

import com.backinshape.portal.account.AccountEvents.MemberErased;
import com.backinshape.portal.billing.domain.MemberSubscriptionRepository;
import com.backinshape.portal.billing.gateway.PaymentGateways;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After the subscription is cancelled ({@link MemberErasureCancelsSubscription} runs first), an erased member's
 * customer is deleted at the payment provider (Stripe, or the simulated one), and the Stripe events about them keep
 * only their id, type and status: the payloads held name, address and card details. Amounts and dates of subscriptions
 * and refunds stay, without personal data, for the accounts.
 */
@Component
class PaymentDataErasure {

    private final MemberSubscriptionRepository subscriptions;
    private final PaymentGateways gateways;
    private final JdbcClient jdbc;

    PaymentDataErasure(MemberSubscriptionRepository subscriptions, PaymentGateways gateways, JdbcClient jdbc) {
        this.subscriptions = subscriptions;
        this.gateways = gateways;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MemberErased e) {
        String customerId = subscriptions
                .findByMemberId(e.memberId())
                .map(s -> s.getStripeCustomerId())
                .orElse(null);
        if (customerId != null) {
            gateways.current().deleteCustomer(customerId);
        }
        // an event still waiting to be processed (e.g. the cancellation just sent) keeps its payload until the
        // retention job trims it: processing reads it
        jdbc.sql("update billing_stripe_event set payload = " + TRIMMED
                        + " where status <> 'RECEIVED' and (member_id = ? or payload like ?)")
                .param(e.memberId())
                .param(customerId == null ? "-" : "%\"" + customerId + "\"%")
                .update();
    }

    /** A payload reduced to the event's id and type (its status stays in its own column). */
    static final String TRIMMED = "'{\"id\":\"' || event_id || '\",\"type\":\"' || type || '\"}'";
}
