/**
 * Exercises and programmes: the exercise library (free stretches and mobility, premium strength), and the rules that
 * turn an assessment into a member's free programme.
 */
@ApplicationModule(allowedDependencies = {"base", "account", "assessment", "billing"})
@NullMarked
package com.backinshape.portal.programme;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
