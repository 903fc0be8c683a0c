package com.backinshape.portal.programme.domain;

import com.backinshape.portal.base.AbstractEntity;
import com.backinshape.portal.programme.SessionFeedback;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One logged session (or one exercise of it, when {@code exerciseId} is set). */
@Entity
@Table(name = "session_log")
public class SessionLog extends AbstractEntity {

    public static final int NOTE_MAX = SessionReport.NOTE_MAX;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    @Column(name = "exercise_id", length = 100, updatable = false)
    private @Nullable String exerciseId;

    @Embedded
    private SessionReport report;

    protected SessionLog() {
        this.loggedAt = Instant.EPOCH;
        this.report = new SessionReport();
    }

    public SessionLog(
            long memberId,
            long programmeId,
            Instant loggedAt,
            @Nullable String exerciseId,
            boolean done,
            int pain,
            SessionFeedback feedback,
            @Nullable String note) {
        this.memberId = memberId;
        this.programmeId = programmeId;
        this.loggedAt = loggedAt;
        this.exerciseId = exerciseId;
        this.report = new SessionReport(done, pain, feedback, note);
    }

    public long getMemberId() {
        return memberId;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public @Nullable String getExerciseId() {
        return exerciseId;
    }

    public SessionReport getReport() {
        return report;
    }

    public boolean isDone() {
        return report.isDone();
    }

    public int getPain() {
        return report.getPain();
    }

    public SessionFeedback getFeedback() {
        return report.getFeedback();
    }

    public @Nullable String getNote() {
        return report.getNote();
    }
}
