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

    @Column(name = "done", nullable = false, updatable = false)
    private boolean done;

    @Column(name = "pain", nullable = false, updatable = false)
    private int pain;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback", nullable = false, length = 20, updatable = false)
    private SessionFeedback feedback;

    @Column(name = "note", length = NOTE_MAX, updatable = false)
    private @Nullable String note;

    @Column(name = "outcome", nullable = false, length = 20, updatable = false)
    private String outcome;

    protected StrengthSession() {
        this.planId = "";
        this.loggedAt = Instant.EPOCH;
        this.feedback = SessionFeedback.ABOUT_RIGHT;
        this.outcome = "STAY";
    }

    public StrengthSession(long memberId, String planId, int week, Instant loggedAt, boolean done, int pain,
                           SessionFeedback feedback, @Nullable String note, String outcome) {
        this.memberId = memberId;
        this.planId = planId;
        this.week = week;
        this.loggedAt = loggedAt;
        this.done = done;
        this.pain = pain;
        this.feedback = feedback;
        this.note = note;
        this.outcome = outcome;
    }

    public int getPain() {
        return pain;
    }
}
