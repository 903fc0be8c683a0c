package com.backinshape.portal.reminders.domain;

import com.backinshape.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A member's programme reminders (off until they choose) and whether they have unsubscribed. */
@Entity
@Table(name = "email_preference")
public class EmailPreference extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "reminders_on", nullable = false)
    private boolean remindersOn;

    @Column(name = "reminder_days", nullable = false, length = 100)
    private String reminderDays = "";

    @Column(name = "reminder_time", nullable = false)
    private LocalTime reminderTime = DEFAULT_TIME;

    @Column(name = "last_reminded_on")
    private @Nullable LocalDate lastRemindedOn;

    @Column(name = "checked_in_for")
    private @Nullable Long checkedInFor;

    @Column(name = "nudged_for")
    private @Nullable Instant nudgedFor;

    @Column(name = "win_back_for", length = 100)
    private @Nullable String winBackFor;

    @Column(name = "win_back_due_at")
    private @Nullable Instant winBackDueAt;

    @Column(name = "win_back_sent_for", length = 100)
    private @Nullable String winBackSentFor;

    @Column(name = "offered_at")
    private @Nullable Instant offeredAt;

    @Column(name = "unsubscribed_at")
    private @Nullable Instant unsubscribedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);

    protected EmailPreference() {
        this(0, Instant.EPOCH);
    }

    public EmailPreference(long memberId, Instant now) {
        this.memberId = memberId;
        this.updatedAt = now;
    }

    public void choose(boolean on, Set<DayOfWeek> days, LocalTime time, Instant now) {
        this.remindersOn = on && !days.isEmpty();
        this.reminderDays = days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.reminderTime = time.withSecond(0).withNano(0);
        this.updatedAt = now;
        if (remindersOn) {
            this.unsubscribedAt = null;
        }
    }

    /** One click in an email or on the preferences page: no more reminders or other non-essential emails. */
    public void unsubscribe(Instant now) {
        if (remindersOn || unsubscribedAt == null) {
            unsubscribedAt = now;
        }
        remindersOn = false;
        updatedAt = now;
    }

    public void reminded(LocalDate day) {
        lastRemindedOn = day;
    }

    /** The check-in for this questionnaire has been sent (one per questionnaire). */
    public void checkedIn(long assessmentId) {
        checkedInFor = assessmentId;
    }

    /** The nudge for the quiet spell since {@code lastActive} has been sent (one per spell, never a series). */
    public void nudged(Instant lastActive) {
        nudgedFor = lastActive;
    }

    /** A paid subscription ended: one win-back is due at {@code dueAt}, unless already sent for it. */
    public void winBackDue(String subscriptionId, Instant dueAt) {
        if (!subscriptionId.equals(winBackSentFor)) {
            winBackFor = subscriptionId;
            winBackDueAt = dueAt;
        }
    }

    /** The due win-back went ({@code sent}) or no longer applies: either way, not again. */
    public void winBackDone(boolean sent) {
        if (sent) {
            winBackSentFor = winBackFor;
        }
        winBackFor = null;
        winBackDueAt = null;
    }

    public @Nullable String getWinBackFor() {
        return winBackFor;
    }

    public @Nullable Long getCheckedInFor() {
        return checkedInFor;
    }

    public @Nullable Instant getNudgedFor() {
        return nudgedFor;
    }

    public void offered(Instant now) {
        offeredAt = now;
    }

    public long getMemberId() {
        return memberId;
    }

    public boolean isRemindersOn() {
        return remindersOn;
    }

    public Set<DayOfWeek> getReminderDays() {
        if (reminderDays.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(reminderDays.split(","))
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public LocalTime getReminderTime() {
        return reminderTime;
    }

    public @Nullable LocalDate getLastRemindedOn() {
        return lastRemindedOn;
    }

    public @Nullable Instant getOfferedAt() {
        return offeredAt;
    }

    public @Nullable Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }

    /** Whether the member has stopped non-essential emails (and not turned reminders on since). */
    public boolean isUnsubscribed() {
        return unsubscribedAt != null && !remindersOn;
    }
}
