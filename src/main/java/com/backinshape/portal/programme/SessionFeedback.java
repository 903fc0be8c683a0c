package com.backinshape.portal.programme;

/** How a session felt, as the member logs it. */
public enum SessionFeedback {
    TOO_EASY,
    ABOUT_RIGHT,
    TOO_HARD
}
