package com.backinshape.portal.premiumplus;

import com.backinshape.portal.base.PersonalData;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The member's video review requests (dates, times, notes) for their data file. */
@Component
class VideoReviewPersonalData implements PersonalData.Contributor {

    private final JdbcClient jdbc;

    VideoReviewPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PersonalData.Part personalData(long memberId) {
        var rows = PersonalData.rows(jdbc.sql("select * from video_review_request where member_id = ? order by id")
                .param(memberId)
                .query()
                .listOfRows());
        List<String> lines = rows.stream()
                .map(r -> "Requested " + r.get("requested_at") + " for "
                        + r.get("preferred_date") + " (" + r.get("time_window") + ")"
                        + (r.get("note") == null ? "" : ": " + r.get("note")))
                .toList();
        return new PersonalData.Part(
                "video-reviews", "Your video review requests", rows, lines.isEmpty() ? List.of("No requests.") : lines);
    }

    @Override
    public int order() {
        return 40;
    }
}
