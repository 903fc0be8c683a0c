package com.backinshape.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** The first admin's password is printed on a developer's machine only; elsewhere a link is emailed. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private final MemberRepository members = mock(MemberRepository.class);
    private final PasswordService passwords = mock(PasswordService.class);

    @Test
    void without_a_mail_server_the_dev_admin_password_is_printed_once(CapturedOutput output) {
        bootstrap(new MockEnvironment()).run(new DefaultApplicationArguments());

        assertThat(output.getOut()).contains("Dev admin created. Sign in at /login as admin@clinic.test with password");
        verify(passwords, never()).inviteAdmin(any());
    }

    @Test
    void with_a_mail_server_no_password_is_printed_and_a_set_password_link_is_emailed(CapturedOutput output) {
        bootstrap(new MockEnvironment().withProperty("spring.mail.host", "smtp.example.com"))
                .run(new DefaultApplicationArguments());

        assertThat(output.getOut()).doesNotContain("with password");
        verify(passwords).inviteAdmin(any(Member.class));
    }

    private AdminBootstrap bootstrap(MockEnvironment environment) {
        when(members.existsByEmailKey("admin@clinic.test")).thenReturn(false);
        when(members.save(any(Member.class))).thenAnswer(i -> i.getArgument(0));
        return new AdminBootstrap(
                members,
                PasswordHashing.encoder(4),
                passwords,
                environment,
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC),
                new AdminProperties("admin@clinic.test", ""));
    }
}
