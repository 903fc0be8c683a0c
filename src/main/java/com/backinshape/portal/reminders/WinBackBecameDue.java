package com.backinshape.portal.reminders;

/**
 * Seven days after a paid subscription ended, for a member with marketing consent who has not come back: one win-back
 * email, keyed by the subscription.
 *
 * @param preferences the signed link to the member's email preferences (footer)
 * @param unsubscribe the one-click unsubscribe address (List-Unsubscribe)
 */
public record WinBackBecameDue(long memberId, String subscriptionId, String preferences, String unsubscribe) {}
