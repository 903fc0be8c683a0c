package com.backinshape.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.account.AuthenticatorAdministration;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SecondFactor;
import com.backinshape.portal.account.SecondFactorLockedException;
import com.backinshape.portal.account.ui.SecondFactorSetUpView;
import com.backinshape.portal.admin.ui.AdminDashboardView;
import com.backinshape.portal.base.InvalidInputException;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Admins' second sign-in step: setting up the authenticator, codes, recovery codes, lockout and resets. */
class SecondFactorTest extends AdminTestBase {

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    MemberAdmin memberAdmin;

    @Autowired
    AuthenticatorAdministration authenticators;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_sets_up_the_authenticator_with_its_first_code_and_only_then_reaches_admin_services() {
        long ann = newAdmin("Ann");
        Members.signInWithPasswordOnly(members, tx, ann);
        assertThat(secondFactor.pending()).isEqualTo(SecondFactor.Pending.SET_UP);
        assertThatThrownBy(() -> audit.page(AuditRecord.Filter.all(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);

        var setUp = secondFactor.startSetUp();
        assertThat(secondFactor.startSetUp().secret())
                .as("the same key until confirmed")
                .isEqualTo(setUp.secret());
        assertThat(setUp.otpauthUri())
                .startsWith("otpauth://totp/")
                .contains("secret=" + setUp.secret())
                .contains("issuer=Back");
        assertThatThrownBy(() -> secondFactor.confirmSetUp(wrong(code(setUp.secret(), clock.instant()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .containsEntry("code", "That code is not right. Please check the app and try again."));

        List<String> recoveryCodes = secondFactor.confirmSetUp(code(setUp.secret(), clock.instant()));

        assertThat(recoveryCodes)
                .hasSize(10)
                .doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(c).matches("[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}"));
        assertThat(secondFactor.pending()).isEqualTo(SecondFactor.Pending.NOTHING);
        assertThat(audit.page(AuditRecord.Filter.all(), PageRequest.of(0, 5))).isNotEmpty();
        assertThat(auditFor(ann)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SET_UP_AUTHENTICATOR);
            assertThat(e.actorEmail()).isEqualTo(member(ann).getEmail());
        });
        List<String> stored =
                jdbc.queryForList("select code_hash from admin_recovery_code where member_id = ?", String.class, ann);
        assertThat(stored)
                .hasSize(10)
                .noneMatch(h -> recoveryCodes.stream().anyMatch(c -> h.contains(c.replace("-", ""))));
    }

    @Test
    void the_code_is_asked_at_each_sign_in_follows_the_clock_and_works_only_once() {
        long bea = newAdmin("Bea");
        String secret = setUp(bea);

        Members.signInWithPasswordOnly(members, tx, bea);
        assertThat(secondFactor.pending()).isEqualTo(SecondFactor.Pending.CODE);
        assertThatThrownBy(
                        () -> secondFactor.verify(code(secret, clock.instant().minus(Duration.ofMinutes(2)))))
                .as("a code two minutes old")
                .isInstanceOf(InvalidInputException.class);
        clock.advance(Duration.ofSeconds(30));
        String now = code(secret, clock.instant());
        secondFactor.verify(now.substring(0, 3) + " " + now.substring(3));
        assertThat(secondFactor.pending()).isEqualTo(SecondFactor.Pending.NOTHING);
        assertThat(memberAdmin.file(bea)).isPresent();

        Members.signInWithPasswordOnly(members, tx, bea);
        assertThatThrownBy(() -> secondFactor.verify(now))
                .as("the same code again")
                .isInstanceOf(InvalidInputException.class);
        clock.advance(Duration.ofSeconds(30));
        secondFactor.verify(code(secret, clock.instant()));
        assertThat(secondFactor.pending()).isEqualTo(SecondFactor.Pending.NOTHING);
    }

    @Test
    void a_recovery_code_signs_in_once_and_its_use_is_in_the_audit_log() {
        long cy = newAdmin("Cy");
        Members.signInWithPasswordOnly(members, tx, cy);
        String secret = secondFactor.startSetUp().secret();
        List<String> recoveryCodes = secondFactor.confirmSetUp(code(secret, clock.instant()));

        Members.signInWithPasswordOnly(members, tx, cy);
        secondFactor.verify(recoveryCodes.get(3).toUpperCase());
        assertThat(secondFactor.pending()).isEqualTo(SecondFactor.Pending.NOTHING);
        assertThat(auditFor(cy)).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.USED_RECOVERY_CODE);
            assertThat(e.detail()).isEqualTo("9 recovery codes left");
        });

        Members.signInWithPasswordOnly(members, tx, cy);
        assertThatThrownBy(() -> secondFactor.verify(recoveryCodes.get(3))).isInstanceOf(InvalidInputException.class);
        signInAsAdmin();
        assertThat(authenticators.status(cy))
                .hasValueSatisfying(s -> assertThat(s.recoveryCodesLeft()).isEqualTo(9));
    }

    @Test
    void wrong_codes_count_towards_the_lockout_and_then_even_the_right_code_waits_15_minutes() {
        long dot = newAdmin("Dot");
        String secret = setUp(dot);
        clock.advance(Duration.ofSeconds(30));
        Members.signInWithPasswordOnly(members, tx, dot);
        String right = code(secret, clock.instant());

        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> secondFactor.verify(wrong(right))).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> secondFactor.verify(wrong(right)))
                .isInstanceOf(SecondFactorLockedException.class)
                .hasMessageContaining("wait 15 minutes");
        Members.signInWithPasswordOnly(members, tx, dot);
        assertThatThrownBy(() -> secondFactor.verify(right)).isInstanceOf(SecondFactorLockedException.class);

        clock.advance(Duration.ofMinutes(16));
        Members.signInWithPasswordOnly(members, tx, dot);
        secondFactor.verify(code(secret, clock.instant()));
        assertThat(secondFactor.pending()).isEqualTo(SecondFactor.Pending.NOTHING);
    }

    @Test
    void an_admin_resets_another_admins_authenticator_with_a_reason_kept_in_the_audit_log() {
        long eve = newAdmin("Eve");
        setUp(eve);
        long member = verifiedMember("Mia");
        signInAsAdmin();
        assertThat(authenticators.status(eve)).isPresent();

        assertThatThrownBy(() -> memberAdmin.resetAuthenticator(eve, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKey("reason"));
        assertThatThrownBy(() -> memberAdmin.resetAuthenticator(member, "Lost phone"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsEntry("form", "Only admins have an authenticator."));
        assertThatThrownBy(() -> memberAdmin.resetAuthenticator(adminId(), "Lost phone"))
                .isInstanceOf(InvalidInputException.class);
        navigate("admin/members/" + eve, com.backinshape.portal.admin.ui.MemberDetailView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("two-factor")
                        .getText())
                .isEqualTo("Two-factor sign-in: set up 26 Nov 2026, 10:00, 10 recovery codes left");
        test($(Button.class).id("reset-authenticator")).click();
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("reason"))
                .setValue("Lost her phone on the train; identity checked in person");
        test($(Button.class).id("confirm")).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("two-factor")
                        .getText())
                .isEqualTo("Two-factor sign-in: not set up yet");

        assertThat(authenticators.status(eve)).isEmpty();
        assertThat(auditFor(eve)).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.RESET_AUTHENTICATOR);
            assertThat(e.reason()).isEqualTo("Lost her phone on the train; identity checked in person");
            assertThat(e.actorEmail()).isEqualTo(ADMIN_EMAIL);
        });
        Members.signInWithPasswordOnly(members, tx, eve);
        assertThat(secondFactor.pending()).isEqualTo(SecondFactor.Pending.SET_UP);
    }

    @Test
    void a_members_sign_in_has_no_second_step() {
        long id = verifiedMember("Max");
        Members.signInWithPasswordOnly(members, tx, id);
        assertThat(secondFactor.pending()).isEqualTo(SecondFactor.Pending.NOTHING);
        assertThatThrownBy(() -> secondFactor.verify("123456")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_set_up_page_shows_a_qr_code_of_the_key_and_then_the_recovery_codes_once() throws Exception {
        long fay = newAdmin("Fay");
        Members.signInWithPasswordOnly(members, tx, fay);
        navigate("admin/audit", SecondFactorSetUpView.class);

        String secret = $(Span.class).id("secret").getText().replace(" ", "");
        String src = $(Image.class).id("qr-code").getSrc();
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        assertThat(decodeQr(new String(
                        Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8)))
                .startsWith("otpauth://totp/")
                .contains("secret=" + secret);

        test($(TextField.class).id("code")).setValue(wrong(code(secret, clock.instant())));
        test($(Button.class).id("confirm")).click();
        assertThat($(TextField.class).id("code").isInvalid()).isTrue();
        assertThat($(TextField.class).id("code").getErrorMessage())
                .isEqualTo("That code is not right. Please check the app and try again.");

        test($(TextField.class).id("code")).setValue(code(secret, clock.instant()));
        test($(Button.class).id("confirm")).click();
        assertThat($(OrderedList.class).id("recovery-codes").getChildren()).hasSize(10);
        test($(Button.class).id("continue")).click();
        assertThat(getCurrentView()).isInstanceOf(AdminDashboardView.class);
    }

    /** Reads the QR code back from the SVG the page shows, as a phone's camera would. */
    private static String decodeQr(String svg) throws Exception {
        var size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(size.find()).isTrue();
        int w = Integer.parseInt(size.group(1));
        int h = Integer.parseInt(size.group(2));
        int scale = 4;
        int[] pixels = new int[w * scale * h * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        var module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * w * scale + x * scale + dx] = 0xFF000000;
                }
            }
        }
        var source = new RGBLuminanceSource(w * scale, h * scale, pixels);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)))
                .getText();
    }

    /** Sets up {@code adminId}'s authenticator at the clock's time; answers its key. */
    private String setUp(long adminId) {
        Members.signInWithPasswordOnly(members, tx, adminId);
        String secret = secondFactor.startSetUp().secret();
        secondFactor.confirmSetUp(code(secret, clock.instant()));
        return secret;
    }

    static String code(String secret, Instant at) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6)
                    .generate(secret, Math.floorDiv(at.getEpochSecond(), 30));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
