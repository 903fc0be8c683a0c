package com.backinshape.portal.premiumplus;

import java.time.LocalDate;

/**
 * A Premium Plus member asked for this month's video review, for a day and a part of it; the clinic and the member are
 * emailed. The member's note is not here: it may hold health details, and stays in admin.
 */
public record VideoReviewRequested(long requestId, long memberId, LocalDate preferredDate, TimeWindow window) {}
