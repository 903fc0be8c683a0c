package com.backinshape.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.backinshape.portal.account.AccountClosure;
import com.backinshape.portal.account.MemberPrincipal;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.rights.DataRightsTestBase;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;

/**
 * "Close my account": the password first; then the confirmation is delivered to the address, the paid subscription ends
 * now, sessions end, sign-in is refused, and nothing personal is left (the farewell email is forgotten once delivered).
 */
class AccountClosureTest extends DataRightsTestBase {

    @Autowired
    AccountClosure closure;

    @Autowired
    OutboxSender sender;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    AuthenticationProvider authentication;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void a_wrong_password_closes_nothing() {
        long id = Members.verifiedMember(signup, events, "Imogen", Members.uniqueEmail("imogen"));
        signIn(id);

        assertThatThrownBy(() -> closure.close("not my password"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKey("password"));

        assertThat(member(id).isErased()).isFalse();
    }

    @Test
    void closing_emails_a_confirmation_cancels_the_subscription_ends_sessions_and_leaves_nothing_behind()
            throws Exception {
        var m = memberWithEverything("Leocadia");
        signIn(m.id());
        var principal = (MemberPrincipal)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        sessions.registerNewSession("session-of-leocadia", principal);
        String customer = jdbc.queryForObject(
                "select stripe_customer_id from billing_subscription where member_id = ?", String.class, m.id());

        long leftByOthers = unhandledEvents();
        closure.close(Members.PASSWORD);

        assertThat(sessions.getSessionInformation("session-of-leocadia").isExpired())
                .isTrue();
        assertThat(member(m.id()).isErased()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> access.tierFor(m.id()) == Tier.FREE);
        assertThat(jdbc.queryForObject(
                        "select status from billing_subscription where member_id = ?", String.class, m.id()))
                .isEqualTo("CANCELED");

        // the farewell is delivered to the address, then forgotten like the rest
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            sender.sendDue();
            return Arrays.stream(SMTP.getReceivedMessages()).anyMatch(this::isFarewell);
        });
        MimeMessage farewell = Arrays.stream(SMTP.getReceivedMessages())
                .filter(this::isFarewell)
                .findFirst()
                .orElseThrow();
        assertThat(farewell.getAllRecipients()[0].toString()).isEqualTo(m.email());
        await().atMost(Duration.ofSeconds(20)).until(() -> unhandledEvents() <= leftByOthers);
        assertThat(com.backinshape.portal.rights.PersonalDataScanAccess.leftovers(
                        dataSource, m.id(), customer, m.secrets()))
                .isEmpty();
        // last, as a failed sign-in is itself recorded (by address, for the lockout; kept a day)
        assertThatThrownBy(() -> authentication.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(m.email(), Members.PASSWORD)))
                .isInstanceOf(AuthenticationException.class);
    }

    private boolean isFarewell(MimeMessage message) {
        try {
            return "Your account is closed".equals(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
