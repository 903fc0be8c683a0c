/**
 * Members and their accounts: signup, email verification, sign-in and lockout, password reset, profile changes, roles,
 * and the first admin.
 */
@ApplicationModule(allowedDependencies = {"base"})
@NullMarked
package com.backinshape.portal.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
