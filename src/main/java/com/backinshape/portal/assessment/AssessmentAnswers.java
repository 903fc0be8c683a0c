package com.backinshape.portal.assessment;

/**
 * Everything the member answered, step by step. The parts may be incomplete (a questionnaire left half way);
 * {@link ClinicalRules#validate} says what is missing or out of range.
 */
public record AssessmentAnswers(
        RedFlagAnswers redFlags,
        PainAnswers pain,
        StartBackAnswers startBack,
        DailyLife dailyLife,
        HamstringTest hamstringTest,
        Goals goals) {}
