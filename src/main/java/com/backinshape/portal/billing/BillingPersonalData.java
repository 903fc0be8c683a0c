package com.backinshape.portal.billing;

import com.backinshape.portal.base.PersonalData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Billing's part of a member's data: the subscription, complimentary grants, refunds and the history of payment events
 * (type, date, status; Stripe's own records of card and address stay with Stripe).
 */
@Component
class BillingPersonalData implements PersonalData.Contributor {

    private final JdbcClient jdbc;

    BillingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalData.Part personalData(long memberId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "subscription",
                PersonalData.rows(jdbc.sql("""
                select tier, period, status, cancel_at_period_end, current_period_start, current_period_end, trial_end,
                       past_due_since, ended_at, amount_minor, currency, stripe_customer_id, stripe_subscription_id
                from billing_subscription where member_id = ?""").param(memberId).query().listOfRows()));
        data.put(
                "complimentary_grants",
                PersonalData.rows(jdbc.sql("""
                select tier, valid_until, granted_at, revoked_at from billing_complimentary_grant
                where member_id = ? order by id""").param(memberId).query().listOfRows()));
        data.put(
                "refunds",
                PersonalData.rows(jdbc.sql("""
                select amount_minor, currency, refunded_at from billing_refund where member_id = ? order by id""").param(memberId).query().listOfRows()));
        var payments = PersonalData.rows(jdbc.sql("""
                select event_id, type, status, stripe_created_at from billing_stripe_event
                where member_id = ? order by stripe_created_at, id""").param(memberId).query().listOfRows());
        data.put("payment_events", payments);
        var lines = new ArrayList<String>();
        for (Map<String, Object> s : rows(data, "subscription")) {
            lines.add("Subscription: " + s.get("tier") + " " + s.get("period") + ", " + s.get("status")
                    + (s.get("current_period_end") == null ? "" : ", paid until " + s.get("current_period_end")));
        }
        if (lines.isEmpty()) {
            lines.add("No subscription.");
        }
        for (Map<String, Object> e : payments) {
            lines.add(e.get("stripe_created_at") + ": " + e.get("type") + " (" + e.get("status") + ")");
        }
        return new PersonalData.Part("billing", "Your subscription and payments", data, lines);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> data, String key) {
        return (List<Map<String, Object>>) data.get(key);
    }

    @Override
    public int order() {
        return 50;
    }
}
