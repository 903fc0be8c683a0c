package com.backinshape.portal.premiumplus;

import com.backinshape.portal.account.AccountEvents.HealthConsentWithdrawn;
import com.backinshape.portal.account.AccountEvents.MemberErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An erased member's video review requests (with their notes, which may hold health details) are deleted; withdrawing
 * health-data consent deletes the notes.
 */
@Component
class VideoReviewErasure {

    private final JdbcClient jdbc;

    VideoReviewErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MemberErased e) {
        jdbc.sql("delete from video_review_request where member_id = ?")
                .param(e.memberId())
                .update();
    }

    /** Consent withdrawn: the bookings stay (a review may be arranged), their notes go. */
    @EventListener
    void on(HealthConsentWithdrawn e) {
        jdbc.sql("update video_review_request set note = null where member_id = ?")
                .param(e.memberId())
                .update();
    }
}
