package com.backinshape.portal.premiumplus;

/** A Premium Plus member asked for this month's video review; the clinic and the member are emailed. */
public record VideoReviewRequested(long requestId, long memberId) {
}
