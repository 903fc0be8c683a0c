package com.backinshape.portal.assessment.domain;

import com.backinshape.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The member's confirmation that a doctor or physiotherapist has checked a warning sign and said exercise is OK: the
 * questionnaire it was about, the lifelong facts it covers for good, and when.
 */
@Entity
@Table(name = "clinician_clearance")
public class ClinicianClearance extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private long assessmentId;

    @Column(name = "cleared_facts", nullable = false, updatable = false)
    private String clearedFacts = "";

    @Column(name = "confirmed_at", nullable = false, updatable = false)
    private Instant confirmedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ClinicianClearance() {
        this.confirmedAt = Instant.EPOCH;
    }

    public ClinicianClearance(long memberId, long assessmentId, String clearedFacts, Instant confirmedAt) {
        this.memberId = memberId;
        this.assessmentId = assessmentId;
        this.clearedFacts = clearedFacts;
        this.confirmedAt = confirmedAt;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public String getClearedFacts() {
        return clearedFacts;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
