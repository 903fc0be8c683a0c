package com.backinshape.portal.reminders;

import com.backinshape.portal.reminders.domain.EmailPreferenceRepository;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How many members unsubscribed, for the clinic's retention view. */
@Component
public class UnsubscribeFigures {

    private final EmailPreferenceRepository preferences;

    UnsubscribeFigures(EmailPreferenceRepository preferences) {
        this.preferences = preferences;
    }

    /** Members who unsubscribed in [from, to) and have not turned reminders on again since. */
    @Transactional(readOnly = true)
    public long unsubscribedBetween(Instant from, Instant to) {
        return preferences.countByUnsubscribedAtGreaterThanEqualAndUnsubscribedAtLessThan(from, to);
    }
}
