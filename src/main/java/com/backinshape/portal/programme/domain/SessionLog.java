package com.backinshape.portal.programme.domain;

import com.backinshape.portal.base.AbstractEntity;
import com.backinshape.portal.programme.SessionFeedback;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One logged session (or one exercise of it, when {@code exerciseId} is set). */
@Entity
@Table(name = "session_log")
public class SessionLog extends AbstractEntity {

    public static final int NOTE_MAX = 500;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    @Column(name = "exercise_id", length = 100, updatable = false)
    private @Nullable String exerciseId;

    @Column(name = "done", nullable = false, updatable = false)
    private boolean done;

    @Column(name = "pain", nullable = false, updatable = false)
    private int pain;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback", nullable = false, length = 20, updatable = false)
    private SessionFeedback feedback;

    @Column(name = "note", length = NOTE_MAX, updatable = false)
    private @Nullable String note;

    protected SessionLog() {
        this.loggedAt = Instant.EPOCH;
        this.feedback = SessionFeedback.ABOUT_RIGHT;
    }

    public SessionLog(long memberId, long programmeId, Instant loggedAt, @Nullable String exerciseId, boolean done,
                      int pain, SessionFeedback feedback, @Nullable String note) {
        this.memberId = memberId;
        this.programmeId = programmeId;
        this.loggedAt = loggedAt;
        this.exerciseId = exerciseId;
        this.done = done;
        this.pain = pain;
        this.feedback = feedback;
        this.note = note;
    }

    public long getMemberId() { return memberId; }
    public Instant getLoggedAt() { return loggedAt; }
    public @Nullable String getExerciseId() { return exerciseId; }
    public boolean isDone() { return done; }
    public int getPain() { return pain; }
    public SessionFeedback getFeedback() { return feedback; }
    public @Nullable String getNote() { return note; }
}
