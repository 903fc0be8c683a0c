package com.backinshape.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.AccountEvents.EmailChangeLinkIssued;
import com.backinshape.portal.account.AccountEvents.EmailChanged;
import com.backinshape.portal.account.AccountEvents.MemberVerified;
import com.backinshape.portal.account.AccountEvents.PasswordResetLinkIssued;
import com.backinshape.portal.account.AccountEvents.SignupAttemptedForExistingAccount;
import com.backinshape.portal.account.AccountEvents.VerificationLinkIssued;
import com.backinshape.portal.notification.domain.OutboxEmail;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountNotificationEmailsTest extends NotificationTestBase {

    private static final String CLINIC_FOOTER = "Back in Shape · 0203 947 32 22 · 4 Cavendish Square, London W1G 0PG";

    @Test
    void a_verification_link_goes_to_the_new_member_with_the_link_in_both_parts() {
        long member = uniqueId();
        String address = uniqueAddress("amy");
        var event =
                new VerificationLinkIssued(member, address, "Amy", uniqueId(), "http://localhost:8080/verify?token=t1");
        publishInTransaction(event);

        OutboxEmail email = awaitEmail("verify-link:" + event.tokenId());
        assertThat(email.getToAddress()).isEqualTo(address);
        assertThat(email.getMemberId()).isEqualTo(member);
        assertThat(email.getSubject()).isEqualTo("Confirm your email");
        assertThat(email.getTextBody())
                .contains(
                        "Hello Amy,",
                        "http://localhost:8080/verify?token=t1",
                        CLINIC_FOOTER,
                        "You are getting this email because someone signed up at Back in Shape with this address.");
        assertThat(email.getHtmlBody())
                .contains(
                        "href=\"http://localhost:8080/verify?token=t1\"",
                        "Confirm your email",
                        "0203 947 32 22",
                        "4 Cavendish Square, London W1G 0PG",
                        "tel:+442039473222",
                        "You are getting this email because");
    }

    @Test
    void a_verified_member_is_welcomed() {
        long member = uniqueId();
        String address = uniqueAddress("bea");
        publishInTransaction(new MemberVerified(member, address, "Bea", "article-hamstrings"));

        OutboxEmail email = awaitEmail("welcome:" + member);
        assertThat(email.getToAddress()).isEqualTo(address);
        assertThat(email.getSubject()).isEqualTo("Welcome to Back in Shape");
        assertThat(email.getTextBody()).contains("Hello Bea,", "http://localhost:8080/");
        for (String body : new String[] {email.getTextBody(), email.getHtmlBody()}) {
            assertThat(body)
                    .as("cauda equina symptoms go to A&E or 999, never to a GP, 111 or us")
                    .containsPattern("Go to A&(amp;)?E now, or call (<a href=\"tel:999\">)?999")
                    .contains("both legs")
                    .contains("sexual function")
                    .doesNotContain("call your GP, 111, or us");
        }
    }

    @Test
    void the_owner_of_an_address_hears_of_a_signup_attempt_with_sign_in_and_reset_links() {
        String address = uniqueAddress("cat");
        var event = new SignupAttemptedForExistingAccount(
                uniqueId(),
                address,
                "Cat",
                UUID.randomUUID(),
                "http://localhost:8080/login",
                "http://localhost:8080/forgot-password");
        publishInTransaction(event);

        OutboxEmail email = awaitEmail("signup-attempt:" + event.attemptId());
        assertThat(email.getToAddress()).isEqualTo(address);
        assertThat(email.getSubject()).isEqualTo("Someone tried to sign up with your email");
        assertThat(DevMailbox.links(email.getHtmlBody()))
                .containsExactly("http://localhost:8080/login", "http://localhost:8080/forgot-password");
        assertThat(email.getTextBody())
                .contains("http://localhost:8080/login", "http://localhost:8080/forgot-password");
    }

    @Test
    void a_reset_link_goes_to_the_member_and_an_admin_invite_asks_to_set_the_admin_password() {
        String member = uniqueAddress("dee");
        String admin = uniqueAddress("eve");
        var reset = new PasswordResetLinkIssued(
                uniqueId(), member, "Dee", uniqueId(), "http://localhost:8080/reset-password?token=r1", false);
        var invite = new PasswordResetLinkIssued(
                uniqueId(), admin, "Admin", uniqueId(), "http://localhost:8080/reset-password?token=r2", true);
        publishInTransaction(reset, invite);

        OutboxEmail resetEmail = awaitEmail("reset-link:" + reset.tokenId());
        assertThat(resetEmail.getToAddress()).isEqualTo(member);
        assertThat(resetEmail.getSubject()).isEqualTo("Reset your password");
        assertThat(resetEmail.getTextBody()).contains("http://localhost:8080/reset-password?token=r1");
        OutboxEmail inviteEmail = awaitEmail("reset-link:" + invite.tokenId());
        assertThat(inviteEmail.getToAddress()).isEqualTo(admin);
        assertThat(inviteEmail.getSubject()).isEqualTo("Set your admin password");
        assertThat(inviteEmail.getHtmlBody()).contains("http://localhost:8080/reset-password?token=r2");
    }

    @Test
    void an_email_change_link_goes_to_the_new_address() {
        String newAddress = uniqueAddress("fay.new");
        var event = new EmailChangeLinkIssued(
                uniqueId(), newAddress, "Fay", uniqueId(), "http://localhost:8080/account/confirm-email?token=c1");
        publishInTransaction(event);

        OutboxEmail email = awaitEmail("email-change-link:" + event.tokenId());
        assertThat(email.getToAddress()).isEqualTo(newAddress);
        assertThat(email.getSubject()).isEqualTo("Confirm your new email address");
        assertThat(email.getTextBody()).contains("http://localhost:8080/account/confirm-email?token=c1");
    }

    @Test
    void a_changed_email_is_reported_to_the_old_address_without_revealing_the_new_one() {
        String oldAddress = uniqueAddress("gus.old");
        String newAddress = "gus.somewhere.new@example.org";
        var event = new EmailChanged(uniqueId(), oldAddress, newAddress, "Gus", uniqueId());
        publishInTransaction(event);

        OutboxEmail email = awaitEmail("email-changed:" + event.tokenId());
        assertThat(email.getToAddress()).isEqualTo(oldAddress);
        assertThat(email.getSubject()).isEqualTo("Your email address was changed");
        assertThat(email.getTextBody())
                .contains("g•••@example.org", "0203 947 32 22")
                .doesNotContain(newAddress);
        assertThat(email.getHtmlBody()).doesNotContain(newAddress);
    }

    @Test
    void a_first_name_with_markup_arrives_escaped_in_the_html_part() throws Exception {
        String address = uniqueAddress("hal");
        var event = new VerificationLinkIssued(
                uniqueId(),
                address,
                "<script>alert(1)</script>",
                uniqueId(),
                "http://localhost:8080/verify?token=\"><script>x</script>");
        publishInTransaction(event);

        OutboxEmail email = awaitEmail("verify-link:" + event.tokenId());
        assertThat(email.getHtmlBody())
                .contains("Hello <span>&lt;script&gt;alert(1)&lt;/script&gt;</span>")
                .doesNotContain("<script>");
        deliverLeftovers();
        var html = ((jakarta.mail.internet.MimeMultipart)
                        receivedBy(address).getFirst().getContent())
                .getBodyPart(1);
        assertThat(html.getContent().toString())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void every_account_email_has_both_parts_and_the_clinic_footer() {
        for (String template : new String[] {
            "verify-email",
            "welcome",
            "signup-attempt",
            "password-reset",
            "admin-invite",
            "email-change",
            "email-changed"
        }) {
            String key = "template-check:" + template + ":" + uniqueId();
            outboxInTransaction(key, template);
            OutboxEmail email = outbox.findByDedupKey(key).orElseThrow();
            assertThat(email.getTextBody())
                    .as(template)
                    .contains(CLINIC_FOOTER, "You are getting this email because")
                    .doesNotContain("[(", "${");
            assertThat(email.getHtmlBody())
                    .as(template)
                    .contains("lang=\"en-GB\"", "4 Cavendish Square", "You are getting this email because")
                    .doesNotContain(" th:", "${");
        }
    }

    private void outboxInTransaction(String key, String template) {
        var model = java.util.Map.of(
                "firstName",
                "Ivy",
                "link",
                "http://localhost:8080/x",
                "signInLink",
                "http://localhost:8080/login",
                "resetLink",
                "http://localhost:8080/forgot-password",
                "maskedNewEmail",
                "i•••@example.com");
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(
                        s -> emailOutbox.enqueue(key, null, uniqueAddress("ivy"), "Check", template, model));
    }

    @org.springframework.beans.factory.annotation.Autowired
    EmailOutbox emailOutbox;
}
