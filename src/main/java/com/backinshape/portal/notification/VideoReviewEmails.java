package com.backinshape.portal.notification;

import com.backinshape.portal.account.MemberDirectory;
import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.premiumplus.VideoReviewRequested;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A video review request reaches the clinic by email (who, preferred date and time: never the member's note, which may
 * hold health details; staff read it in admin) and the member gets a confirmation.
 */
@Component
class VideoReviewEmails {

    private final MemberDirectory directory;
    private final EmailOutbox outbox;
    private final AppProperties app;

    VideoReviewEmails(MemberDirectory directory, EmailOutbox outbox, AppProperties app) {
        this.directory = directory;
        this.outbox = outbox;
        this.app = app;
    }

    @ApplicationModuleListener
    void on(VideoReviewRequested e) {
        var member = directory.contact(e.memberId()).orElse(null);
        if (member == null) {
            return;
        }
        Map<String, Object> model = Map.of(
                "firstName",
                member.firstName(),
                "memberEmail",
                member.email(),
                "memberId",
                member.memberId(),
                "date",
                TimeConfig.DATE.format(e.preferredDate()),
                "window",
                e.window().label(),
                "link",
                app.link("/premium-plus"));
        outbox.enqueue(
                "video-review:" + e.requestId(),
                member.memberId(),
                app.clinic().email(),
                "Video review request from " + member.firstName(),
                "video-review-clinic",
                model);
        outbox.enqueue(
                "video-review-confirmation:" + e.requestId(),
                member.memberId(),
                member.email(),
                "We have your video review request",
                "video-review-confirmation",
                model);
    }
}
