package com.backinshape.portal.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.MutableClock;
import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.base.TimeConfig;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PreferenceLinksTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"), TimeConfig.LONDON);
    private final AppProperties app = new AppProperties(
            URI.create("https://members.example"),
            new AppProperties.Clinic("Back in Shape", "0203 947 32 22", "4 Cavendish Square", "hello@example.com"));

    private PreferenceLinks links(String secret, String... profiles) {
        var env = new MockEnvironment();
        env.setActiveProfiles(profiles);
        var l = new PreferenceLinks(new RemindersProperties(secret, Duration.ofDays(60), 200), app, clock, env);
        l.afterPropertiesSet();
        return l;
    }

    @Test
    void production_refuses_the_development_secret() {
        assertThatThrownBy(() -> links(RemindersProperties.DEV_SECRET, "prod"))
                .hasMessageContaining("EMAIL_LINK_SECRET");
        links("a-secret-of-its-own", "prod");
    }

    @Test
    void a_link_names_its_member_until_it_expires_and_another_secret_or_member_makes_it_invalid() {
        var links = links("secret-one");
        String token = links.token(42, clock.instant().plus(Duration.ofDays(60)));

        assertThat(links.memberOf(token)).isEqualTo(42);
        assertThatThrownBy(() -> links("secret-two").memberOf(token))
                .isInstanceOfSatisfying(
                        InvalidPreferenceLinkException.class,
                        e -> assertThat(e.isExpired()).isFalse());
        assertThatThrownBy(() -> links.memberOf("43" + token.substring(2)))
                .isInstanceOf(InvalidPreferenceLinkException.class);
        clock.advance(Duration.ofDays(60));
        assertThatThrownBy(() -> links.memberOf(token))
                .isInstanceOfSatisfying(
                        InvalidPreferenceLinkException.class,
                        e -> assertThat(e.isExpired()).isTrue());
        assertThat(links.forMember(42).oneClick())
                .startsWith("https://members.example/email-preferences/unsubscribe?token=42.");
    }
}
