package com.backinshape.portal.reminders;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.programme.ProgrammeSuspension;
import com.backinshape.portal.reminders.domain.EmailPreference;
import com.backinshape.portal.reminders.domain.EmailPreferenceRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in member's programme reminders ("Programme reminders" on the account page and on home). */
@Service
public class ReminderService {

    /** What the member has chosen; off with no days until they choose. */
    public record ReminderChoice(boolean on, Set<DayOfWeek> days, LocalTime time, boolean unsubscribed) {}

    private final EmailPreferenceRepository preferences;
    private final CurrentMember currentMember;
    private final ProgrammeSuspension programmes;
    private final Clock clock;

    ReminderService(
            EmailPreferenceRepository preferences,
            CurrentMember currentMember,
            ProgrammeSuspension programmes,
            Clock clock) {
        this.preferences = preferences;
        this.currentMember = currentMember;
        this.programmes = programmes;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public ReminderChoice current() {
        return preferences
                .findByMemberId(currentMember.requireId())
                .map(p -> new ReminderChoice(
                        p.isRemindersOn(), p.getReminderDays(), p.getReminderTime(), p.isUnsubscribed()))
                .orElse(new ReminderChoice(false, Set.of(), EmailPreference.DEFAULT_TIME, false));
    }

    /**
     * Saves the member's choice; reminders on need at least one day and a time.
     *
     * @throws InvalidInputException with {@code days} or {@code time} when those are missing
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void choose(boolean on, Set<DayOfWeek> days, @Nullable LocalTime time) {
        if (on && days.isEmpty()) {
            throw new InvalidInputException(Map.of("days", "Choose at least one day."));
        }
        if (on && time == null) {
            throw new InvalidInputException(Map.of("time", "Choose a time of day."));
        }
        EmailPreference p = mine();
        p.choose(on, days, time == null ? p.getReminderTime() : time, clock.instant());
    }

    /**
     * Whether to offer reminders on member home now: once, when the member has a programme and has never chosen.
     * Showing the offer uses it up.
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public boolean offerOnce() {
        long memberId = currentMember.requireId();
        if (!programmes.isScreened(memberId) || programmes.isSuspended(memberId)) {
            return false;
        }
        EmailPreference p = mine();
        if (p.getOfferedAt() != null
                || p.isRemindersOn()
                || !p.getReminderDays().isEmpty()) {
            return false;
        }
        p.offered(clock.instant());
        return true;
    }

    private EmailPreference mine() {
        long memberId = currentMember.requireId();
        return preferences
                .findByMemberId(memberId)
                .orElseGet(() -> preferences.save(new EmailPreference(memberId, clock.instant())));
    }
}
