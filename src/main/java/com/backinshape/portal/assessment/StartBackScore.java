package com.backinshape.portal.assessment;

/**
 * A STarT Back score.
 *
 * @param total items 1–9, 0–9
 * @param psychosocial items 5–9, 0–5
 */
public record StartBackScore(int total, int psychosocial, RiskGroup riskGroup) {}
