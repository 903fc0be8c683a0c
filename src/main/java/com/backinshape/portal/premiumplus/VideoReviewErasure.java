package com.backinshape.portal.premiumplus;

import com.backinshape.portal.account.AccountEvents.MemberErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An erased member's video review requests (with their notes, which may hold health details) are deleted. */
@Component
class VideoReviewErasure {

    private final JdbcClient jdbc;

    VideoReviewErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MemberErased e) {
        jdbc.sql("delete from video_review_request where member_id = ?").param(e.memberId()).update();
    }
}
