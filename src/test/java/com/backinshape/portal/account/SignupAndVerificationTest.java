package com.backinshape.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.AccountEvents.MemberVerified;
import com.backinshape.portal.account.AccountEvents.SignupAttemptedForExistingAccount;
import com.backinshape.portal.account.AccountEvents.VerificationLinkIssued;
import com.backinshape.portal.account.SignupService.SignupRequest;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.base.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@RecordApplicationEvents
class SignupAndVerificationTest extends PortalTest {

    @Autowired
    SignupService signup;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MemberAuthenticationProvider authentication;

    @Autowired
    SessionRegistry sessionRegistry;

    private static final String SQUATTER_PASSWORD = "a squatter chose this one";

    @Test
    void whoever_signed_up_first_with_someone_elses_address_loses_it_when_the_owner_confirms() {
        String email = Members.uniqueEmail("pia");
        signup.signUp(
                new SignupRequest("Pia", email, SQUATTER_PASSWORD, true, true, null, null, null, null, true),
                "198.51.100.20");
        Authentication squatter = signIn(email, SQUATTER_PASSWORD); // signed in, not yet verified
        sessionRegistry.registerNewSession("squatter-session-" + email, squatter.getPrincipal());

        signup.signUp(Members.request("Pia", email), "198.51.100.21"); // the owner, with their own password
        MemberPrincipal owner = signup.confirmEmail(Members.lastVerificationToken(events, email));

        assertThat(owner.verified()).isTrue();
        assertThatThrownBy(() -> signIn(email, SQUATTER_PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(email, Members.PASSWORD).getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_MEMBER");
        assertThat(sessionRegistry
                        .getSessionInformation("squatter-session-" + email)
                        .isExpired())
                .isTrue();
    }

    @Test
    void a_new_link_asked_for_by_anyone_keeps_the_password_of_the_signup_it_replaces() {
        String email = Members.uniqueEmail("quin");
        signup.signUp(
                new SignupRequest("Quin", email, SQUATTER_PASSWORD, true, true, null, null, null, null, true),
                "198.51.100.22");
        signup.signUp(Members.request("Quin", email), "198.51.100.23"); // the owner
        signup.resendVerification(email, "198.51.100.24"); // the squatter asks for a new link

        signup.confirmEmail(Members.lastVerificationToken(events, email));

        assertThatThrownBy(() -> signIn(email, SQUATTER_PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(email, Members.PASSWORD).isAuthenticated()).isTrue();
    }

    private Authentication signIn(String email, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void signing_up_creates_an_unverified_member_with_the_article_it_came_from_and_consents() {
        String email = Members.uniqueEmail("ann");
        signup.signUp(
                new SignupRequest(
                        "Ann",
                        email,
                        Members.PASSWORD,
                        true,
                        true,
                        "tight-hamstrings",
                        "newsletter",
                        "email",
                        "november",
                        true),
                "198.51.100.1");

        Member ann = members.findByEmailKey(Member.emailKey(email)).orElseThrow();
        assertThat(ann.isVerified()).isFalse();
        assertThat(ann.getSourceRef()).isEqualTo("tight-hamstrings");
        assertThat(ann.getUtmSource()).isEqualTo("newsletter");
        assertThat(ann.getUtmMedium()).isEqualTo("email");
        assertThat(ann.getUtmCampaign()).isEqualTo("november");
        assertThat(ann.getTermsVersion()).isEqualTo(SignupService.TERMS_VERSION);
        assertThat(ann.getTermsAcceptedAt()).isEqualTo(START);
        assertThat(ann.getHealthConsentAt()).isEqualTo(START);
        assertThat(ann.getPasswordHash()).doesNotContain(Members.PASSWORD);
        assertThat(events.stream(VerificationLinkIssued.class)
                        .filter(e -> e.email().equals(email)))
                .singleElement()
                .satisfies(e -> assertThat(e.link()).startsWith("http://localhost:8080/verify?token="));
    }

    @Test
    void opening_the_link_alone_does_not_use_it_only_the_button_does() {
        String email = Members.uniqueEmail("bob");
        signup.signUp(Members.request("Bob", email), "198.51.100.2");
        String token = Members.lastVerificationToken(events, email);

        signup.checkVerificationLink(token); // a mail scanner opening the page
        signup.checkVerificationLink(token);
        assertThat(members.findByEmailKey(Member.emailKey(email)).orElseThrow().isVerified())
                .isFalse();

        MemberPrincipal signedIn = signup.confirmEmail(token);

        assertThat(signedIn.verified()).isTrue();
        assertThat(members.findByEmailKey(Member.emailKey(email)).orElseThrow().isVerified())
                .isTrue();
        assertThat(events.stream(MemberVerified.class).filter(e -> e.email().equals(email)))
                .hasSize(1);
    }

    @Test
    void a_used_link_cannot_be_used_again() {
        String email = Members.uniqueEmail("cat");
        signup.signUp(Members.request("Cat", email), "198.51.100.3");
        String token = Members.lastVerificationToken(events, email);
        signup.confirmEmail(token);

        assertThatThrownBy(() -> signup.confirmEmail(token))
                .isInstanceOfSatisfying(
                        InvalidLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidLinkException.Reason.USED));
        assertThat(events.stream(MemberVerified.class).filter(e -> e.email().equals(email)))
                .hasSize(1);
    }

    @Test
    void a_link_older_than_24_hours_has_expired() {
        String email = Members.uniqueEmail("dan");
        signup.signUp(Members.request("Dan", email), "198.51.100.4");
        String token = Members.lastVerificationToken(events, email);

        clock.advance(Duration.ofHours(24).plusSeconds(1));

        assertThatThrownBy(() -> signup.confirmEmail(token))
                .isInstanceOfSatisfying(
                        InvalidLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidLinkException.Reason.EXPIRED));
        assertThat(members.findByEmailKey(Member.emailKey(email)).orElseThrow().isVerified())
                .isFalse();
    }

    @Test
    void a_forged_or_truncated_link_is_refused() {
        String email = Members.uniqueEmail("eve");
        signup.signUp(Members.request("Eve", email), "198.51.100.5");
        String token = Members.lastVerificationToken(events, email);

        for (String forged : new String[] {"", "abc", token.substring(1), token + "x", "x".repeat(5000)}) {
            assertThatThrownBy(() -> signup.confirmEmail(forged))
                    .isInstanceOfSatisfying(
                            InvalidLinkException.class,
                            e -> assertThat(e.reason()).isEqualTo(InvalidLinkException.Reason.UNKNOWN));
        }
    }

    @Test
    void a_new_link_replaces_the_old_one() {
        String email = Members.uniqueEmail("fay");
        signup.signUp(Members.request("Fay", email), "198.51.100.6");
        String first = Members.lastVerificationToken(events, email);

        signup.resendVerification(email, "198.51.100.6");
        String second = Members.lastVerificationToken(events, email);

        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> signup.confirmEmail(first)).isInstanceOf(InvalidLinkException.class);
        assertThat(signup.confirmEmail(second).verified()).isTrue();
    }

    @Test
    void signing_up_again_with_a_verified_email_creates_nothing_and_tells_the_owner() {
        String email = Members.uniqueEmail("gus");
        long id = Members.verifiedMember(signup, events, "Gus", email);
        long before = members.count();

        signup.signUp(
                new SignupRequest(
                        "Impostor",
                        email.toUpperCase(),
                        "another long password",
                        true,
                        true,
                        null,
                        null,
                        null,
                        null,
                        true),
                "198.51.100.7");

        assertThat(members.count()).isEqualTo(before);
        assertThat(Members.reload(members, id).getFirstName()).isEqualTo("Gus");
        assertThat(events.stream(SignupAttemptedForExistingAccount.class).filter(e -> e.memberId() == id))
                .hasSize(1);
    }

    @Test
    void emails_are_unique_whatever_their_capitals_and_plus_tags_are_kept() {
        String email = "Zoe+Back." + System.nanoTime() + "@Example.COM";
        signup.signUp(Members.request("Zoe", email), "198.51.100.8");
        long before = members.count();

        signup.signUp(Members.request("Zoe", email.toLowerCase()), "198.51.100.8");

        assertThat(members.count()).isEqualTo(before);
        Member zoe = members.findByEmailKey(email.toLowerCase()).orElseThrow();
        assertThat(zoe.getEmail()).isEqualTo(email);
    }

    @Test
    void names_in_any_script_are_welcome_and_markup_is_kept_as_plain_text() {
        for (String name : new String[] {"José Ñúñez", "王小明", "<script>alert(1)</script>"}) {
            String email = Members.uniqueEmail("name");
            signup.signUp(Members.request(name, email), "198.51.100.9");
            assertThat(members.findByEmailKey(email).orElseThrow().getFirstName())
                    .isEqualTo(name);
        }
    }

    @Test
    void bad_input_gets_a_message_per_field_and_stores_nothing() {
        long before = members.count();
        assertInvalid(
                new SignupRequest("", "", "", false, false, null, null, null, null, false),
                "firstName",
                "email",
                "password",
                "terms",
                "health",
                "adult");
        assertInvalid(
                new SignupRequest(
                        "A".repeat(10_000), "not-an-email", "short", true, true, null, null, null, null, true),
                "firstName",
                "email",
                "password");
        assertInvalid(Members.request("Ann", "ann@"), "email");
        assertInvalid(Members.request("Ann", "ann example@example.com"), "email");
        assertInvalid(
                new SignupRequest("Ann", "ann@example.com", "password123", true, true, null, null, null, null, true),
                "password");
        assertInvalid(
                new SignupRequest(
                        "Ann",
                        "ann.long.pw@example.com",
                        "ann.long.pw@example.com",
                        true,
                        true,
                        null,
                        null,
                        null,
                        null,
                        true),
                "password");
        assertInvalid(
                new SignupRequest("Ann", "ann@example.com", "x".repeat(73), true, true, null, null, null, null, true),
                "password");
        assertInvalid(
                new SignupRequest("Ann", "ann@example.com", "ü".repeat(40), true, true, null, null, null, null, true),
                "password");
        assertThat(members.count()).isEqualTo(before);
        assertThat(events.stream(VerificationLinkIssued.class)).isEmpty();
    }

    @Test
    void too_many_signups_from_one_address_are_refused() {
        String ip = "192.0.2.77";
        for (int i = 0; i < EmailSendLimits.PER_CLIENT_PER_HOUR; i++) {
            signup.signUp(Members.request("Sam", Members.uniqueEmail("sam")), ip);
        }
        long before = members.count();

        assertThatThrownBy(() -> signup.signUp(Members.request("Sam", Members.uniqueEmail("sam")), ip))
                .isInstanceOf(RateLimitedException.class);
        assertThat(members.count()).isEqualTo(before);

        clock.advance(Duration.ofMinutes(61));
        signup.signUp(Members.request("Sam", Members.uniqueEmail("sam")), ip);
        assertThat(members.count()).isEqualTo(before + 1);
    }

    @Test
    void new_links_for_one_address_are_limited_per_hour() {
        String email = Members.uniqueEmail("lim");
        signup.signUp(Members.request("Lim", email), "192.0.2.10");
        for (int i = 1; i < EmailSendLimits.PER_ADDRESS_PER_HOUR; i++) { // the signup counted as the first
            signup.resendVerification(email, "192.0.2." + (20 + i));
        }
        assertThatThrownBy(() -> signup.resendVerification(email, "192.0.2.99"))
                .isInstanceOf(RateLimitedException.class);
        assertThat(events.stream(VerificationLinkIssued.class)
                        .filter(e -> e.email().equals(email)))
                .hasSize(EmailSendLimits.PER_ADDRESS_PER_HOUR);
    }

    private void assertInvalid(SignupRequest request, String... fields) {
        assertThatThrownBy(() -> signup.signUp(request, "198.51.100.200"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys(fields));
    }
}
