package com.backinshape.portal.reminders;

import com.backinshape.portal.reminders.domain.EmailPreference;
import com.backinshape.portal.reminders.domain.EmailPreferenceRepository;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email-preferences page and the one-click unsubscribe, for whoever holds a member's signed link: no session, the
 * link is the caller's proof. Only non-essential emails stop; account and payment emails stay.
 */
@Service
public class EmailPreferences {

    /** What the page shows for the link's member. */
    public record State(boolean remindersOn, boolean unsubscribed) {}

    private final PreferenceLinks links;
    private final EmailPreferenceRepository preferences;
    private final Clock clock;

    EmailPreferences(PreferenceLinks links, EmailPreferenceRepository preferences, Clock clock) {
        this.links = links;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** @throws InvalidPreferenceLinkException when the link is not ours or has expired */
    @Transactional(readOnly = true)
    public State state(String token) {
        long memberId = links.memberOf(token);
        return preferences
                .findByMemberId(memberId)
                .map(p -> new State(p.isRemindersOn(), p.isUnsubscribed()))
                .orElse(new State(false, false));
    }

    /**
     * Stops programme reminders and every other non-essential email at once.
     *
     * @throws InvalidPreferenceLinkException when the link is not ours or has expired
     */
    @Transactional
    public void unsubscribe(String token) {
        long memberId = links.memberOf(token);
        EmailPreference p = preferences
                .findByMemberId(memberId)
                .orElseGet(() -> preferences.save(new EmailPreference(memberId, clock.instant())));
        p.unsubscribe(clock.instant());
    }
}
