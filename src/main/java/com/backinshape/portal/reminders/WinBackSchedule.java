package com.backinshape.portal.reminders;

import com.backinshape.portal.account.MemberDirectory;
import com.backinshape.portal.billing.BillingEvents.SubscriptionEnded;
import com.backinshape.portal.reminders.domain.EmailPreference;
import com.backinshape.portal.reminders.domain.EmailPreferenceRepository;
import java.time.Clock;
import java.time.Duration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a paid subscription ends, the win-back becomes due seven days later (sent by {@link CheckInJob}). */
@Component
class WinBackSchedule {

    static final Duration AFTER = Duration.ofDays(7);

    private final EmailPreferenceRepository preferences;
    private final MemberDirectory members;
    private final Clock clock;

    WinBackSchedule(EmailPreferenceRepository preferences, MemberDirectory members, Clock clock) {
        this.preferences = preferences;
        this.members = members;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SubscriptionEnded e) {
        if (members.contact(e.memberId()).isEmpty()) {
            return; // erased (closing an account ends its subscription): nothing is kept or sent
        }
        EmailPreference p = preferences
                .findByMemberId(e.memberId())
                .orElseGet(() -> preferences.save(new EmailPreference(e.memberId(), clock.instant())));
        p.winBackDue(e.subscriptionId(), e.endedAt().plus(AFTER));
    }
}
