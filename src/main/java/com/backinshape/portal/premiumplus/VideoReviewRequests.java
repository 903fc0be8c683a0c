package com.backinshape.portal.premiumplus;

import com.backinshape.portal.premiumplus.domain.VideoReviewRequestRepository;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The video review requests for admins, newest first (for the admin feature to list). */
@Service
public class VideoReviewRequests {

    /** One request; {@code note} is the member's own words and may hold health details: admin screens only. */
    public record Summary(
            long id,
            long memberId,
            String month,
            LocalDate preferredDate,
            TimeWindow window,
            @Nullable String note,
            Instant requestedAt) {}

    private final VideoReviewRequestRepository requests;

    VideoReviewRequests(VideoReviewRequestRepository requests) {
        this.requests = requests;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<Summary> recent(Pageable pageable) {
        return requests.findAllByOrderByRequestedAtDescIdDesc(pageable)
                .map(r -> new Summary(
                        r.requireId(),
                        r.getMemberId(),
                        r.getRequestMonth(),
                        r.getPreferredDate(),
                        r.getTimeWindow(),
                        r.getNote(),
                        r.getRequestedAt()));
    }
}
