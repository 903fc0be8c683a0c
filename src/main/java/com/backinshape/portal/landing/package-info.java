/**
 * The public pages outside Vaadin: the welcome page for visitors from the clinic's articles, the terms, privacy and
 * cookie pages, and the friendly error page. Plain Spring MVC and Thymeleaf, so a visitor downloads no JavaScript and
 * gets no session cookie.
 */
@ApplicationModule(allowedDependencies = {"base", "account"})
@NullMarked
package com.backinshape.portal.landing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
