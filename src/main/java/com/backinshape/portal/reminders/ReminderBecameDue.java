package com.backinshape.portal.reminders;

import java.time.LocalDate;

/**
 * A member's programme reminder for {@code day} (London date) is due: notification emails it once, keyed by member and
 * day.
 *
 * @param path where it sends the member: {@code /programme}, or {@code /strength} for premium
 * @param strength whether that is this week's strength session
 * @param preferences the signed link to the member's email preferences (footer)
 * @param unsubscribe the one-click unsubscribe address (List-Unsubscribe)
 */
public record ReminderBecameDue(
        long memberId, LocalDate day, String path, boolean strength, String preferences, String unsubscribe) {}
