package com.backinshape.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.domain.MemberRepository;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ending a member's sessions takes effect on every instance of the portal, not only the one that did it: the instances
 * share nothing but the database.
 */
@RecordApplicationEvents
class SessionsEndEverywhereTest extends PortalTest {

    @Autowired
    SignupService signup;

    @Autowired
    PasswordService passwords;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionRegistry sessionRegistry;

    @Test
    void a_browser_signed_in_here_is_signed_out_on_its_next_request_once_another_instance_ended_the_members_sessions()
            throws Exception {
        String email = Members.uniqueEmail("ada");
        long id = Members.verifiedMember(signup, events, "Ada", email);
        MockHttpSession browser = signInThroughTheForm(email);
        mvc().perform(get("/terms").session(browser)).andExpect(status().isOk()).andExpect(authenticated());

        // what the other instance's reset stored (a second later than the confirmation of the email, which
        // already ended any sessions an earlier signup with the address had)
        jdbc.sql("update member set sessions_valid_from = ? where id = ?")
                .param(clock.instant().plusSeconds(1).atOffset(java.time.ZoneOffset.UTC))
                .param(id)
                .update();

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> mvc().perform(get("/terms").session(browser)).andExpect(redirectedUrl("/login?ended")));
        assertThat(browser.isInvalid()).isTrue();
    }

    @Test
    void a_password_reset_here_signs_the_member_out_on_another_instance() {
        String email = Members.uniqueEmail("bea");
        long id = Members.verifiedMember(signup, events, "Bea", email);
        MemberPrincipal principal =
                tx.execute(s -> new MemberPrincipal(members.findById(id).orElseThrow()));
        var otherInstance = new MemberSessionRegistry(jdbc, Duration.ZERO);
        otherInstance.registerNewSession("bea-on-instance-b", principal);
        assertThat(otherInstance.getSessionInformation("bea-on-instance-b").isExpired())
                .isFalse();

        passwords.requestReset(email, "203.0.113.91");
        String link = events.stream(AccountEvents.PasswordResetLinkIssued.class)
                .reduce((a, b) -> b)
                .orElseThrow()
                .link();
        passwords.resetPassword(link.substring(link.indexOf("token=") + 6), "another fine passphrase");

        assertThat(otherInstance.getSessionInformation("bea-on-instance-b").isExpired())
                .isTrue();
    }

    @Test
    void changing_the_password_keeps_this_browser_signed_in_and_ends_the_members_sessions_elsewhere() {
        String email = Members.uniqueEmail("cal");
        long id = Members.verifiedMember(signup, events, "Cal", email);
        MemberPrincipal principal =
                tx.execute(s -> new MemberPrincipal(members.findById(id).orElseThrow()));
        var otherInstance = new MemberSessionRegistry(jdbc, Duration.ZERO);
        otherInstance.registerNewSession("cal-on-instance-b", principal);
        sessionRegistry.registerNewSession("cal-laptop-here", principal);
        sessionRegistry.registerNewSession("cal-phone-here", principal);

        Members.signIn(members, tx, id);
        passwords.changePassword(Members.PASSWORD, "a new long passphrase", "cal-laptop-here");

        assertThat(otherInstance.getSessionInformation("cal-on-instance-b").isExpired())
                .isTrue();
        assertThat(sessionRegistry.getSessionInformation("cal-phone-here").isExpired())
                .isTrue();
        await().during(Duration.ofMillis(2500))
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(sessionRegistry
                                .getSessionInformation("cal-laptop-here")
                                .isExpired())
                        .isFalse());
    }

    @Test
    void signing_in_again_after_the_sessions_were_ended_gives_a_session_that_stays_signed_in() throws Exception {
        String email = Members.uniqueEmail("dot");
        long id = Members.verifiedMember(signup, events, "Dot", email);
        jdbc.sql("update member set sessions_valid_from = ? where id = ?")
                .param(clock.instant().plusSeconds(3600).atOffset(java.time.ZoneOffset.UTC))
                .param(id)
                .update();

        MockHttpSession browser = signInThroughTheForm(email);

        await().during(Duration.ofMillis(2500))
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> mvc().perform(get("/terms").session(browser))
                        .andExpect(status().isOk())
                        .andExpect(authenticated()));
    }

    private MockHttpSession signInThroughTheForm(String email) throws Exception {
        var result = mvc().perform(formLogin("/login").user(email).password(Members.PASSWORD))
                .andExpect(authenticated())
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
