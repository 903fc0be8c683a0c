/** Shared kernel: entity base class, clock, settings, layout, error pages and small UI parts. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package com.backinshape.portal.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
