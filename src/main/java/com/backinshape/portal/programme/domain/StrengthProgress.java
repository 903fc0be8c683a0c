package com.backinshape.portal.programme.domain;

import com.backinshape.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Where a member stands in their premium strength programme: the week and the ratings counted towards the next. */
@Entity
@Table(name = "strength_progress")
public class StrengthProgress extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "plan_id", nullable = false, length = 100)
    private String planId;

    @Column(name = "plan_version", nullable = false)
    private int planVersion;

    @Column(name = "week", nullable = false)
    private int week;

    @Column(name = "about_right_count", nullable = false)
    private int aboutRight;

    @Column(name = "too_easy_count", nullable = false)
    private int tooEasy;

    @Column(name = "completed", nullable = false)
    private boolean completed;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "paused_at")
    private @org.jspecify.annotations.Nullable Instant pausedAt;

    @Column(name = "pause_reason", length = 30)
    private @org.jspecify.annotations.Nullable String pauseReason;

    @Column(name = "clinician_cleared_at")
    private @org.jspecify.annotations.Nullable Instant clinicianClearedAt;

    @Column(name = "last_advanced_at")
    private @org.jspecify.annotations.Nullable Instant lastAdvancedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StrengthProgress() {
        this.planId = "";
        this.startedAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public StrengthProgress(long memberId, String planId, int planVersion, Instant now) {
        this.memberId = memberId;
        this.planId = planId;
        this.planVersion = planVersion;
        this.week = 1;
        this.startedAt = now;
        this.updatedAt = now;
    }

    public void moveTo(int week, int aboutRight, int tooEasy, boolean completed, Instant now) {
        this.week = week;
        this.aboutRight = aboutRight;
        this.tooEasy = tooEasy;
        this.completed = completed;
        this.updatedAt = now;
    }

    public void advancedAt(Instant now) {
        this.lastAdvancedAt = now;
    }

    /** Pauses the programme (repeated step-backs, or new leg symptoms) until a clinician has checked the member. */
    public void pause(String reason, Instant now) {
        this.pausedAt = now;
        this.pauseReason = reason;
        this.updatedAt = now;
    }

    /** The member records that a doctor or physiotherapist has checked them: lifts a pause. */
    public void clearedByClinician(Instant now) {
        this.clinicianClearedAt = now;
        this.pausedAt = null;
        this.pauseReason = null;
        this.updatedAt = now;
    }

    public @org.jspecify.annotations.Nullable Instant getPausedAt() {
        return pausedAt;
    }

    public @org.jspecify.annotations.Nullable String getPauseReason() {
        return pauseReason;
    }

    public @org.jspecify.annotations.Nullable Instant getClinicianClearedAt() {
        return clinicianClearedAt;
    }

    public @org.jspecify.annotations.Nullable Instant getLastAdvancedAt() {
        return lastAdvancedAt;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getPlanId() {
        return planId;
    }

    public int getWeek() {
        return week;
    }

    public int getAboutRight() {
        return aboutRight;
    }

    public int getTooEasy() {
        return tooEasy;
    }

    public boolean isCompleted() {
        return completed;
    }
}
