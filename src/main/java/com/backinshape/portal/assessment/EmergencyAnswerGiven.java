package com.backinshape.portal.assessment;

import java.time.Instant;

/**
 * A member answered an emergency safety question (the "Go to A&amp;E now" level). Published once per questionnaire so
 * the clinic can consider calling them. Carries no symptoms: only who and which questionnaire, so the alert email can
 * link to the member's admin page.
 */
public record EmergencyAnswerGiven(long memberId, long assessmentId, Instant answeredAt) {}
