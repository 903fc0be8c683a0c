/**
 * The admin console for clinic staff: members list and detail, actions with reasons, the append-only audit log, the
 * conversion dashboard and the CSV export. Everything here is for {@code ROLE_ADMIN} only. Uses the other features'
 * public admin APIs; no feature depends on this one.
 */
@ApplicationModule(
        allowedDependencies = {
            "base",
            "account",
            "assessment",
            "billing",
            "notification",
            "premiumplus",
            "programme",
            "reminders"
        })
@NullMarked
package com.backinshape.portal.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
