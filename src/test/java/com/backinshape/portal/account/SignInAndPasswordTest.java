package com.backinshape.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.AccountEvents.PasswordResetLinkIssued;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.base.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@RecordApplicationEvents
class SignInAndPasswordTest extends PortalTest {

    @Autowired
    SignupService signup;

    @Autowired
    PasswordService passwords;

    @Autowired
    MemberAuthenticationProvider authentication;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void a_verified_member_signs_in_with_any_capitals_in_the_email() {
        String email = Members.uniqueEmail("ivy");
        Members.verifiedMember(signup, events, "Ivy", email);

        Authentication result = signIn(email.toUpperCase(), Members.PASSWORD);

        assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MEMBER");
        assertThat(((MemberPrincipal) result.getPrincipal()).firstName()).isEqualTo("Ivy");
    }

    @Test
    void an_unverified_member_can_sign_in_but_only_as_unverified() {
        String email = Members.uniqueEmail("una");
        signup.signUp(Members.request("Una", email), "203.0.113.50");

        Authentication result = signIn(email, Members.PASSWORD);

        assertThat(result.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_UNVERIFIED");
    }

    @Test
    void five_failures_lock_the_email_for_15_minutes_even_with_the_right_password() {
        String email = Members.uniqueEmail("jon");
        Members.verifiedMember(signup, events, "Jon", email);

        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> signIn(email, "wrong password!")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(email, "wrong password!")).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn(email, Members.PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIn(email, Members.PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(email, Members.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_burst_of_parallel_wrong_passwords_gets_no_more_than_five_checked_and_no_error() throws Exception {
        String email = Members.uniqueEmail("burst");
        Members.verifiedMember(signup, events, "Bo", email);

        List<Throwable> outcomes = inParallel(20, i -> signIn(email, "wrong guess number " + i));

        assertThat(outcomes)
                .allSatisfy(e -> assertThat(e).isInstanceOfAny(BadCredentialsException.class, LockedException.class));
        assertThat(outcomes)
                .filteredOn(e -> e instanceof BadCredentialsException)
                .hasSizeLessThanOrEqualTo(LoginAttempts.MAX_FAILURES - 1);
        assertThatThrownBy(() -> signIn(email, Members.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void parallel_attempts_are_counted_one_by_one_before_any_password_is_checked() throws Exception {
        String email = Members.uniqueEmail("count");

        List<Boolean> admitted = inParallel(20, i -> attempts.tryAttempt(email));

        assertThat(admitted).filteredOn(Boolean::booleanValue).hasSize(LoginAttempts.MAX_FAILURES);
        assertThat(attempts.isLocked(email)).isTrue();
    }

    @Test
    void two_first_failures_at_the_same_moment_are_both_just_failures() throws Exception {
        for (int round = 0; round < 5; round++) {
            String email = Members.uniqueEmail("race");
            List<Throwable> outcomes = inParallel(2, i -> signIn(email, "guess"));
            assertThat(outcomes)
                    .allSatisfy(e -> assertThat(e)
                            .isInstanceOf(BadCredentialsException.class)
                            .hasMessage(MemberAuthenticationProvider.BAD_CREDENTIALS));
        }
    }

    @Test
    void one_client_trying_many_emails_is_stopped_while_others_still_sign_in() {
        String email = Members.uniqueEmail("spray");
        Members.verifiedMember(signup, events, "Sue", email);
        for (int i = 0; i < MemberAuthenticationProvider.PER_CLIENT; i++) {
            String other = Members.uniqueEmail("victim");
            assertThatThrownBy(() -> signInFrom("192.0.2.150", other, "Summer2026!"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signInFrom("192.0.2.150", email, Members.PASSWORD))
                .isInstanceOf(LockedException.class)
                .hasMessage(MemberAuthenticationProvider.CLIENT_LIMITED);
        assertThat(signInFrom("192.0.2.151", email, Members.PASSWORD).isAuthenticated())
                .isTrue();

        clock.advance(Duration.ofMinutes(16));
        assertThat(signInFrom("192.0.2.150", email, Members.PASSWORD).isAuthenticated())
                .isTrue();
    }

    @Test
    void wrong_current_passwords_on_the_account_page_count_towards_the_lockout() {
        String email = Members.uniqueEmail("acc");
        long id = Members.verifiedMember(signup, events, "Ace", email);
        Members.signIn(members, tx, id);

        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> passwords.changePassword("not my password", "a brand new passphrase", null))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors())
                                    .containsEntry("currentPassword", "This is not your current password."));
        }
        assertThatThrownBy(() -> passwords.changePassword("not my password", "a brand new passphrase", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsEntry("currentPassword", CurrentPasswordCheck.LOCKED));
        assertThatThrownBy(() -> passwords.changePassword(Members.PASSWORD, "a brand new passphrase", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsEntry("currentPassword", CurrentPasswordCheck.LOCKED));
        assertThatThrownBy(() -> signIn(email, Members.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void an_older_password_hash_is_replaced_at_the_next_sign_in_and_keeps_working() {
        String email = Members.uniqueEmail("old");
        long id = Members.verifiedMember(signup, events, "Olga", email);
        String older = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(Members.PASSWORD);
        tx.executeWithoutResult(s -> members.findById(id).orElseThrow().setPasswordHash(older));

        assertThat(signIn(email, Members.PASSWORD).isAuthenticated()).isTrue();

        String stored = tx.execute(s -> Members.reload(members, id).getPasswordHash());
        assertThat(stored).isNotEqualTo(older).startsWith("{bcrypt}$2a$");
        assertThat(passwordEncoder.upgradeEncoding(stored)).isFalse();
        assertThat(signIn(email, Members.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_stored_plain_text_or_md5_password_never_signs_in() {
        String email = Members.uniqueEmail("noop");
        long id = Members.verifiedMember(signup, events, "Nora", email);
        for (String stored : new String[] {"{noop}" + Members.PASSWORD, "{MD5}" + Members.PASSWORD, Members.PASSWORD}) {
            tx.executeWithoutResult(s -> members.findById(id).orElseThrow().setPasswordHash(stored));
            assertThatThrownBy(() -> signIn(email, Members.PASSWORD))
                    .as(stored)
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void an_email_without_an_account_locks_the_same_way_with_the_same_messages() {
        String nobody = Members.uniqueEmail("nobody");
        String somebody = Members.uniqueEmail("somebody");
        Members.verifiedMember(signup, events, "Some", somebody);

        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            String a = failureMessage(nobody);
            String b = failureMessage(somebody);
            assertThat(a).isEqualTo(b).isEqualTo(MemberAuthenticationProvider.BAD_CREDENTIALS);
        }
        assertThatThrownBy(() -> signIn(nobody, "guess"))
                .isInstanceOf(LockedException.class)
                .hasMessage(MemberAuthenticationProvider.LOCKED);
        assertThatThrownBy(() -> signIn(somebody, "guess"))
                .isInstanceOf(LockedException.class)
                .hasMessage(MemberAuthenticationProvider.LOCKED);
    }

    @Test
    void a_password_too_long_for_the_hash_is_just_a_failed_sign_in() {
        String email = Members.uniqueEmail("kim");
        Members.verifiedMember(signup, events, "Kim", email);

        assertThatThrownBy(() -> signIn(email, "ü".repeat(100))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_disabled_account_cannot_sign_in() {
        String email = Members.uniqueEmail("lee");
        long id = Members.verifiedMember(signup, events, "Lee", email);
        tx.executeWithoutResult(s -> members.findById(id).orElseThrow().setEnabled(false));

        assertThatThrownBy(() -> signIn(email, Members.PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void a_reset_link_sets_a_new_password_once_and_the_old_one_stops_working() {
        String email = Members.uniqueEmail("max");
        Members.verifiedMember(signup, events, "Max", email);

        passwords.requestReset(email, "203.0.113.60");
        String token = lastResetToken(email);
        passwords.checkResetLink(token); // opening the page uses nothing
        passwords.resetPassword(token, "a brand new passphrase");

        assertThat(signIn(email, "a brand new passphrase").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> signIn(email, Members.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> passwords.resetPassword(token, "yet another passphrase"))
                .isInstanceOfSatisfying(
                        InvalidLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidLinkException.Reason.USED));
    }

    @Test
    void a_reset_link_expires_after_one_hour() {
        String email = Members.uniqueEmail("ned");
        Members.verifiedMember(signup, events, "Ned", email);
        passwords.requestReset(email, "203.0.113.61");
        String token = lastResetToken(email);

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        assertThatThrownBy(() -> passwords.resetPassword(token, "a brand new passphrase"))
                .isInstanceOfSatisfying(
                        InvalidLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidLinkException.Reason.EXPIRED));
        assertThat(signIn(email, Members.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void asking_to_reset_an_unknown_email_looks_the_same_and_sends_nothing() {
        passwords.requestReset(Members.uniqueEmail("ghost"), "203.0.113.62");

        assertThat(events.stream(PasswordResetLinkIssued.class)).isEmpty();
    }

    @Test
    void a_weak_new_password_is_refused_and_the_link_stays_usable() {
        String email = Members.uniqueEmail("ola");
        Members.verifiedMember(signup, events, "Ola", email);
        passwords.requestReset(email, "203.0.113.63");
        String token = lastResetToken(email);

        assertThatThrownBy(() -> passwords.resetPassword(token, "qwertyuiop"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKey("password"));
        passwords.resetPassword(token, "a brand new passphrase");
        assertThat(signIn(email, "a brand new passphrase").isAuthenticated()).isTrue();
    }

    private Authentication signIn(String email, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private Authentication signInFrom(String clientAddress, String email, String password) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails(clientAddress, null));
        return authentication.authenticate(attempt);
    }

    /** Runs {@code n} calls at the same moment; answers what each returned or threw. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> inParallel(int n, IntFunction<?> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            var start = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.apply(index);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add((T) result.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private String failureMessage(String email) {
        try {
            signIn(email, "guess");
            throw new AssertionError("signed in");
        } catch (BadCredentialsException e) {
            return e.getMessage();
        }
    }

    private String lastResetToken(String email) {
        return events.stream(PasswordResetLinkIssued.class)
                .filter(e -> e.email().equals(email))
                .reduce((a, b) -> b)
                .map(e -> e.link().substring(e.link().indexOf("token=") + 6))
                .orElseThrow();
    }
}
