package com.backinshape.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DevToolsTest {

    @Test
    void development_helpers_are_on_only_without_prod_and_without_a_mail_server() {
        assertThat(DevTools.enabled(new MockEnvironment())).isTrue();
        assertThat(DevTools.enabled(new MockEnvironment().withProperty("spring.mail.host", "")))
                .isTrue();
        assertThat(DevTools.enabled(new MockEnvironment().withProperty("spring.mail.host", "smtp.example.com")))
                .as("a server that sends real email, started without prod")
                .isFalse();
        var prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThat(DevTools.enabled(prod)).isFalse();
    }

    @Test
    void only_the_machine_itself_counts_as_local() {
        for (String local : new String[] {"127.0.0.1", "127.1.2.3", "::1", "0:0:0:0:0:0:0:1", "[::1]"}) {
            assertThat(DevTools.isLoopback(local)).as(local).isTrue();
        }
        for (String remote : new String[] {
            "10.0.0.1",
            "192.168.1.10",
            "203.0.113.9",
            "::ffff:203.0.113.9",
            "127.0.0.1.evil.example",
            "localhost",
            "unknown",
            "",
            null
        }) {
            assertThat(DevTools.isLoopback(remote)).as(String.valueOf(remote)).isFalse();
        }
    }
}
