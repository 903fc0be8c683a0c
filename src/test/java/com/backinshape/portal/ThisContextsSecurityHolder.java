package com.backinshape.portal;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Vaadin installs its security context holder as a JVM-wide static, one instance per Spring context, each with its own
 * thread-local. When another test context (e.g. the browser tests') starts later, the static points at that one:
 * members signed in by a test, and the browserless UI set up before each test, would then be invisible to this
 * context's security. Before anything else of each test runs (extensions run before every {@code @BeforeEach} method),
 * this puts the test's own context's holder back.
 */
public class ThisContextsSecurityHolder implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context)
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
