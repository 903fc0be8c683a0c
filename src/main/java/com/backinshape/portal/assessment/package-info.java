/**
 * The back-pain questionnaire: what it asks (as data the views render), the member's answers, and the clinical rules
 * that turn them into an {@link com.backinshape.portal.assessment.AssessmentResult} (red flags first, then STarT Back
 * risk group and the hamstring self-test).
 */
@ApplicationModule(allowedDependencies = {"base", "account"})
@NullMarked
package com.backinshape.portal.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
