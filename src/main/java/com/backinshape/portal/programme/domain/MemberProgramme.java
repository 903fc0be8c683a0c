package com.backinshape.portal.programme.domain;

import com.backinshape.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member's programme: the exercises and doses of their free programme (JSON text, null while none was ever offered)
 * and whether programmes are suspended because of a red flag. One per member.
 */
@Entity
@Table(name = "programme")
public class MemberProgramme extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "assessment_id")
    private @Nullable Long assessmentId;

    @Column(name = "rules_version", nullable = false)
    private int rulesVersion;

    @Column(name = "library_version", nullable = false)
    private int libraryVersion;

    @Column(name = "gentle", nullable = false)
    private boolean gentle;

    @Column(name = "exercises_json")
    private @Nullable String exercisesJson;

    @Column(name = "notes_json", nullable = false)
    private String notesJson = "[]";

    @Column(name = "suspended", nullable = false)
    private boolean suspended;

    @Column(name = "suspended_at")
    private @Nullable Instant suspendedAt;

    @Column(name = "suspended_by_assessment")
    private @Nullable Long suspendedByAssessment;

    @Column(name = "baseline_pain")
    private @Nullable Integer baselinePain;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MemberProgramme() {
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public MemberProgramme(long memberId, int rulesVersion, int libraryVersion, Instant now) {
        this.memberId = memberId;
        this.rulesVersion = rulesVersion;
        this.libraryVersion = libraryVersion;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the free programme with a new plan and lifts any suspension. */
    public void replace(
            long assessmentId,
            int rulesVersion,
            int libraryVersion,
            boolean gentle,
            String exercisesJson,
            String notesJson,
            @Nullable Integer baselinePain,
            Instant now) {
        this.baselinePain = baselinePain;
        this.assessmentId = assessmentId;
        this.rulesVersion = rulesVersion;
        this.libraryVersion = libraryVersion;
        this.gentle = gentle;
        this.exercisesJson = exercisesJson;
        this.notesJson = notesJson;
        this.suspended = false;
        this.suspendedAt = null;
        this.suspendedByAssessment = null;
        this.updatedAt = now;
    }

    /**
     * An Emergency or Urgent answer (or a clear retake before a clinician's clearance was confirmed): every programme
     * is on hold.
     */
    public void suspend(long assessmentId, Instant now) {
        this.suspended = true;
        this.suspendedAt = now;
        this.suspendedByAssessment = assessmentId;
        this.updatedAt = now;
    }

    /** After repeated painful sessions: the same exercises at their gentle doses. */
    public void switchToGentle(String exercisesJson, String notesJson, Instant now) {
        this.gentle = true;
        this.exercisesJson = exercisesJson;
        this.notesJson = notesJson;
        this.updatedAt = now;
    }

    public long getMemberId() {
        return memberId;
    }
    /** The questionnaire's "pain now" the programme was built from; null for programmes built before v2. */
    public @Nullable Integer getBaselinePain() {
        return baselinePain;
    }

    public @Nullable Long getAssessmentId() {
        return assessmentId;
    }

    public int getRulesVersion() {
        return rulesVersion;
    }

    public int getLibraryVersion() {
        return libraryVersion;
    }

    public boolean isGentle() {
        return gentle;
    }

    public @Nullable String getExercisesJson() {
        return exercisesJson;
    }

    public String getNotesJson() {
        return notesJson;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public @Nullable Instant getSuspendedAt() {
        return suspendedAt;
    }
}
