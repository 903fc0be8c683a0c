package com.backinshape.portal.assessment;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The questionnaire's settings ({@code app.assessment.*}).
 *
 * @param startBackWordingFile the clinic's licensed STarT Back wording (environment {@code START_BACK_WORDING_FILE});
 *     blank: the portal's own plain-English items, never called "STarT Back"
 */
@ConfigurationProperties("app.assessment")
record AssessmentProperties(@Nullable String startBackWordingFile) {}
