package com.backinshape.portal.programme.domain;

import com.backinshape.portal.programme.SessionFeedback;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * What a member reports about a session, free or strength alike: done or not, pain 0 to 10, how it felt and an optional
 * note. Embedded in both logs' rows, in the same columns.
 */
@Embeddable
public class SessionReport {

    public static final int NOTE_MAX = 500;

    @Column(name = "done", nullable = false, updatable = false)
    private boolean done;

    @Column(name = "pain", nullable = false, updatable = false)
    private int pain;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback", nullable = false, length = 20, updatable = false)
    private SessionFeedback feedback;

    @Column(name = "note", length = NOTE_MAX, updatable = false)
    private @Nullable String note;

    protected SessionReport() {
        this.feedback = SessionFeedback.ABOUT_RIGHT;
    }

    public SessionReport(boolean done, int pain, SessionFeedback feedback, @Nullable String note) {
        this.done = done;
        this.pain = pain;
        this.feedback = feedback;
        this.note = note;
    }

    public boolean isDone() {
        return done;
    }

    public int getPain() {
        return pain;
    }

    public SessionFeedback getFeedback() {
        return feedback;
    }

    public @Nullable String getNote() {
        return note;
    }
}
