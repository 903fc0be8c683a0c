package com.backinshape.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.domain.Role;
import com.backinshape.portal.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** An admin's password step: it grants no admin role, and signing in again does not forget wrong codes. */
class AdminPasswordStepTest extends PortalTest {

    @Autowired
    MemberAuthenticationProvider authentication;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    MemberRepository members;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TransactionTemplate tx;

    @Test
    void the_password_alone_gives_an_admin_no_admin_role() {
        String email = newAdmin("Ola");

        Authentication result = signIn(email);

        assertThat(result.getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_MEMBER", "ROLE_NEEDS_SECOND_FACTOR");
    }

    @Test
    void wrong_codes_still_count_after_signing_in_again_with_the_password() {
        String email = newAdmin("Pia");
        signIn(email);
        secondFactor.startSetUp();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> secondFactor.confirmSetUp("12345")).isInstanceOf(InvalidInputException.class);
        }

        // the password step counts as an attempt until the code completes the sign-in, so the second
        // password step is the fifth attempt: the next code is refused as locked, not checked
        signIn(email);
        assertThatThrownBy(() -> secondFactor.confirmSetUp("12345")).isInstanceOf(SecondFactorLockedException.class);
    }

    private Authentication signIn(String email) {
        Authentication result = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, Members.PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(result);
        return result;
    }

    private String newAdmin(String name) {
        String email = Members.uniqueEmail(name.toLowerCase());
        tx.executeWithoutResult(s -> {
            var admin = new Member(
                    name,
                    email,
                    passwordEncoder.encode(Members.PASSWORD),
                    Role.ADMIN,
                    clock.instant(),
                    SignupService.TERMS_VERSION,
                    SignupService.HEALTH_CONSENT_VERSION);
            admin.markVerified(clock.instant());
            members.save(admin);
        });
        return email;
    }
}
