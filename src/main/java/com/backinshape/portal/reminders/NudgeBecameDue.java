package com.backinshape.portal.reminders;

import java.time.Instant;

/**
 * 14 days without a logged session: one gentle nudge for this quiet spell ({@code lastActive}), never a series.
 *
 * @param preferences the signed link to the member's email preferences (footer)
 * @param unsubscribe the one-click unsubscribe address (List-Unsubscribe)
 */
public record NudgeBecameDue(long memberId, Instant lastActive, String preferences, String unsubscribe) {}
