package com.backinshape.portal.admin;

import com.backinshape.portal.assessment.HealthRecords.HealthRecord;
import com.backinshape.portal.programme.ProgrammeRecords.PainScore;
import java.util.List;

/** A member's health data, handed out only after the reason was recorded in the audit log. */
public record HealthData(List<HealthRecord> questionnaires, List<PainScore> painScores) {}
