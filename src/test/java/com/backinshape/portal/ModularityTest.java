package com.backinshape.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The features depend on each other only through their public APIs and events, with no cycles. */
class ModularityTest {

    @Test
    void features_respect_their_boundaries() {
        ApplicationModules.of(Application.class).verify();
    }
}
