package com.backinshape.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.ui.SignupView;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

class ApplicationStartsTest extends PortalTest {

    @Test
    void a_visitor_can_open_the_signup_form() {
        navigate(SignupView.class);
        assertThat($(Button.class).id("create-account").getText()).isEqualTo("Create free account");
    }
}
