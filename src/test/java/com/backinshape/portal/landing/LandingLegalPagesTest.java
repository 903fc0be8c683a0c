package com.backinshape.portal.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.backinshape.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Anyone can read what they are agreeing to, and which version it is, before signing up. */
class LandingLegalPagesTest extends PortalTest {

    MvcResult open(String url) throws Exception {
        return mvc().perform(get(url)).andReturn();
    }

    @Test
    void a_visitor_can_read_the_terms_and_sees_their_version() throws Exception {
        MvcResult result = open("/terms");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains(
                        "Terms of membership",
                        "Version <span>2026-11</span>",
                        "7-day free trial",
                        "0203 947 32 22",
                        "adults aged 18 or over",
                        "Go to A&amp;E or call 999 straight away",
                        "both legs",
                        "sexual",
                        "Do not wait for your GP, 111 or us");
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void the_privacy_notice_explains_how_health_information_is_protected() throws Exception {
        MvcResult result = open("/privacy");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains(
                        "Privacy notice",
                        "Version <span>2026-11</span>",
                        "special-category",
                        "explicit consent",
                        "withdraw",
                        "never put in emails, in exports",
                        "erased",
                        "Decisions made automatically",
                        "right to ask for a clinician to look at");
    }

    @Test
    void the_cookie_page_says_there_is_only_a_sign_in_cookie() throws Exception {
        MvcResult result = open("/cookies");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains("one cookie", "no tracking, analytics or advertising cookies");
    }
}
