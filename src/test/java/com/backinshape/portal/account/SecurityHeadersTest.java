package com.backinshape.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.backinshape.portal.PortalTest;
import com.vaadin.flow.server.VaadinService;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

/** What every answer tells the browser, and how the session cookie and idle sessions behave. */
class SecurityHeadersTest extends PortalTest {

    @Test
    void pages_limit_the_referrer_and_deny_camera_microphone_and_location() throws Exception {
        MockHttpServletResponse response = mvc().perform(get("/")).andReturn().getResponse();

        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Permissions-Policy")).isEqualTo("camera=(), microphone=(), geolocation=()");
        assertThat(response.getHeader("Strict-Transport-Security"))
                .as("HSTS is for production only")
                .isNull();
    }

    @Test
    void the_session_cookie_is_secure_exactly_when_the_portal_is_on_https() throws Exception {
        var https = new MockServletContext();
        SecurityConfig.sessionCookie(URI.create("https://members.backinshapeapp.com"))
                .onStartup(https);
        var http = new MockServletContext();
        SecurityConfig.sessionCookie(URI.create("http://localhost:8080")).onStartup(http);

        assertThat(https.getSessionCookieConfig().isSecure()).isTrue();
        assertThat(http.getSessionCookieConfig().isSecure()).isFalse();
    }

    @Test
    void a_forgotten_tab_does_not_keep_its_session_alive() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions())
                .isTrue();
    }
}
