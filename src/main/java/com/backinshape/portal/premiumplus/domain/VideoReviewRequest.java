package com.backinshape.portal.premiumplus.domain;

import com.backinshape.portal.base.AbstractEntity;
import com.backinshape.portal.premiumplus.TimeWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One member's video review request for one calendar month (London time); unique per member and month. */
@Entity
@Table(name = "video_review_request")
public class VideoReviewRequest extends AbstractEntity {

    public static final int NOTE_MAX = 500;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    /** e.g. "2026-11" */
    @Column(name = "request_month", nullable = false, length = 7, updatable = false)
    private String requestMonth;

    @Column(name = "preferred_date", nullable = false, updatable = false)
    private LocalDate preferredDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_window", nullable = false, length = 20, updatable = false)
    private TimeWindow timeWindow;

    @Column(name = "note", length = NOTE_MAX, updatable = false)
    private @Nullable String note;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    protected VideoReviewRequest() {
        this.requestMonth = "";
        this.preferredDate = LocalDate.EPOCH;
        this.timeWindow = TimeWindow.MORNING;
        this.requestedAt = Instant.EPOCH;
    }

    public VideoReviewRequest(
            long memberId,
            String requestMonth,
            LocalDate preferredDate,
            TimeWindow timeWindow,
            @Nullable String note,
            Instant requestedAt) {
        this.memberId = memberId;
        this.requestMonth = requestMonth;
        this.preferredDate = preferredDate;
        this.timeWindow = timeWindow;
        this.note = note;
        this.requestedAt = requestedAt;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getRequestMonth() {
        return requestMonth;
    }

    public LocalDate getPreferredDate() {
        return preferredDate;
    }

    public TimeWindow getTimeWindow() {
        return timeWindow;
    }

    public @Nullable String getNote() {
        return note;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
