/** Questionnaire attempts as stored: answers, progress and result. Used only by the assessment services. */
@NullMarked
package com.backinshape.portal.assessment.domain;

import org.jspecify.annotations.NullMarked;
