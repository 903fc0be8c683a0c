package com.backinshape.portal.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * The development helpers (the dev mailbox, the simulated checkout's test controls, the printed dev admin password,
 * demo members at start) are on only on a developer's machine: the {@code prod} profile is off AND no mail server is
 * configured ({@code SPRING_MAIL_HOST} empty). A server that sends real email is never treated as a laptop, even when
 * started without {@code prod}.
 */
@Component
public class DevTools {

    private final boolean enabled;

    DevTools(Environment environment) {
        this.enabled = enabled(environment);
    }

    public boolean enabled() {
        return enabled;
    }

    public static boolean enabled(Environment environment) {
        return !environment.acceptsProfiles(Profiles.of("prod"))
                && environment.getProperty("spring.mail.host", "").isBlank();
    }

    /** Whether a request came from the machine itself (an IP literal, as {@code getRemoteAddr()} gives it). */
    public static boolean isLoopback(@Nullable String address) {
        if (address == null) {
            return false;
        }
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        return a.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}") || a.equals("::1") || a.equals("0:0:0:0:0:0:0:1");
    }

    /** A bean that exists only while {@link DevTools#enabled(Environment)}. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Conditional(OnDevTools.class)
    public @interface Only {}

    static final class OnDevTools implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return enabled(context.getEnvironment());
        }
    }
}
