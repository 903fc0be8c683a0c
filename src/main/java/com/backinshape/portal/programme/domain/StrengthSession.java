package com.backinshape.portal.programme.domain;

import com.backinshape.portal.base.AbstractEntity;
import com.backinshape.portal.programme.SessionFeedback;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One logged strength session (health data: only the member reads it) and what it did to their week. */
@Entity
@Table(name = "strength_session")
public class StrengthSession extends AbstractEntity {

    public static final int NOTE_MAX = SessionLog.NOTE_MAX;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "plan_id", nullable = false, length = 100, updatable = false)
    private String planId;

    @Column(name = "week", nullable = false, updatable = false)
    private int week;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    @Embedded
    private SessionReport report;

    @Column(name = "outcome", nullable = false, length = 20, updatable = false)
    private String outcome;

    protected StrengthSession() {
        this.planId = "";
        this.loggedAt = Instant.EPOCH;
        this.report = new SessionReport();
        this.outcome = "STAY";
    }

    public StrengthSession(
            long memberId,
            String planId,
            int week,
            Instant loggedAt,
            boolean done,
            int pain,
            SessionFeedback feedback,
            @Nullable String note,
            String outcome) {
        this.memberId = memberId;
        this.planId = planId;
        this.week = week;
        this.loggedAt = loggedAt;
        this.report = new SessionReport(done, pain, feedback, note);
        this.outcome = outcome;
    }

    public SessionReport getReport() {
        return report;
    }

    public int getPain() {
        return report.getPain();
    }
}
