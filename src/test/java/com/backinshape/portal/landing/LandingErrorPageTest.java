package com.backinshape.portal.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.backinshape.portal.PortalTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** A broken link or a failure outside Vaadin ends on a calm page, never a stack trace. */
class LandingErrorPageTest extends PortalTest {

    @Test
    void a_missing_static_file_is_a_plain_404() throws Exception {
        MvcResult result = mvc().perform(get("/styles/nope.css")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString())
                .doesNotContain("Exception")
                .doesNotContain("at com.");
    }

    @Test
    void the_error_page_for_a_missing_page_is_friendly_and_leads_home() throws Exception {
        MvcResult result = mvc().perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/styles/nope.css"))
                .andReturn();
        String html = result.getResponse().getContentAsString();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(html)
                .contains("We can&#39;t find that page", "href=\"/\"", "0203 947 32 22")
                .doesNotContain("Exception");
    }

    @Test
    void a_server_failure_shows_a_calm_message_without_a_stack_trace() throws Exception {
        MvcResult result = mvc().perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail"))
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/"))
                .andReturn();
        String html = result.getResponse().getContentAsString();

        assertThat(result.getResponse().getStatus()).isEqualTo(500);
        assertThat(html)
                .contains("Sorry, something went wrong", "Go to the home page")
                .doesNotContain("secret detail")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at com.");
    }
}
