package com.backinshape.portal.landing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.backinshape.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** A visitor arriving from an article link on their phone. */
class LandingPageTest extends PortalTest {

    MvcResult open(String url) throws Exception {
        return mvc().perform(get(url)).andReturn();
    }

    @Test
    void a_visitor_from_an_article_sees_what_the_free_area_gives_and_can_join() throws Exception {
        MvcResult result = open("/?ref=tight-hamstrings&utm_source=news");
        String html = result.getResponse().getContentAsString();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        assertThat(html)
                .contains("<html lang=\"en-GB\">")
                .contains("Ease your back pain with stretches made for you")
                .contains("<a class=\"button\" href=\"/signup?ref=tight-hamstrings&amp;utm_source=news\">Join free</a>")
                .contains("href=\"/login\">Sign in</a>")
                .contains("questionnaire", "stretch programme made for you", "pain chart")
                .contains("Hinge, don't fold", "111", "A&amp;E")
                .containsPattern("<link rel=\"canonical\" href=\"https?://[^\"?]+/\">");
    }

    @Test
    void the_footer_gives_the_clinic_phone_address_email_and_legal_links() throws Exception {
        String html = open("/").getResponse().getContentAsString();

        assertThat(html)
                .contains("<a href=\"tel:+442039473222\">0203 947 32 22</a>")
                .contains("4 Cavendish Square, London W1G 0PG")
                .contains("mailto:hello@backinshapeapp.com")
                .contains("href=\"/terms\"", "href=\"/privacy\"", "href=\"/cookies\"");
    }

    @Test
    void the_page_loads_no_vaadin_and_no_script_and_starts_no_session() throws Exception {
        MvcResult result = open("/?ref=tight-hamstrings&utm_source=newsletter&utm_medium=email&utm_campaign=nov");
        String html = result.getResponse().getContentAsString();

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("vaadin");
        assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
        assertThat(result.getResponse().getCookies()).isEmpty();
        assertThat(result.getRequest().getSession(false)).as("HTTP session").isNull();
    }

    @Test
    void all_four_article_values_are_carried_to_signup() throws Exception {
        String html = open("/?ref=tight-hamstrings&utm_source=newsletter&utm_medium=email&utm_campaign=nov")
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains(
                        "href=\"/signup?ref=tight-hamstrings&amp;utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=nov\"");
    }

    @Test
    void hostile_or_oversized_values_are_dropped_from_the_join_link() throws Exception {
        String html = open("/?ref=%3Cscript%3Ealert(1)%3C/script%3E&utm_source=" + "a".repeat(500)
                        + "&utm_medium=email&utm_campaign=%22onmouseover%3D")
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("<a class=\"button\" href=\"/signup?utm_medium=email\">Join free</a>")
                .doesNotContain("alert(1)")
                .doesNotContain("aaaaaaaaaa")
                .doesNotContain("onmouseover");
    }

    @Test
    void the_stylesheet_has_a_content_hash_and_is_cached_for_a_year() throws Exception {
        String html = open("/").getResponse().getContentAsString();
        var matcher = java.util.regex.Pattern.compile("href=\"(/styles/landing-[0-9a-f]{32}\\.css)\"")
                .matcher(html);
        assertThat(matcher.find()).as("hashed stylesheet link in " + html).isTrue();

        MvcResult css = open(matcher.group(1));
        assertThat(css.getResponse().getStatus()).isEqualTo(200);
        assertThat(css.getResponse().getContentAsString()).contains(".hero");
        assertThat(css.getResponse().getHeader("Cache-Control")).contains("max-age=31536000", "immutable");
        assertThat(css.getRequest().getSession(false)).isNull();
    }

    @Test
    void a_phone_may_keep_the_welcome_page_briefly_to_go_back_to_it_instantly() throws Exception {
        assertThat(open("/").getResponse().getHeader("Cache-Control")).isEqualTo("max-age=600, private");
    }

    @Test
    void search_engines_may_index_the_public_pages_only() throws Exception {
        MvcResult result = open("/robots.txt");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("Allow: /?", "Allow: /terms", "Disallow: /");
    }

    @Test
    void plain_static_files_are_cached_for_a_day_only() throws Exception {
        MvcResult css = open("/styles/portal.css");
        assertThat(css.getResponse().getStatus()).isEqualTo(200);
        assertThat(css.getResponse().getHeader("Cache-Control"))
                .contains("max-age=86400")
                .doesNotContain("immutable");
    }
}
