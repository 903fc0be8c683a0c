package com.backinshape.portal;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.backinshape.portal.billing.TestGateways;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The shared base of the tests that run against the whole application on H2: one Spring context for all of them, a
 * clock they can move, schedulers off (tests run the jobs themselves), and a real SMTP server (GreenMail) receiving
 * what the portal sends. Views can be driven without a browser.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:portal-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "app.scheduling.enabled=false",
            "app.admin.email=admin@test.local",
            "app.admin.password=admin-password-for-tests",
            "spring.modulith.events.republish-outstanding-events-on-restart=false",
            "spring.lifecycle.timeout-per-shutdown-phase=2s",
            // bcrypt's cost as before the production cost of 12, so that the many signups of the tests stay quick
            "app.security.bcrypt-cost=10",
            "spring.jpa.properties.hibernate.session_factory.statement_inspector=com.backinshape.portal.SqlStatements"
        })
@Import({TestClockConfig.class, TestGateways.class})
@ExtendWith(ThisContextsSecurityHolder.class)
public abstract class PortalTest extends SpringBrowserlessTest {

    /** 26 November 2026, 10:00 in London. */
    public static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    protected static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    protected MutableClock clock;

    @Autowired
    private WebApplicationContext webContext;

    private @Nullable MockMvc mockMvc;

    /** HTTP requests to the portal's non-Vaadin endpoints (landing pages, webhooks), through its security. */
    protected MockMvc mvc() {
        if (mockMvc == null) {
            mockMvc = MockMvcBuilders.webAppContextSetup(webContext)
                    .apply(springSecurity())
                    .build();
        }
        return mockMvc;
    }

    @BeforeEach
    void resetClockAndMail() throws Exception {
        clock.set(START);
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
