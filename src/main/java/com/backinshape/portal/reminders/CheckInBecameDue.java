package com.backinshape.portal.reminders;

/**
 * Four weeks after a member's latest questionnaire: one email inviting the retake, keyed by questionnaire.
 *
 * @param preferences the signed link to the member's email preferences (footer)
 * @param unsubscribe the one-click unsubscribe address (List-Unsubscribe)
 */
public record CheckInBecameDue(long memberId, long assessmentId, String preferences, String unsubscribe) {}
