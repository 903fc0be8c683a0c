package com.backinshape.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.ui.SignupView;
import com.backinshape.portal.account.ui.VerifyView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignupViewTest extends PortalTest {

    @Autowired
    MemberRepository members;

    @Test
    void an_empty_form_shows_a_message_next_to_every_field_and_creates_nothing() {
        navigate(SignupView.class);
        long before = members.count();

        test($(Button.class).id("create-account")).click();

        assertThat(textField("first-name").getErrorMessage()).isEqualTo("Enter your first name.");
        assertThat(emailField().getErrorMessage()).isEqualTo("Enter your email address.");
        assertThat(passwordField().getErrorMessage()).isEqualTo("Use at least 10 characters.");
        assertThat($(Checkbox.class).id("terms").isInvalid()).isTrue();
        assertThat($(Checkbox.class).id("health").getErrorMessage()).contains("consent");
        assertThat($(Button.class).id("create-account").isEnabled()).isTrue();
        assertThat(members.count()).isEqualTo(before);
    }

    @Test
    void a_malformed_email_and_a_common_password_are_explained() {
        navigate(SignupView.class);
        fill("Ann", "ann@example", "password123");

        test($(Button.class).id("create-account")).click();

        assertThat(emailField().getErrorMessage()).isEqualTo("Enter an email address like name@example.com.");
        assertThat(passwordField().getErrorMessage()).contains("too common");
        assertThat(textField("first-name").isInvalid()).isFalse();
    }

    @Test
    void a_very_long_name_is_refused_with_its_limit() {
        navigate(SignupView.class);
        fill("N".repeat(10_000), Members.uniqueEmail("long"), Members.PASSWORD);

        test($(Button.class).id("create-account")).click();

        assertThat(textField("first-name").getErrorMessage()).isEqualTo("Use at most 100 characters.");
    }

    @Test
    void a_complete_form_creates_the_member_with_the_article_and_shows_check_your_inbox() {
        UI.getCurrent()
                .navigate(
                        SignupView.class,
                        QueryParameters.simple(Map.of("ref", "tight-hamstrings", "utm_source", "blog")));
        String email = Members.uniqueEmail("José");
        fill("José Ñúñez", email, Members.PASSWORD);

        test($(Button.class).id("create-account")).click();

        assertThat(getCurrentView()).isInstanceOf(VerifyView.class);
        assertThat($(Paragraph.class).id("check-inbox").getText()).contains(email);
        Member jose = members.findByEmailKey(Member.emailKey(email)).orElseThrow();
        assertThat(jose.getFirstName()).isEqualTo("José Ñúñez");
        assertThat(jose.getSourceRef()).isEqualTo("tight-hamstrings");
        assertThat(jose.getUtmSource()).isEqualTo("blog");
    }

    @Test
    void someone_who_does_not_confirm_being_18_or_over_is_told_kindly_where_to_get_help_and_gets_no_account() {
        navigate(SignupView.class);
        String email = Members.uniqueEmail("teen");
        fill("Teo", email, Members.PASSWORD);
        test($(Checkbox.class).id("adult")).click();

        test($(Button.class).id("create-account")).click();

        assertThat($(Checkbox.class).id("adult").getErrorMessage())
                .contains("adults aged 18 or over")
                .contains("GP")
                .contains("111");
        assertThat(members.findByEmailKey(Member.emailKey(email))).isEmpty();
    }

    private void fill(String name, String email, String password) {
        test(textField("first-name")).setValue(name);
        test(emailField()).setValue(email);
        test(passwordField()).setValue(password);
        test($(Checkbox.class).id("terms")).click();
        test($(Checkbox.class).id("health")).click();
        test($(Checkbox.class).id("adult")).click();
    }

    private TextField textField(String id) {
        return $(TextField.class).id(id);
    }

    private EmailField emailField() {
        return $(EmailField.class).id("email");
    }

    private PasswordField passwordField() {
        return $(PasswordField.class).id("password");
    }
}
