package com.backinshape.portal.billing;

/**
 * Where a member who has just upgraded starts: answered by the feature that runs strength training (it needs a
 * completed questionnaire first), so that billing can lead straight there after payment.
 */
public interface PremiumStart {

    /** A link to the first step, with what the member should know before following it. */
    record FirstStep(String label, String path, String explanation) {}

    /** Strength training itself: the answer when no feature says otherwise. */
    FirstStep STRENGTH =
            new FirstStep("Start strength training", "/strength", "Your strength programme is ready for you.");

    FirstStep firstStep(long memberId);
}
