package com.backinshape.portal.account.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A visitor who chose a paid plan before joining ({@code /signup?plan=premium-monthly}) continues to that plan once
 * their email is confirmed in the same browser, instead of the member home. Only a plan-shaped name is kept; the
 * checkout step checks it against the real plans.
 */
final class AfterJoining {

    private static final String KEY = AfterJoining.class.getName() + ".plan";
    private static final Pattern PLAN = Pattern.compile("[a-z]+(-[a-z]+){1,3}");

    private AfterJoining() {}

    static void rememberPlan(@Nullable String plan) {
        if (plan != null && PLAN.matcher(plan).matches()) {
            VaadinSession.getCurrent().setAttribute(KEY, plan);
        }
    }

    /** Where to go after confirming the email: the chosen plan's checkout step, else the member home. */
    static String nextPage() {
        var session = VaadinSession.getCurrent();
        Object plan = session.getAttribute(KEY);
        session.setAttribute(KEY, null);
        return plan == null ? "/home" : "/checkout/start?plan=" + plan;
    }
}
