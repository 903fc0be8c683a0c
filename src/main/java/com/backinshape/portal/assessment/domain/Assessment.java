package com.backinshape.portal.assessment.domain;

import com.backinshape.portal.assessment.AdviceLevel;
import com.backinshape.portal.assessment.HamstringFinding;
import com.backinshape.portal.assessment.NextStep;
import com.backinshape.portal.assessment.RiskGroup;
import com.backinshape.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One questionnaire attempt of a member: the answers so far (JSON text, question id to chosen values), the step the
 * member is on, and once completed the result as it was shown.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "questionnaire_version", nullable = false, updatable = false)
    private int questionnaireVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AssessmentStatus status = AssessmentStatus.IN_PROGRESS;

    @Column(name = "current_step", nullable = false)
    private int currentStep;

    @Column(name = "answers_json", nullable = false)
    private String answersJson = "{}";

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "advice_level", length = 20)
    private @Nullable AdviceLevel adviceLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_group", length = 20)
    private @Nullable RiskGroup riskGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "hamstring_finding", length = 20)
    private @Nullable HamstringFinding hamstringFinding;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_step", length = 40)
    private @Nullable NextStep nextStep;

    @Column(name = "programme_allowed")
    private @Nullable Boolean programmeAllowed;

    @Column(name = "advice_text")
    private @Nullable String adviceText;

    @Column(name = "notes_json")
    private @Nullable String notesJson;

    @Column(name = "red_flags")
    private @Nullable String redFlags;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Assessment() {
        this.startedAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Assessment(long memberId, int questionnaireVersion, Instant now) {
        this.memberId = memberId;
        this.questionnaireVersion = questionnaireVersion;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** Keeps the answers so far and the step to show next. */
    public void saveProgress(String answersJson, int currentStep, Instant now) {
        requireInProgress();
        this.answersJson = answersJson;
        this.currentStep = currentStep;
        this.updatedAt = now;
    }

    /** Stores the result as the member reads it; the attempt can't change afterwards. */
    public void complete(
            AdviceLevel adviceLevel,
            @Nullable RiskGroup riskGroup,
            @Nullable HamstringFinding hamstring,
            NextStep nextStep,
            boolean programmeAllowed,
            String adviceText,
            String notesJson,
            String redFlags,
            Instant now) {
        requireInProgress();
        this.redFlags = redFlags;
        this.status = AssessmentStatus.COMPLETED;
        this.adviceLevel = adviceLevel;
        this.riskGroup = riskGroup;
        this.hamstringFinding = hamstring;
        this.nextStep = nextStep;
        this.programmeAllowed = programmeAllowed;
        this.adviceText = adviceText;
        this.notesJson = notesJson;
        this.completedAt = now;
        this.updatedAt = now;
    }

    private void requireInProgress() {
        if (status != AssessmentStatus.IN_PROGRESS) {
            throw new IllegalStateException("Assessment " + getId() + " is already completed");
        }
    }

    public boolean isInProgress() {
        return status == AssessmentStatus.IN_PROGRESS;
    }

    public long getMemberId() {
        return memberId;
    }

    public int getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public int getCurrentStep() {
        return currentStep;
    }

    public String getAnswersJson() {
        return answersJson;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }

    public @Nullable AdviceLevel getAdviceLevel() {
        return adviceLevel;
    }

    public @Nullable RiskGroup getRiskGroup() {
        return riskGroup;
    }

    public @Nullable HamstringFinding getHamstringFinding() {
        return hamstringFinding;
    }

    public @Nullable NextStep getNextStep() {
        return nextStep;
    }

    public boolean isProgrammeAllowed() {
        return Boolean.TRUE.equals(programmeAllowed);
    }

    public @Nullable String getAdviceText() {
        return adviceText;
    }

    public @Nullable String getNotesJson() {
        return notesJson;
    }
    /** The red flags that counted (comma-separated names); null for questionnaires before v2. */
    public @Nullable String getRedFlags() {
        return redFlags;
    }
    /** Whether this completed questionnaire's advice suspends programmes (Emergency or Urgent). */
    public boolean isSuspending() {
        return adviceLevel != null && adviceLevel.suspends();
    }
}
